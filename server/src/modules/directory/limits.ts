import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one GraphQL document may ask (graphql-armor), refused before execution as a
 * validation error (GRAPHQL_VALIDATION_FAILED, HTTP 400) that names the limit, e.g. "Query depth
 * limit of 10 exceeded, found 12".
 *
 * Sized from the real queries: the deepest one an app or the console sends is 8 levels
 * (findHelp > options > serviceAtStation > service > categories > parent > name > fi, in
 * test/limits.test.ts); lists are paged (at most 100 items), so the cost of a document stays
 * small unless it is built to be expensive. Introspection is not limited.
 */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 5000,
  maxDirectives: 20,
};

export function queryLimits() {
  // Armor mutates the configuration it is given: a fresh object each time.
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    // Counted by the GraphQL parser itself instead (parseOptions): armor's token counter parses
    // the document once more in a plugin, which turns a plain syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Apollo's hideSchemaDetailsFromClientErrors already removes "did you mean" suggestions.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: LIMITS.maxTokens } };
}
