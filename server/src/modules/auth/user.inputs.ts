import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  Length,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { OptionalIdField } from '../../common/input-fields';
import { createSortInput } from '../../common/list';
import { Role } from './role';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const NAME_MESSAGE = 'name must be 1-200 characters and not blank';
const EMAIL_MESSAGE = 'email must be an email address';
// The messages name the rule, never the value (validation errors must not echo a password).
const PASSWORD_SHORT = `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
const PASSWORD_LONG = `password must be at most ${MAX_PASSWORD_LENGTH} characters`;

/** Decorators of a `password` input field: 12-256 characters. */
function IsPassword(): PropertyDecorator {
  return (target, key) => {
    MinLength(MIN_PASSWORD_LENGTH, { message: PASSWORD_SHORT })(target, key);
    MaxLength(MAX_PASSWORD_LENGTH, { message: PASSWORD_LONG })(target, key);
  };
}

/** Decorators of an `email` input field. */
function IsUserEmail(): PropertyDecorator {
  return (target, key) => {
    IsEmail({}, { message: EMAIL_MESSAGE })(target, key);
    MaxLength(320, { message: 'email must be at most 320 characters' })(target, key);
  };
}

@InputType({ description: 'Which users to list.' })
export class UserFilter extends BaseFilter {
  @Field(() => Role, { nullable: true, description: 'Only users with this role.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @OptionalIdField('Only users of this welfare region.')
  regionId?: string;

  @Field({ nullable: true, description: 'Only active (true) or only inactive (false) users.' })
  @IsOptional()
  active?: boolean;
}

export enum UserSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  ROLE = 'ROLE',
  LAST_LOGIN_AT = 'LAST_LOGIN_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const UserSort = createSortInput('User', UserSortField, UserSortField.NAME);

@InputType({ description: 'A new user. The password is stored only as an Argon2id hash.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in email address; stored in lower case, unique.' })
  @IsUserEmail()
  email!: string;

  @Field({ description: 'Full name (1-200 characters).' })
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name!: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @IsEnum(Role)
  role!: Role;

  @OptionalIdField(
    'Welfare region: required for every role but NATIONAL_ADMIN, which has none. ' +
      "A regional administrator's users are in their own region (the default for them).",
  )
  regionId?: string | null;

  @OptionalIdField(
    'The Counsellor record of a COUNSELLOR user (same region); other roles have none.',
  )
  counsellorId?: string | null;

  @Field({
    description: `Initial password, ${MIN_PASSWORD_LENGTH}-${MAX_PASSWORD_LENGTH} characters.`,
  })
  @IsPassword()
  password!: string;

  @Field({ nullable: true, description: 'Whether the user may sign in. Default true.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are.' })
export class UpdateUserInput extends UpdateBase {
  @Field({ nullable: true, description: 'Sign-in email address; stored in lower case, unique.' })
  @IsOptional()
  @IsUserEmail()
  email?: string;

  @Field({ nullable: true, description: 'Full name (1-200 characters).' })
  @IsOptional()
  @Length(1, 200, { message: NAME_MESSAGE })
  @Matches(/\S/, { message: NAME_MESSAGE })
  name?: string;

  @Field(() => Role, {
    nullable: true,
    description: 'What the user may do. Becoming NATIONAL_ADMIN clears the region.',
  })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @OptionalIdField(
    'Welfare region (null only for NATIONAL_ADMIN). Regional administrators cannot move users out of their region.',
  )
  regionId?: string | null;

  @OptionalIdField(
    'The Counsellor record of a COUNSELLOR user; null unlinks. A role other than COUNSELLOR unlinks too.',
  )
  counsellorId?: string | null;

  @Field({
    nullable: true,
    description: 'Whether the user may sign in; false also ends their sessions.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({
    nullable: true,
    description: `A new password (${MIN_PASSWORD_LENGTH}-${MAX_PASSWORD_LENGTH} characters); ends the user's other sessions.`,
  })
  @IsOptional()
  @IsPassword()
  password?: string;
}
