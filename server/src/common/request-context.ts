import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from '../modules/auth/role';

/**
 * Who is asking, available anywhere in the request without threading it through every call: the
 * audit subscriber reads the actor from here inside the ORM's flush.
 */
export interface RequestStore {
  user: SessionUser | null;
}

export const requestContext = new AsyncLocalStorage<RequestStore>();

export function currentUser(): SessionUser | null {
  return requestContext.getStore()?.user ?? null;
}
