import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Context } from './context';
import { requestContext } from './common/request-context';
import { AuthService } from './modules/auth/auth.service';
import type { LoginLimiter } from './modules/auth/login-limiter';
import type { HelpBundles } from './modules/directory/help-bundles';
import { SESSION_COOKIE, SessionTokens, sessionTokenOf } from './modules/auth/session-token';

/** Builds a request's context: its own EntityManager and the user of its session cookie. */
export async function createContext(
  orm: MikroORM,
  tokens: SessionTokens,
  req: Request,
  res: Response,
  production: boolean,
  loginLimiter: LoginLimiter,
  helpBundles: HelpBundles,
): Promise<Context> {
  const em = orm.em.fork() as Context['em'];
  const token = sessionTokenOf(req.headers.cookie);
  const session = token ? await new AuthService(em.fork(), tokens).userOf(token) : null;
  const store = requestContext.getStore();
  if (store) store.user = session?.user ?? null;
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: production, path: '/' };
  return {
    em,
    user: session?.user ?? null,
    auth: {
      tokens,
      sessionId: session?.sessionId ?? null,
      setSessionCookie: (value, expires) =>
        res.cookie(SESSION_COOKIE, value, { ...cookieOptions, expires }),
      clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
      clientAddress: clientAddress(req),
      loginLimiter,
    },
    helpBundles,
  };
}

/** req.ip follows Express's `trust proxy`; IPv4 clients of a dual-stack socket look like IPv4. */
function clientAddress(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
