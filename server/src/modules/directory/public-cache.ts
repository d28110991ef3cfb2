import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
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
 * - Cache policy: an anonymous query is cacheable for 60 s and PUBLIC as a whole, so the response
 *   carries `cache-control: max-age=60, public`. The policy is decided once per request, not per
 *   field: what an anonymous query can reach is public data throughout, and Apollo's cache-control
 *   plugin, which asks every resolved field for a hint, cost about a fifth of the server's CPU on
 *   the nested public reads (`npm run bench`).
 * - Anything that depends on a signed-in user, and every mutation, is made uncacheable before
 *   execution (`cache-control: no-store`), and the response cache neither reads nor writes it:
 *   a signed-in user sees inactive records the public must not, and must never get the public
 *   answer either. A resolver of personal data also marks its response uncacheable itself
 *   (`neverCache`), whoever asks.
 * - Response cache: anonymous answers are served from an in-memory LRU cache for up to 60 s.
 *   A successful write empties it, so an administrator's change shows at once on this instance
 *   (other instances behind a load balancer catch up within the 60 s).
 */
export function publicCachePlugins(): ApolloServerPlugin<Context>[] {
  const cache = new InMemoryLRUCache({ maxSize: RESPONSE_CACHE_SIZE });
  const anonymousQuery = async ({ contextValue, operation }: CacheDecisionContext) =>
    !contextValue.user && operation?.operation === 'query';
  return [
    ApolloServerPluginCacheControlDisabled(),
    publicQueriesAreCacheable,
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

/** Responses that carry personal data, marked by their resolvers during execution. */
const personalResponses = new WeakSet<Context>();

/**
 * Marks the response of this request as personal: private and not to be stored, so that neither
 * the response cache nor a shared HTTP cache ever keeps it.
 */
export function markPersonal(context: Context): void {
  personalResponses.add(context);
}

const publicQueriesAreCacheable: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, overallCachePolicy }) {
        if (contextValue.user || operation?.operation !== 'query') {
          overallCachePolicy.restrict({ maxAge: 0 });
        } else {
          overallCachePolicy.replace({ maxAge: PUBLIC_MAX_AGE_SECONDS, scope: 'PUBLIC' });
        }
      },
      async executionDidStart({ contextValue, overallCachePolicy }) {
        return {
          // Before willSendResponse, where the response cache decides whether to store it.
          async executionDidEnd() {
            if (personalResponses.has(contextValue)) {
              overallCachePolicy.restrict({ maxAge: 0, scope: 'PRIVATE' });
            }
          },
        };
      },
      async willSendResponse({ response, overallCachePolicy }) {
        const policy = overallCachePolicy.policyIfCacheable();
        const answered = response.body.kind === 'single' && !response.body.singleResult.errors;
        response.http.headers.set(
          'cache-control',
          policy && answered
            ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}`
            : 'no-store',
        );
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
