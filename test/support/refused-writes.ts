import { UNKNOWN_ID } from './admin-server';
import type { ApiClient } from './test-server';

/**
 * The checks every CRUD test file makes of the writes the API refuses. Each only asks the API;
 * what was (or was not) stored the test checks itself, in its own table.
 */

/** An update and a delete of an id that no record has are both answered with NOT_FOUND. */
export async function expectUnknownIdNotFound(
  client: ApiClient,
  mutations: { update: string; delete: string },
  /** The fields the update sends besides id and version. */
  changes: Record<string, unknown> = {},
): Promise<void> {
  const updated = await client.gqlError(mutations.update, {
    input: { id: UNKNOWN_ID, version: 1, ...changes },
  });
  expect(updated.extensions.code).toBe('NOT_FOUND');
  const deleted = await client.gqlError(mutations.delete, { id: UNKNOWN_ID });
  expect(deleted.extensions.code).toBe('NOT_FOUND');
}

/**
 * Two updates of a record at version 1: the first (`newer`) is saved, the second (`stale`), sent
 * with the version the first has replaced, is refused with CONFLICT.
 */
export async function expectStaleVersionRefused(
  client: ApiClient,
  update: string,
  id: string,
  changes: { newer: Record<string, unknown>; stale: Record<string, unknown> },
): Promise<void> {
  await client.gql(update, { input: { id, version: 1, ...changes.newer } });
  const error = await client.gqlError(update, { input: { id, version: 1, ...changes.stale } });
  expect(error.extensions.code).toBe('CONFLICT');
}

/** Deleting the record is refused with CONFLICT, with a message that names what still uses it. */
export async function expectDeleteRefused(
  client: ApiClient,
  mutation: string,
  id: string,
  message: RegExp,
): Promise<void> {
  const error = await client.gqlError(mutation, { id });
  expect(error.extensions.code).toBe('CONFLICT');
  expect(error.message).toMatch(message);
}
