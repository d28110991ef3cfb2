import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { logger } from '../logger';
import type { FieldErrors } from './errors';

const PASSED_THROUGH = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Maps what resolvers throw to the codes of the API conventions. Anything unexpected becomes a
 * generic INTERNAL_SERVER_ERROR whose detail goes only to the log, never to the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof ArgumentValidationError) {
    const fields = flattenValidationErrors(
      original.extensions.validationErrors as ValidationError[],
    );
    return badInput(base, fields);
  }
  if (original instanceof OptimisticLockError) {
    return {
      ...base,
      message: 'The record was changed by someone else; reload it and try again',
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    const field = fieldOfConstraint(original, /_([a-z]+)_unique$/) ?? 'input';
    return badInput(base, { [field]: ['is already in use'] });
  }
  if (original instanceof CheckConstraintViolationException) {
    const constraint = constraintName(original) ?? 'check';
    return badInput(base, { [constraint]: ['violates the rule ' + constraint] });
  }
  if (original instanceof NotNullConstraintViolationException) {
    return badInput(base, { [columnName(original) ?? 'input']: ['is required'] });
  }
  if (original instanceof ForeignKeyConstraintViolationException) {
    return {
      ...base,
      message: 'Other records still refer to this one',
      extensions: { code: 'CONFLICT', reason: 'REFERENCED' },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) {
    const fields = variableErrorFields(formatted.message);
    if (fields) return badInput(base, fields);
  }
  if (typeof code === 'string' && PASSED_THROUGH.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // Driver errors quote the SQL statement with its values, which may be personal data: log the
  // error's kind, SQL state and where it was thrown, never its message.
  logger.error(
    { error: describeForLog(original), path: formatted.path },
    'unexpected error in a GraphQL request',
  );
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function badInput(
  base: Partial<GraphQLFormattedError>,
  fields: FieldErrors,
): GraphQLFormattedError {
  const summary = Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
    .join(', ');
  return {
    ...base,
    message: `Invalid input: ${summary}`,
    extensions: { code: 'BAD_USER_INPUT', fields },
  };
}

/**
 * GraphQL's own variable errors quote the submitted value ('Variable "$input" got invalid value
 * "Matti Meikäläinen" at "input.name"; ...'), which may be a client's personal data. Keep only the
 * field path and the reason.
 */
export function variableErrorFields(message: string): FieldErrors | null {
  const match = message.match(
    /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([^;]*)$/,
  );
  if (!match) return null;
  const [, variable, at, reason] = match;
  const path = at ? at.split('.').slice(1).join('.') : '';
  const missing = reason.match(/^Field "(\w+)" of required type .* was not provided\.$/);
  const unknown = reason.match(/^Field "(\w+)" is not defined by type .*$/);
  if (missing) return { [join(path, missing[1]) || variable]: ['is required'] };
  if (unknown) return { [join(path, unknown[1]) || variable]: ['is not a known field'] };
  // Coercion reasons end with the value itself ('String cannot represent a non string value:
  // ["..."]'): cut at the colon as well as dropping quoted text.
  const withoutValues = reason.replace(/ "[^"]*"/g, '').replace(/:\s[\s\S]*$/, '');
  return { [path || variable]: [withoutValues.trim()] };
}

function join(path: string, field: string): string {
  return path ? `${path}.${field}` : field;
}

/** class-validator nests errors for nested inputs; the console wants `name.fi`-style paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    if (error.children?.length)
      Object.assign(fields, flattenValidationErrors(error.children, path));
  }
  return fields;
}

function constraintName(error: object): string | undefined {
  return (error as { constraint?: string }).constraint;
}

function fieldOfConstraint(error: object, pattern: RegExp): string | undefined {
  const match = constraintName(error)?.match(pattern);
  return match?.[1];
}

function columnName(error: object): string | undefined {
  const column = (error as { column?: string }).column;
  return column ? camel(column) : undefined;
}

function camel(snake: string): string {
  return snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function describeForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code, sqlState } = error as { code?: unknown; sqlState?: unknown };
  return {
    type: error.name,
    code: code ?? sqlState,
    stack: error.stack?.split('\n').slice(1, 8).join('\n'),
  };
}
