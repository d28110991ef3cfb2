import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { AxeBuilder } from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { createApp, type RunningApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { createTestDatabase } from '../support/test-server';
import type { TestUser } from '../support/users';

const ROOT = path.resolve(__dirname, '../..');
const DIST_INDEX = path.join(ROOT, 'admin/dist/index.html');

/** Debian's Chromium (`apt-get install -y chromium`); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Any host but this machine fails to resolve: a request elsewhere cannot succeed, and the
  // recorded requests show it.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

function newestChange(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

/** Builds the console when admin/dist is missing or older than its sources. */
export function ensureConsoleBuilt(): void {
  const sources = ['admin/src', 'admin/index.html', 'admin/vite.config.ts'].map((p) =>
    newestChange(path.join(ROOT, p)),
  );
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= Math.max(...sources)) return;
  try {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'admin/vite.config.ts',
      ],
      {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      },
    );
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`The console could not be built (npm run build:admin):\n${output}`);
  }
  if (!existsSync(DIST_INDEX)) throw new Error(`npm run build:admin did not produce ${DIST_INDEX}`);
}

export interface ConsoleServer {
  app: RunningApp;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** The real app serving the built console, on a fresh seeded database of its own. */
export async function startConsoleServer(): Promise<ConsoleServer> {
  const { databaseUrl, drop } = await createTestDatabase();
  const app = await createApp({
    ...loadConfig({}),
    port: 0,
    databaseUrl,
    serveAdmin: true,
    seedWhenEmpty: true,
  });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    app,
    sql: async (text, params) => (await db.query(text, params)).rows,
    async stop() {
      await db.end();
      await app.stop();
      await drop();
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\``,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Every URL any page of the context asked for, to check that none left the machine. */
export function recordRequests(context: BrowserContext, into: string[]): void {
  context.on('request', (request) => into.push(request.url()));
}

/**
 * Retries an assertion until it passes (the page renders asynchronously) or the time is up, then
 * fails with the assertion's own message.
 */
export async function eventually(
  assertion: () => Promise<void>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The text of the elements that describe an input (aria-describedby): its helper or error. */
export function describedBy(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** Signs in on the console's own sign-in page (in Finnish, the default) and waits for the menu. */
export async function signIn(page: Page, baseUrl: string, user: TestUser): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel(/^Sähköposti/).fill(user.email);
  await page.getByLabel(/^Salasana/).fill(user.password);
  await page.getByTestId('sign-in').click();
  await page.getByRole('menuitem', { name: 'Terveysasemat' }).waitFor();
}

/** The WCAG 2.1 A and AA rules of axe-core: what the Finnish accessibility law asks for. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The serious and critical WCAG 2.1 AA violations axe finds on the page as it is now, one line
 * each with the rule, the elements and axe's own summary: empty when there are none.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A snackbar or menu still fading in has colours between its start and end: wait for every
  // running transition to finish, or axe measures a contrast the user never sees at rest.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null))),
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
      ),
    );
}
