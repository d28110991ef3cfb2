import { GraphQLError } from 'graphql';

/** Field path (e.g. `name.fi`, `rules.0.closes`) -> messages, shown by the console next to fields. */
export type FieldErrors = Record<string, string[]>;

export class BadUserInputError extends GraphQLError {
  constructor(fields: FieldErrors, message?: string) {
    super(message ?? `Invalid input: ${describeFields(fields)}`, {
      extensions: { code: 'BAD_USER_INPUT', fields },
    });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError({ [field]: [message] });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`, { extensions: { code: 'NOT_FOUND', entity, id } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'CONFLICT', ...extra } });
  }
}

/** Another user saved the record after this one was read. */
export class StaleVersionError extends ConflictError {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was changed by someone else; reload it and try again`, {
      reason: 'STALE_VERSION',
    });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

function describeFields(fields: FieldErrors): string {
  return Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
    .join(', ');
}
