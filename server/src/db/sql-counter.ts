import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, LoggerNamespace, LoggerOptions } from '@mikro-orm/core';

/** Counts the SQL statements issued while serving one request (tests and the benchmark read it). */
export const sqlCounter = new AsyncLocalStorage<{ statements: number }>();

export class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super({ ...options, debugMode: ['query'] });
  }

  // Counting only: skips building the highlighted message of every query.
  override logQuery(): void {
    const store = sqlCounter.getStore();
    if (store) store.statements++;
  }

  /** Nothing is printed: the count is all this logger is for. */
  override log(): void {}

  override isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }
}
