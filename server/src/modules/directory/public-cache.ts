import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from '../../context';
import type { PublicAnswerCache } from './answer-cache';
import type { HelpBundles } from './help-bundles';

/** How long public answers may be cached by the server, browsers and proxies. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * Caching of the public directory.
 *
 * - Cache policy: an anonymous query is cacheable for 60 s and PUBLIC as a whole, so the response
 *   carries `cache-control: max-age=60, public`. The policy is decided once per request, not per
 *   field: what an anonymous query can reach is public data throughout, and Apollo's cache-control
 *   plugin, which asks every resolved field for a hint, cost about a fifth of the server's CPU on
 *   the nested public reads (`npm run bench`).
 * - Anything that depends on a signed-in user, and every mutation, is made uncacheable before
 *   execution (`cache-control: no-store`), and the answer cache neither keeps nor gives it:
 *   a signed-in user sees inactive records the public must not, and must never get the public
 *   answer either. A resolver of personal data also marks its response uncacheable itself
 *   (`neverCache`), whoever asks.
 * - Answer cache (answer-cache.ts): the answers that say `public` are kept and answered again for
 *   up to 60 s, in front of Apollo. A successful write empties it, so an administrator's change
 *   shows at once on this instance (other instances behind a load balancer catch up within 60 s).
 * - What anonymous findHelp requests keep of stations (help-bundles.ts) follows the same rule: at
 *   most 60 s, and emptied with the answers by every mutation.
 */
export function publicCachePlugins(
  answers: PublicAnswerCache,
  helpBundles: HelpBundles,
): ApolloServerPlugin<Context>[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    publicQueriesAreCacheable,
    emptiedByWrites([answers, helpBundles]),
  ];
}

/** Responses that carry personal data, marked by their resolvers during execution. */
const personalResponses = new WeakSet<Context>();

/**
 * Marks the response of this request as personal: private and not to be stored, so that neither
 * the answer cache nor a shared HTTP cache ever keeps it.
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
          // Before willSendResponse, which writes the cache-control the answer cache obeys.
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

function emptiedByWrites(kept: { clear(): void }[]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') for (const cache of kept) cache.clear();
        },
      };
    },
  };
}
