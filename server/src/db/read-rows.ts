import type { EntityManager } from '@mikro-orm/postgresql';
import { countSqlStatement } from './sql-counter';

/**
 * Runs one read statement of the plain-record loaders on a pooled `pg` connection with bind
 * parameters. `em.execute` first writes every parameter into the SQL text and then goes through
 * knex's query builder and runner: measured about 0.2 ms more CPU per statement, a fifth of a
 * `station(id)` request. Each text is a named statement, which PostgreSQL plans once per
 * connection (below). Inside a transaction it is `em.execute`, so that the read sees the
 * transaction's writes.
 *
 * `sql` has `?` placeholders, one per parameter, and no other question mark.
 */
export async function readRows<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) return em.execute<T[]>(sql, params);
  const client = em.getConnection().getKnex().client;
  const connection = await client.acquireConnection();
  try {
    countSqlStatement();
    const run = async () => (await connection.query({ ...preparedOf(sql), values: params })).rows;
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: string }).code !== CACHED_PLAN_CHANGED) throw error;
      // A table's columns changed since this connection prepared the statement (a migration of a
      // newer version while this one runs): prepared again under new names, and run once more.
      generation++;
      return await run();
    }
  } finally {
    await client.releaseConnection(connection);
  }
}

/** PostgreSQL's "cached plan must not change result type" (feature_not_supported). */
const CACHED_PLAN_CHANGED = '0A000';

/**
 * The loaders' statements are a few dozen fixed texts run over and over: as named (prepared)
 * statements PostgreSQL plans each once per connection instead of at every run (planning the
 * schedules' JSON took longer than running it for one station).
 */
const prepared = new Map<string, { name: string; text: string }>();
/** Bumped when prepared statements went stale: every name changes, so each is prepared anew. */
let generation = 0;

function preparedOf(sql: string): { name: string; text: string } {
  let statement = prepared.get(sql);
  if (!statement) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    statement = { name: `read_rows_${prepared.size + 1}`, text };
    prepared.set(sql, statement);
  }
  return { name: `${statement.name}_${generation}`, text: statement.text };
}
