import * as values from 'graphql/execution/values.js';

type GetArgumentValues = typeof values.getArgumentValues;

/**
 * graphql-js (16) works out the arguments of every field it resolves, also of the thousands that
 * take none: for each it makes a null-prototype object for the values and another for a map of the
 * field's argument nodes, and then loops over no definitions. On a page of 50 stations with their
 * services (some 10,000 fields) that was about a tenth of the server's CPU and a quarter of what it
 * allocated (`npm run bench`, the two ways in alternate runs: 0.89x and 0.90x for the two lists).
 * For a field defined without arguments the answer is always an empty null-prototype object (a
 * query cannot give it any: validation refuses unknown arguments first), and this gives it without
 * the rest; fields with arguments keep graphql-js's own coercion, defaults and errors.
 *
 * graphql-js's CommonJS build calls it through its module's exports (`_values.getArgumentValues`),
 * so replacing the export reaches the executor. `test/graphql-arguments.test.ts` fails if an upgrade
 * of graphql changes that. Idempotent.
 */
export function skipArgumentsOfFieldsWithout(): void {
  const current = values.getArgumentValues;
  if (shortcuts.has(current)) return;
  const shortcut: GetArgumentValues = (def, node, variableValues) =>
    def.args.length === 0 ? Object.create(null) : current(def, node, variableValues);
  shortcuts.add(shortcut);
  (values as { getArgumentValues: GetArgumentValues }).getArgumentValues = shortcut;
}

const shortcuts = new WeakSet<GetArgumentValues>();

/** Whether graphql-js's executor now gets the arguments of fields through the shortcut. */
export function skipsArgumentsOfFieldsWithout(): boolean {
  return shortcuts.has(values.getArgumentValues);
}
