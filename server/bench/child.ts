import 'reflect-metadata';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { startBaselineServer } from './baseline';

/**
 * A server of the benchmark in its own process, so that its memory and CPU are its own:
 * `child.ts app <databaseUrl>` is the production GraphQL server, `child.ts baseline <databaseUrl>`
 * the one-SQL-statement floor. Tells the parent its URL over IPC and stops on SIGTERM.
 */
async function main(): Promise<void> {
  const [role, databaseUrl] = process.argv.slice(2);
  const server =
    role === 'app'
      ? await createApp({
          ...loadConfig(),
          databaseUrl,
          port: 0,
          production: true,
          countSql: true,
          seedWhenEmpty: false,
          seedDemoUsers: false,
          serveAdmin: false,
        })
      : await startBaselineServer(databaseUrl);
  process.on('SIGTERM', () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  // The parent going away (killed) must not leave this server running.
  process.on('disconnect', () => process.exit(0));
  process.send?.({ url: server.url });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
