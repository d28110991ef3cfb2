import type { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { sessionTokenOf } from '../auth/session-token';

/**
 * The bound of the cache, counted in characters of the cached answers and their keys. The popular
 * public answers (a region's stations, a station's hours) are a few hundred kB at most; a larger
 * cache mostly keeps one-off answers and, measured with `npm run bench`, pushed the server's peak
 * memory past its 500 MB target.
 */
const CACHE_SIZE = 16 * 1024 * 1024;

interface CachedAnswer {
  body: string;
  contentType: string;
  cacheControl: string;
  storedAt: number;
}

/**
 * The public answers of anonymous GraphQL requests, kept for as long as their `cache-control`
 * allows (public-cache.ts decides it: 60 s for an anonymous query without errors or personal data,
 * `no-store` for anything else) and answered again before Apollo for the same request.
 *
 * In front of Apollo rather than Apollo's response-cache plugin: a repeat answered by the plugin
 * still went through Apollo's whole pipeline (the request context, the parsed document, the
 * plugins, the cache key's hash), about 40% of the CPU of a cache hit (`npm run bench`).
 *
 * - Only POSTs of JSON without a session cookie are answered or stored. A request with a session
 *   cookie (even an expired one) always goes to Apollo, so a signed-in user never gets the public
 *   answer. GET requests, which Apollo takes only with a CSRF preflight header, are not cached
 *   here; HTTP caches may keep them by their `cache-control`.
 * - The key is the whole request body (query, variables, operation name) and the `accept` header
 *   (Apollo chooses the answer's media type by it).
 * - A successful write empties it (public-cache.ts), so a change shows at once on this instance.
 */
export class PublicAnswerCache {
  private readonly answers = new LRUCache<string, CachedAnswer>({
    maxSize: CACHE_SIZE,
    sizeCalculation: (answer, key) => answer.body.length + key.length,
  });

  /** @param countSql tell a repeat's SQL count (none), as the app does for the tests and benchmark */
  constructor(private readonly countSql = false) {}

  clear(): void {
    this.answers.clear();
  }

  /** Express middleware after the JSON body parser, before Apollo. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      // As request.ts reads it: a request with a session token is answered by Apollo.
      const session = sessionTokenOf(req.headers.cookie);
      if (req.method !== 'POST' || !req.is('application/json') || session) {
        return next();
      }
      const key = `${req.headers.accept ?? ''}\n${JSON.stringify(req.body)}`;
      const cached = this.answers.get(key);
      if (cached) return this.answerAgain(res, cached);
      this.keepWhenPublic(res, key);
      next();
    };
  }

  private answerAgain(res: Response, cached: CachedAnswer): void {
    res.setHeader('content-type', cached.contentType);
    res.setHeader('cache-control', cached.cacheControl);
    res.setHeader('age', String(Math.floor((Date.now() - cached.storedAt) / 1000)));
    if (this.countSql) res.setHeader('x-sql-statements', '0');
    res.send(cached.body);
  }

  /** Stores Apollo's answer if it says any cache may keep it. */
  private keepWhenPublic(res: Response, key: string): void {
    const send = res.send.bind(res);
    res.send = (body: unknown) => {
      const cacheControl = String(res.getHeader('cache-control') ?? '');
      const maxAge = publicMaxAge(cacheControl);
      if (res.statusCode === 200 && typeof body === 'string' && maxAge) {
        const contentType = String(res.getHeader('content-type') ?? 'application/json');
        const answer = { body, contentType, cacheControl, storedAt: Date.now() };
        this.answers.set(key, answer, { ttl: maxAge * 1000 });
      }
      return send(body);
    };
  }
}

/** The max-age of a `cache-control` that lets shared caches keep the answer; null otherwise. */
export function publicMaxAge(cacheControl: string): number | null {
  const directives = cacheControl.split(',').map((d) => d.trim().toLowerCase());
  const maxAge = Number(directives.find((d) => d.startsWith('max-age='))?.slice(8));
  return directives.includes('public') && Number.isInteger(maxAge) && maxAge > 0 ? maxAge : null;
}
