import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Context } from '../../context';

/** How long public answers may be cached by the server, browsers and proxies. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * The response cache's bound, counted in characters of the cached JSON. The popular public answers
 * (a region's stations, a station's hours) are a few hundred kB at most; a larger cache mostly
 * keeps one-off answers and, measured with `npm run bench`, pushed the server's peak memory past
 * its 500 MB target.
 */
const RESPONSE_CACHE_SIZE = 16 * 1024 * 1024;

/**
 * Caching of the public directory.
 *
 * - Cache hints (Apollo cache control): every field of an anonymous query is cacheable for 60 s
 *   and PUBLIC, so the response carries `cache-control: max-age=60, public`.
 * - Anything that depends on a signed-in user, and every mutation, is made uncacheable before
 *   execution (`cache-control: no-store`), and the response cache neither reads nor writes it:
 *   a signed-in user sees inactive records the public must not, and must never get the public
 *   answer either.
 * - Response cache: anonymous answers are served from an in-memory LRU cache for up to 60 s.
 *   A successful write empties it, so an administrator's change shows at once on this instance
 *   (other instances behind a load balancer catch up within the 60 s).
 */
export function publicCachePlugins(): ApolloServerPlugin<Context>[] {
  const cache = new InMemoryLRUCache({ maxSize: RESPONSE_CACHE_SIZE });
  const anonymousQuery = async ({ contextValue, operation }: CacheDecisionContext) =>
    !contextValue.user && operation?.operation === 'query';
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: PUBLIC_MAX_AGE_SECONDS }),
    onlyAnonymousQueriesAreCacheable,
    responseCachePlugin<Context>({
      cache,
      shouldReadFromCache: anonymousQuery,
      shouldWriteToCache: anonymousQuery,
    }),
    emptiedByWrites(cache),
  ];
}

interface CacheDecisionContext {
  contextValue: Context;
  operation?: { operation: string } | null;
}

const onlyAnonymousQueriesAreCacheable: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, overallCachePolicy }) {
        if (contextValue.user || operation?.operation !== 'query') {
          overallCachePolicy.restrict({ maxAge: 0 });
        }
      },
    };
  },
};

function emptiedByWrites(cache: InMemoryLRUCache): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') cache.clear();
        },
      };
    },
  };
}
