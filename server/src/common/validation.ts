import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import type { LocalizedText } from './localized-text';
import type { FieldErrors } from './errors';
import { LanguageStatus, Municipality } from '../modules/region/municipality.entity';

/** ISO 639-1 language codes such as "fi", "sv", "en", "se" (Northern Sami), "ru". */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** Decorators for a `languages: [String!]` input field. */
export function IsLanguageList(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    ArrayMaxSize(20)(target, key);
    Matches(LANGUAGE_CODE, {
      each: true,
      message: 'each language must be a two-letter ISO 639-1 code such as "fi" or "sv"',
    })(target, key);
  };
}

export const PHONE = /^\+?[0-9 ()-]{5,20}$/;
export const POSTAL_CODE = /^[0-9]{5}$/;

/**
 * Swedish text is required for public records in bilingual (and Swedish-speaking)
 * municipalities. Adds `<path>.sv` to `fields` when it is missing.
 */
export function requireSwedishWhereNeeded(
  fields: FieldErrors,
  path: string,
  text: LocalizedText | null | undefined,
  municipality: Municipality,
): void {
  if (!text || municipality.language === LanguageStatus.FI) return;
  if (!text.sv?.trim()) {
    (fields[`${path}.sv`] ??= []).push(
      `Swedish text is required: ${municipality.name.fi} is ${municipality.language === LanguageStatus.SV ? 'Swedish-speaking' : 'bilingual'}`,
    );
  }
}

/**
 * For `@ValidateIf(sent)`: a required field is optional in an update (omitted, it stays as it
 * is) but sent as null it must be refused. type-graphql validates with skipMissingProperties, so
 * only IsDefined sees null, and only when the field was sent at all.
 */
export const sent = (_input: object, value: unknown): boolean => value !== undefined;
