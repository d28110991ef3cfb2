import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { MikroORM } from '@mikro-orm/postgresql';
import express, { type RequestHandler } from 'express';
import type { AppConfig } from './config';
import type { Context } from './context';
import { formatError } from './common/format-error';
import { ormConfig } from './db/orm-config';
import { PROJECT_ROOT } from './db/project-root';
import { sqlStatementsOfRequest } from './db/sql-counter';
import { migrateAndSeed } from './db/setup';
import { logger } from './logger';
import { createSchema } from './schema';
import { createContext } from './request';
import { newRequestStore, requestContext } from './common/request-context';
import { SessionTokens } from './modules/auth/session-token';
import { accessLogPlugin } from './modules/referral/access-log';
import { startRetentionJob } from './modules/referral/retention';
import { queryLimits } from './modules/directory/limits';
import { publicCachePlugins } from './modules/directory/public-cache';
import { PublicAnswerCache } from './modules/directory/answer-cache';
import { HelpBundles } from './modules/directory/help-bundles';
import { registerVisibilityFilters } from './modules/directory/visibility';
import { LoginLimiter } from './modules/auth/login-limiter';
import { seedDemoUsersIfNoUsers } from './modules/auth/demo-users';
import { corsFor, httpErrorHandler, securityHeaders } from './http-security';
import { hsdsRouter } from './modules/hsds/hsds.router';
import { createExpressServer, plainPostAnswers, type DirectRoute } from './http-server';
import { skipArgumentsOfFieldsWithout } from './graphql-arguments';

export interface RunningApp {
  url: string;
  orm: MikroORM;
  stop(): Promise<void>;
}

/** Connects, migrates, seeds an empty database, and serves /graphql and /admin on one port. */
export async function createApp(
  config: AppConfig & { databaseUrl: string; countSql?: boolean },
): Promise<RunningApp> {
  const orm = await MikroORM.init(ormConfig(config.databaseUrl, { countSql: config.countSql }));
  // Inactive and unpublished records are hidden from anonymous requests on every read path.
  registerVisibilityFilters(orm);
  try {
    await migrateAndSeed(orm, { seedWhenEmpty: config.seedWhenEmpty });
    if (config.seedDemoUsers) await seedDemoUsersIfNoUsers(orm);
    const app = express();
    // Believe X-Forwarded-For (the client address of the sign-in limits) only when configured.
    if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);
    const security = securityHeaders();
    app.use(security);
    // Created before the routes are known; the direct route's handlers are filled in below.
    const graphqlRoute: DirectRoute = { path: '/graphql', handlers: [], onError: httpErrorHandler };
    const httpServer = createExpressServer(app, graphqlRoute);
    // Depth, alias and cost limits for every document (graphql-armor).
    const limits = queryLimits();
    // Anonymous repeats answered before Apollo; never for signed-in users (answer-cache.ts).
    const answers = new PublicAnswerCache(config.countSql);
    // What anonymous findHelp requests keep of stations, emptied with the answers (help-bundles.ts).
    const helpBundles = new HelpBundles(orm.em, config.findHelpKeptSeconds);
    // graphql-js's work on the arguments of fields that take none (graphql-arguments.ts).
    skipArgumentsOfFieldsWithout();
    const apollo = new ApolloServer<Context>({
      schema: await createSchema(),
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
      formatError,
      includeStacktraceInErrorResponses: false,
      introspection: config.introspection ?? !config.production,
      // No "did you mean" field suggestions: they reveal the schema when introspection is off.
      hideSchemaDetailsFromClientErrors: true,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        // The default landing page loads from a CDN, which nothing here may reach.
        ApolloServerPluginLandingPageDisabled(),
        // Writes the reads of referrals' personal data to the access log before a response leaves.
        accessLogPlugin,
        ...(config.countSql ? [sqlCountHeader] : []),
        ...limits.plugins,
        // Cache hints for anonymous queries, and the answer cache emptied by writes.
        ...publicCachePlugins(answers, helpBundles),
      ],
    });
    await apollo.start();

    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    const tokens = new SessionTokens(config.sessionSecret, config.sessionTtlHours * 3600);
    const loginLimiter = new LoginLimiter(config.loginLimits);
    const graphqlHandlers: RequestHandler[] = [
      corsFor(config.corsOrigins),
      express.json({ limit: config.bodyLimit }),
      plainPostAnswers,
      answers.middleware(),
      (_req, _res, next) => requestContext.run(newRequestStore(!!config.countSql), next),
      expressMiddleware(apollo, {
        context: async ({ req, res }) =>
          createContext(orm, tokens, req, res, config.production, loginLimiter, helpBundles),
      }),
    ];
    // `/graphql` itself skips the router (http-server.ts); `/graphql/` and the like still come here.
    graphqlRoute.handlers.push(security, ...graphqlHandlers);
    app.use('/graphql', ...graphqlHandlers);
    app.use('/hsds', hsdsRouter(orm, { countSql: config.countSql }));
    serveAdmin(app, config);
    app.use(httpErrorHandler);

    await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}`;
    logger.info({ url }, 'Tukiverkko is listening');
    // Erases the personal data of referrals closed longer ago than the retention period.
    const retention = startRetentionJob(orm, {
      retentionDays: config.retentionDays,
      intervalMinutes: config.retentionIntervalMinutes,
    });
    return {
      url,
      orm,
      async stop() {
        await retention.stop();
        await apollo.stop();
        await orm.close(true);
      },
    };
  } catch (error) {
    // An open pool would keep the process (and jest) alive after a failed start.
    await orm.close(true);
    throw error;
  }
}

const sqlCountHeader = {
  async requestDidStart() {
    return {
      async willSendResponse({
        response,
      }: {
        response: { http: { headers: Map<string, string> } };
      }) {
        const statements = sqlStatementsOfRequest();
        if (statements !== undefined) {
          response.http.headers.set('x-sql-statements', String(statements));
        }
      },
    };
  },
};

function serveAdmin(app: express.Express, config: AppConfig): void {
  const dist = path.join(PROJECT_ROOT, 'admin/dist');
  app.get('/', (_req, res) => res.redirect('/admin/'));
  if (!config.serveAdmin || !existsSync(dist)) return;
  app.use('/admin', express.static(dist, { index: 'index.html' }));
  // Client-side routes of the console all load the same page.
  app.get(/^\/admin(\/.*)?$/, (_req, res) => res.sendFile(path.join(dist, 'index.html')));
}
