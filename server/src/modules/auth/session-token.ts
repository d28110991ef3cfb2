import { parse as parseCookies } from 'cookie';
import { errors, jwtVerify, SignJWT } from 'jose';

export const SESSION_COOKIE = 'tukiverkko_session';

/** The session token of a request's `cookie` header, if it carries one (not yet verified). */
export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] || undefined : undefined;
}
const ISSUER = 'tukiverkko';

/** Signs and checks the session cookie's token (HS256 JWT naming the session row). */
export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(sessionId: string, userId: string, expiresAt: Date): Promise<string> {
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /** The session id, or null for a missing, expired, tampered or foreign token. */
  async verify(token: string | undefined): Promise<{ sessionId: string; userId: string } | null> {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: ['HS256'],
      });
      if (typeof payload.sid !== 'string' || typeof payload.sub !== 'string') return null;
      return { sessionId: payload.sid, userId: payload.sub };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }
}
