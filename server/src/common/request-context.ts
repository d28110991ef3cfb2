import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from '../modules/auth/role';

/**
 * Who is asking, available anywhere in the request without threading it through every call: the
 * audit subscriber reads the actor from here inside the ORM's flush.
 */
export interface RequestStore {
  user: SessionUser | null;
  /**
   * SQL statements issued so far, when the app counts them (tests and the benchmark). In this
   * store rather than a storage of its own: every AsyncLocalStorage in use adds its own work to
   * every promise of the request.
   */
  sqlStatements?: number;
}

export const requestContext = new AsyncLocalStorage<RequestStore>();

export function currentUser(): SessionUser | null {
  return requestContext.getStore()?.user ?? null;
}

/** The store of a request before sign-in is known: anonymous, counting SQL when asked to. */
export function newRequestStore(countSql: boolean): RequestStore {
  return countSql ? { user: null, sqlStatements: 0 } : { user: null };
}
