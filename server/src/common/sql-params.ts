/**
 * A PostgreSQL array literal of ids for `= any(?::uuid[])`: one parameter however many ids. Only
 * for ids read from the database (foreign keys, loaded records), never for user text.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${[...new Set(ids)].join(',')}}`;
}
