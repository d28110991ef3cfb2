import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, LoggerNamespace, LoggerOptions } from '@mikro-orm/core';

/** Counts the SQL statements issued while serving one request (tests and the benchmark read it). */
export const sqlCounter = new AsyncLocalStorage<{ statements: number }>();

export class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super({ ...options, debugMode: ['query'] });
  }

  override log(namespace: LoggerNamespace, _message: string): void {
    if (namespace !== 'query') return;
    const store = sqlCounter.getStore();
    if (store) store.statements++;
  }

  override isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query';
  }
}
