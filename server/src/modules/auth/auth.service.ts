import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { LoginLimiter } from './login-limiter';
import type { SessionUser } from './role';
import { SessionTokens } from './session-token';
import { UserSession } from './user-session.entity';
import { User } from './user.entity';

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in first') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** One answer for every failed sign-in: it must not reveal whether the email exists. */
export const WRONG_CREDENTIALS = 'Wrong email or password';

// Verified against when the email is unknown, so both failures take as long.
const DUMMY_HASH = hash('not-a-real-password-' + Math.random());

export function hashPassword(password: string): Promise<string> {
  return hash(password); // @node-rs/argon2 defaults to Argon2id
}

/** Where a sign-in comes from, for the failed-attempt limits. */
export interface LoginOrigin {
  limiter: LoginLimiter;
  /** The client's address (see `trust proxy`). */
  address: string;
}

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

/** Sign-in, sign-out and "who is this request from". */
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: SessionTokens,
  ) {}

  /**
   * Signs in. With a limiter, failed attempts are counted per account and per address, and once
   * either has used up its failures the answer is TOO_MANY_REQUESTS, checked before the password.
   */
  async login(email: string, password: string, from?: LoginOrigin): Promise<SignedIn> {
    if (!from) return this.verifyAndStart(email, password);
    return from.limiter.attempt(
      email,
      from.address,
      () => this.verifyAndStart(email, password),
      (error) => error instanceof UnauthenticatedError,
    );
  }

  private async verifyAndStart(email: string, password: string): Promise<SignedIn> {
    const user = await this.em.findOne(
      User,
      { email: email.trim().toLowerCase() },
      { populate: ['passwordHash'] },
    );
    const ok = await verify(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !ok || !user.active) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    const expiresAt = new Date(Date.now() + this.tokens.ttlSeconds * 1000);
    const session = this.em.create(UserSession, { user, expiresAt });
    await this.em.flush();
    // Not an edit of the user: no new version (an administrator's open form stays current) and
    // no entry in the audit trail.
    await this.em.execute('update app_user set last_login_at = now() where id = ?', [user.id]);
    await this.em.refresh(user);
    return { user, token: await this.tokens.sign(session.id, user.id, expiresAt), expiresAt };
  }

  async logout(sessionId: string | null): Promise<boolean> {
    if (!sessionId) return false;
    const revoked = await this.em.nativeUpdate(
      UserSession,
      { id: sessionId, revokedAt: null },
      { revokedAt: new Date() },
    );
    return revoked > 0;
  }

  /** The signed-in user of a session cookie, or null (anonymous). */
  async userOf(
    token: string | undefined,
  ): Promise<{ user: SessionUser; sessionId: string } | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    const session = await this.em.findOne(
      UserSession,
      { id: claims.sessionId, revokedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user'] },
    );
    const user = session?.user.getEntity();
    if (!session || !user?.active || user.id !== claims.userId) return null;
    return {
      sessionId: session.id,
      user: {
        id: user.id,
        email: user.email,
        role: user.role,
        regionId: user.region?.id ?? null,
        counsellorId: user.counsellor?.id ?? null,
      },
    };
  }
}
