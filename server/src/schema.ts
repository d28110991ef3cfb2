import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { RESOLVERS } from './resolvers';

/** The whole GraphQL schema; inputs are validated with class-validator before any resolver runs. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    validate: {
      forbidUnknownValues: false,
      // Without these, validation errors echo the submitted values back (and into logs).
      validationError: { target: false, value: false },
    },
    emitSchemaFile: false,
  });
}
