import { DefaultLogger, LoggerNamespace, LoggerOptions } from '@mikro-orm/core';
import { requestContext } from '../common/request-context';

/**
 * The SQL statements issued so far while serving this request (tests and the benchmark read it
 * from the `x-sql-statements` header); undefined when the app does not count them.
 */
export function sqlStatementsOfRequest(): number | undefined {
  return requestContext.getStore()?.sqlStatements;
}

/** Counts each statement into the request's store (common/request-context.ts). */
export class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super({ ...options, debugMode: ['query'] });
  }

  // Counting only: skips building the highlighted message of every query.
  override logQuery(): void {
    countSqlStatement();
  }

  /** Nothing is printed: the count is all this logger is for. */
  override log(): void {}

  override isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }
}

/** Counts a statement run outside the ORM (db/read-rows.ts) like the ORM's own. */
export function countSqlStatement(): void {
  const store = requestContext.getStore();
  if (store?.sqlStatements !== undefined) store.sqlStatements++;
}
