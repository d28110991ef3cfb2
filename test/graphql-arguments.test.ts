import { buildSchema, executeSync, parse } from 'graphql';
import * as values from 'graphql/execution/values.js';
import {
  skipArgumentsOfFieldsWithout,
  skipsArgumentsOfFieldsWithout,
} from '../server/src/graphql-arguments';

/**
 * The shortcut for fields without arguments (server/src/graphql-arguments.ts) must reach graphql's
 * executor, and must not change what any field gets.
 */
const schema = buildSchema(`type Query {
  plain: String
  withArguments(n: Int = 3, s: String!): String
}`);

function run(source: string, variableValues?: Record<string, unknown>) {
  const seen: { plain?: object; withArguments?: object } = {};
  const rootValue = {
    plain: (args: object) => {
      seen.plain = args;
      return 'ok';
    },
    withArguments: (args: object) => {
      seen.withArguments = args;
      return 'ok';
    },
  };
  // Executed without validation, so that graphql-js's own argument errors show.
  const document = parse(source);
  return { result: executeSync({ schema, document, rootValue, variableValues }), seen };
}

beforeAll(() => skipArgumentsOfFieldsWithout());

it('is what graphql-js calls for every field it resolves', () => {
  expect(skipsArgumentsOfFieldsWithout()).toBe(true);
  const shortcut = values.getArgumentValues;
  let calls = 0;
  const counted: typeof shortcut = (...args) => {
    calls++;
    return shortcut(...args);
  };
  (values as { getArgumentValues: typeof shortcut }).getArgumentValues = counted;
  try {
    expect(run('{ plain withArguments(s: "x") }').result.errors).toBeUndefined();
  } finally {
    (values as { getArgumentValues: typeof shortcut }).getArgumentValues = shortcut;
  }
  expect(calls).toBe(2);
  // Installed once only.
  skipArgumentsOfFieldsWithout();
  expect(values.getArgumentValues).toBe(shortcut);
});

it('gives a field without arguments an empty object, as graphql-js does', () => {
  const { result, seen } = run('{ plain }');
  expect(result.data).toEqual({ plain: 'ok' });
  expect(Object.getPrototypeOf(seen.plain)).toBeNull();
  expect(Object.keys(seen.plain!)).toEqual([]);
});

it('leaves the arguments of other fields to graphql-js: defaults, variables and errors', () => {
  const given = run('query ($s: String) { withArguments(s: $s) }', { s: 'x' });
  expect(given.result.errors).toBeUndefined();
  expect({ ...given.seen.withArguments }).toEqual({ n: 3, s: 'x' });
  const missing = run('query ($s: String) { withArguments(s: $s) }', { s: null });
  expect(missing.result.errors?.map((e) => e.message)).toEqual([
    'Argument "s" of non-null type "String!" must not be null.',
  ]);
  expect(missing.seen.withArguments).toBeUndefined();
});
