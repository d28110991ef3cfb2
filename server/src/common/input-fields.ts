import {
  IsBoolean,
  IsDefined,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, ID } from 'type-graphql';
import { LocalizedTextInput } from './localized-text';
import { sent } from './validation';

/**
 * The field groups that every create, update and filter input repeats, each one decorator: the
 * GraphQL field and its validation, with the same messages everywhere.
 */

/** Applies property decorators as if stacked in this order above the property. */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => [...decorators].reverse().forEach((decorate) => decorate(target, key));
}

/** Validates a UUID with the message "<field> must be a UUID". */
export function IsId(): PropertyDecorator {
  return (target, key) => IsUUID('all', { message: `${String(key)} must be a UUID` })(target, key);
}

/**
 * For an update: a required field may be omitted (it stays as it is) but not sent as null, which
 * is refused with "<field> cannot be cleared".
 */
export function NotCleared(): PropertyDecorator {
  return (target, key) =>
    stacked(ValidateIf(sent), IsDefined({ message: `${String(key)} cannot be cleared` }))(
      target,
      key,
    );
}

/** A required reference to another record by id. */
export const IdField = (description: string) =>
  stacked(
    Field(() => ID, { description }),
    IsId(),
  );

/** An optional reference to another record by id; omitted or null is not checked. */
export const OptionalIdField = (description: string) =>
  stacked(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    IsId(),
  );

/** An optional text in several languages. */
export const OptionalTextField = (description: string) =>
  stacked(
    Field(() => LocalizedTextInput, { nullable: true, description }),
    IsOptional(),
    ValidateNested(),
  );

/** The optional `active` flag of a record shown in the public directory. */
export const ActiveField = (description: string) =>
  stacked(
    Field(() => Boolean, { nullable: true, description }),
    IsOptional(),
    IsBoolean(),
  );

/** The optional `source` of a record: which document it comes from, at most 500 characters. */
export const SourceField = (description: string) =>
  stacked(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(500),
  );

/** What an input mixin may extend: a class, or UpdateBase for update inputs. */
export type AbstractClass = abstract new (...args: any[]) => object;
