import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoginLimiter } from './modules/auth/login-limiter';
import type { HelpBundles } from './modules/directory/help-bundles';
import type { SessionUser } from './modules/auth/role';
import type { SessionTokens } from './modules/auth/session-token';

/** The session plumbing a request needs to sign in or out. */
export interface RequestAuth {
  tokens: SessionTokens;
  /** The session of this request's cookie, if it is valid. */
  sessionId: string | null;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** The client's address: the socket's, or X-Forwarded-For's only when TRUST_PROXY says so. */
  clientAddress: string;
  /** Counts failed sign-ins per account and per address (one per app). */
  loginLimiter: LoginLimiter;
}

/** What every resolver gets: its own EntityManager fork and who is asking (null: anonymous). */
export interface Context {
  em: EntityManager;
  user: SessionUser | null;
  auth: RequestAuth;
  /** What anonymous findHelp requests keep of stations (one per server). */
  helpBundles: HelpBundles;
}
