import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../src/db/project-root';
import { logger } from '../src/logger';
import { compileServer } from './build';
import { benchCases, type BenchCase } from './cases';
import { applicationName, compareServers, extractRevision, printComparison } from './compare';
import { createBenchDatabase, migrate } from './database';
import { generateDataset, loadDataset, type DatasetFacts } from './dataset';
import { post, round, runLoad, type LoadResult } from './load';
import { cpuBetween, postgresCpu, startServer, type ServerProcess } from './processes';
import {
  missesOf,
  printReport,
  writeReport,
  writeResults,
  TARGETS,
  type BenchReport,
  type CaseResult,
  type CpuCost,
} from './report';

/**
 * `npm run bench [-- --scale 10 --duration 6 --warmup 2 --connections 8 --cases a,b --ts]`
 * `npm run bench -- --compare <revision> [--duration 30 --scale 10 --cases a,b]` (compare.ts)
 *
 * Generates the dataset into a database of its own, starts the production server and the
 * one-SQL baseline server as child processes, loads each case with autocannon (uncached, cached
 * when the answer cache answers, and the baseline), prints the figures against the targets and
 * writes them to bench-results/latest.json. Stops everything it started, also on Ctrl-C.
 */

interface Settings {
  scale: number;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  only: string[] | null;
  /** Run the servers through the TypeScript loader instead of compiled (more memory). */
  fromSources: boolean;
  /** Another revision to compare this working tree's server with (compare.ts), or null. */
  compare: string | null;
}

function settingsFromArgs(): Settings {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      connections: { type: 'string', default: '8' },
      duration: { type: 'string', default: '6' },
      warmup: { type: 'string', default: '2' },
      cases: { type: 'string' },
      ts: { type: 'boolean', default: false },
      compare: { type: 'string' },
    },
  });
  const positive = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  return {
    scale: positive('scale', values.scale!),
    connections: positive('connections', values.connections!),
    durationSeconds: positive('duration', values.duration!),
    warmupSeconds: positive('warmup', values.warmup!),
    only: values.cases ? values.cases.split(',') : null,
    fromSources: values.ts!,
    compare: values.compare ?? null,
  };
}

/** What to undo, last started first; run once, on success, failure or a signal. */
const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | null = null;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const undo of cleanups.reverse()) {
      await undo().catch((error) => console.error('clean-up failed:', error));
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers and dropping the database...`);
    void cleanUp().then(() => process.exit(130));
  });
}

const log = (message: string) => console.log(`[bench] ${message}`);
// The embedded PostgreSQL's start-up lines would interleave with the figures.
logger.level = process.env.LOG_LEVEL ?? 'warn';

async function main(): Promise<void> {
  const settings = settingsFromArgs();
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  if (loadAtStart > os.cpus().length) {
    log(
      `warning: the machine is busy (load average ${round(loadAtStart, 1)} on ${os.cpus().length} CPUs); ` +
        'throughput and latency will be low, CPU ms per request less so',
    );
  }

  const database = await createBenchDatabase();
  cleanups.push(() => database.drop());
  log(`database on ${database.where}; applying migrations`);
  await migrate(database.url);

  const loadStart = Date.now();
  const { tables, facts } = generateDataset(settings.scale);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const postgres = (await client.query('show server_version')).rows[0].server_version as string;
  await loadDataset(client, tables);
  await client.end();
  const loadSeconds = round((Date.now() - loadStart) / 1000, 1);
  log(
    `dataset: ${facts.stations} stations, ${facts.deliveries} services at stations, ` +
      `${facts.schedules} schedules, ${facts.rules} rules in ${loadSeconds} s`,
  );

  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(32).toString('hex'),
  };
  if (settings.compare) {
    await compareWithRevision(settings.compare, settings, database.url, env, facts);
    await cleanUp();
    return;
  }
  let script: string | undefined;
  if (!settings.fromSources) {
    const buildDir = path.join(PROJECT_ROOT, `.data/bench-${process.pid}-build`);
    cleanups.push(() => rm(buildDir, { recursive: true, force: true }));
    script = compileServer(buildDir);
  }
  const app = await startServer('app', database.url, env, script);
  cleanups.push(() => app.stop());
  const baseline = await startServer('baseline', database.url, env, script);
  cleanups.push(() => baseline.stop());
  const startRssMb = app.peakRssMb();
  log(`production server ${app.url} (pid ${app.pid}, ${startRssMb} MB), baseline ${baseline.url}`);

  const cases = selectedCases(facts, settings);
  // A case with settings of its own gets a server of its own, started once.
  const servers = new Map<string, ServerProcess>();
  const appOf = async (c: BenchCase): Promise<ServerProcess> => {
    if (!c.serverEnv) return app;
    const key = JSON.stringify(c.serverEnv);
    let server = servers.get(key);
    if (!server) {
      server = await startServer('app', database.url, { ...env, ...c.serverEnv }, script);
      const started = server;
      cleanups.push(() => started.stop());
      servers.set(key, server);
      // Its JIT has seen nothing yet, where the main server has answered the cases before.
      await runLoad({
        url: `${server.url}/graphql`,
        body: (i) => bodyOf(c, i, nonce++),
        connections: settings.connections,
        durationSeconds: settings.warmupSeconds,
      });
    }
    return server;
  };
  // The JIT first: a few sequential requests of every case, so that no case pays for it.
  for (const c of cases) {
    const server = await appOf(c);
    for (let i = 0; i < JIT_WARMUP_REQUESTS; i++) {
      await post(`${server.url}/graphql`, bodyOf(c, i, nonce++));
      await post(`${baseline.url}/${baselineNameOf(c)}`, bodyOf(c, i, null));
    }
  }
  const pgCpu = () => (database.postmasterPid ? postgresCpu(database.postmasterPid) : null);
  const results: CaseResult[] = [];
  for (const c of cases) {
    log(`case ${c.name}: ${c.title}`);
    const result = await measureCase(c, await appOf(c), baseline, { ...settings, pgCpu });
    result.misses = missesOf(result);
    results.push(result);
  }

  const report: BenchReport = {
    scale: settings.scale,
    startedAt: new Date(started).toISOString(),
    totalSeconds: 0,
    settings: {
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
    },
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      postgres,
      database: database.where,
      loadAverage: { atStart: round(loadAtStart, 1), atEnd: round(os.loadavg()[0], 1) },
    },
    dataset: {
      stations: facts.stations,
      services: facts.services,
      deliveries: facts.deliveries,
      schedules: facts.schedules,
      rules: facts.rules,
      regionStations: facts.region.activeStations,
      loadSeconds,
    },
    targets: TARGETS,
    cases: results,
    peakRssMb: app.peakRssMb(),
    startRssMb,
  };
  await cleanUp();
  report.totalSeconds = round((Date.now() - started) / 1000, 1);
  printReport(report);
  log(`results written to ${writeReport(report)}`);
}

/**
 * `--compare <revision>`: the other revision's server and this tree's, both compiled, answer the
 * cases' requests alternately (compare.ts); no load runs and no baseline.
 */
async function compareWithRevision(
  revision: string,
  settings: Settings,
  databaseUrl: string,
  env: NodeJS.ProcessEnv,
  facts: DatasetFacts,
): Promise<void> {
  const work = path.join(PROJECT_ROOT, `.data/bench-${process.pid}-compare`);
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  extractRevision(revision, path.join(work, 'sources'));
  // Each compiled in its own folder, its connections named for PostgreSQL's CPU per server.
  const start = async (role: 'base' | 'current', sources?: string) => {
    const script = compileServer(path.join(work, role), sources);
    const server = await startServer(
      'app',
      databaseUrl,
      { ...env, PGAPPNAME: applicationName(role) },
      script,
    );
    cleanups.push(() => server.stop());
    return server;
  };
  const base = await start('base', path.join(work, 'sources'));
  const current = await start('current');
  log(`comparing ${revision} (${base.url}) with this working tree (${current.url})`);
  // A case with settings of its own would need servers of its own: run --compare with the
  // setting in the environment instead (FIND_HELP_KEPT_SECONDS=0 npm run bench -- --compare ...).
  const cases = selectedCases(facts, settings).filter((c) => !c.serverEnv);
  // --duration is the time each case is measured, over three rounds.
  const results = await compareServers(cases, base, current, (c, i) => bodyOf(c, i, nonce++), {
    rounds: COMPARE_ROUNDS,
    seconds: settings.durationSeconds / COMPARE_ROUNDS,
    databaseUrl,
  });
  printComparison(revision, results);
  const file = writeResults('compare.json', { revision, scale: settings.scale, results });
  log(`results written to ${file}`);
}
const COMPARE_ROUNDS = 3;

/** The baseline's name of a case's answer. */
function baselineNameOf(c: BenchCase): string {
  return c.baselineCase ?? c.name;
}

/** The cases of the run: all, or those named by --cases. */
function selectedCases(facts: DatasetFacts, settings: Settings): BenchCase[] {
  return benchCases(facts).filter((c) => !settings.only || settings.only.includes(c.name));
}

/** The GraphQL body of one request; a nonce variable (ignored by GraphQL) defeats any cache. */
function bodyOf(c: BenchCase, i: number, nonce: number | null): string {
  const variables = c.variables(i);
  return JSON.stringify({
    query: c.query,
    variables: nonce === null ? variables : { ...variables, benchNonce: nonce },
  });
}
let nonce = 0;
const JIT_WARMUP_REQUESTS = 5;

interface MeasureSettings extends Settings {
  /** CPU time of the benchmark's PostgreSQL processes so far; null when not measurable. */
  pgCpu(): Map<number, number> | null;
}

async function measureCase(
  c: BenchCase,
  app: ServerProcess,
  baseline: ServerProcess,
  settings: MeasureSettings,
): Promise<CaseResult> {
  const result: CaseResult = {
    name: c.name,
    title: c.title,
    status: 'ok',
    p99TargetMs: c.p99TargetMs,
  };
  const graphql = `${app.url}/graphql`;
  const floor = `${baseline.url}/${baselineNameOf(c)}`;

  const sample = await post(graphql, bodyOf(c, 0, nonce++));
  const error = sample.json?.errors?.[0]?.message as string | undefined;
  if (error) {
    const missing =
      c.optionalField && new RegExp(`\\b${c.optionalField}\\b|FindHelpInput`).test(error);
    return {
      ...result,
      status: missing ? 'skipped' : 'failed',
      note: missing ? `${c.optionalField} is not available in the schema yet (${error})` : error,
    };
  }
  result.items = c.items(sample.json.data);
  if (!result.items) return { ...result, status: 'failed', note: 'the answer is empty' };
  result.responseBytes = sample.bytes;
  // Counted on the request after it: what findHelp keeps of stations (help-bundles.ts) is then
  // read, as it is for the load; the case of a server that keeps nothing shows the first's count.
  const again = await post(graphql, bodyOf(c, 0, nonce++));
  const sql = again.headers.get('x-sql-statements');
  result.sqlStatements = sql === null ? null : Number(sql);

  const floorSample = await post(floor, bodyOf(c, 0, null));
  result.baselineBytes = floorSample.bytes;
  if (baselineNameOf(c) === 'find-help-near') {
    result.note = 'the baseline approximates findHelp: nearby services at stations with raw hours';
  } else {
    result.matchesBaseline = sameAnswer(sample.json, floorSample.json);
  }

  // A cache hit: the repeat carries an age (the answer cache) or runs no SQL.
  const repeat = bodyOf(c, 0, null);
  const first = await post(graphql, repeat);
  const second = await post(graphql, repeat);
  result.cacheControl = first.headers.get('cache-control');
  const hit =
    second.headers.get('age') !== null ||
    /hit/i.test(second.headers.get('x-cache') ?? '') ||
    second.headers.get('x-sql-statements') === '0';

  result.cpu = {
    app: await cpuCost(app, graphql, (i) => bodyOf(c, i, nonce++), settings),
    baseline: await cpuCost(baseline, floor, (i) => bodyOf(c, i, null), settings),
  };
  const appCpu = totalCpu(result.cpu.app);
  const floorCpu = totalCpu(result.cpu.baseline);
  result.uncachedCpuRatio = appCpu && floorCpu ? round(floorCpu / appCpu, 2) : null;

  const load = (url: string, body: (i: number) => string) => measure(url, body, settings);
  result.uncached = await load(graphql, (i) => bodyOf(c, i, nonce++));
  result.cached = hit ? await load(graphql, (i) => bodyOf(c, i, null)) : null;
  result.baseline = await load(floor, (i) => bodyOf(c, i, null));
  const ratio = (r: LoadResult | null | undefined) =>
    r ? round(r.requestsPerSecond / result.baseline!.requestsPerSecond, 2) : null;
  result.uncachedRatio = ratio(result.uncached) ?? undefined;
  result.cachedRatio = ratio(result.cached);
  result.peakRssMb = app.peakRssMb();
  log(
    `  ${result.uncached.requestsPerSecond} req/s (p99 ${result.uncached.p99Ms} ms, ` +
      `${result.sqlStatements} SQL), cached ${result.cached?.requestsPerSecond ?? '-'} req/s, ` +
      `baseline ${result.baseline.requestsPerSecond} req/s`,
  );
  return result;
}

/** Server and PostgreSQL CPU time per request, ms; null when either is unknown. */
function totalCpu(cost: CpuCost): number | null {
  return cost.serverMs === null || cost.postgresMs === null
    ? null
    : cost.serverMs + cost.postgresMs;
}

/**
 * CPU time per request of a server and of PostgreSQL, from sequential requests (at least 5, and
 * for at least a second): the cost of an answer, which a busy machine slows down but hardly
 * changes, unlike throughput and latency.
 */
async function cpuCost(
  server: ServerProcess,
  url: string,
  body: (i: number) => string,
  settings: MeasureSettings,
): Promise<CpuCost> {
  const serverBefore = server.cpuMs();
  const pgBefore = settings.pgCpu();
  const started = Date.now();
  let requests = 0;
  while (requests < 5 || (Date.now() - started < 1000 && requests < 500)) {
    await post(url, body(requests++));
  }
  const serverAfter = server.cpuMs();
  const pgAfter = settings.pgCpu();
  return {
    requests,
    serverMs:
      serverBefore === null || serverAfter === null
        ? null
        : round((serverAfter - serverBefore) / requests, 2),
    postgresMs: pgBefore && pgAfter ? round(cpuBetween(pgBefore, pgAfter) / requests, 2) : null,
  };
}

/**
 * A warm-up run, then the measured run. Requests still running when a run ends would be served
 * during the next one: each run is followed by one more request, answered after most of them.
 */
async function measure(
  url: string,
  body: (i: number) => string,
  settings: MeasureSettings,
): Promise<LoadResult> {
  const options = { url, body, connections: settings.connections };
  await runLoad({ ...options, durationSeconds: settings.warmupSeconds });
  await post(url, body(0));
  const result = await runLoad({ ...options, durationSeconds: settings.durationSeconds });
  await post(url, body(0));
  return result;
}

/** Equal answers, ignoring the order of lists and the hours (which the baseline returns raw). */
function sameAnswer(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

const HOURS = new Set(['openingHours', 'hoursSummary', 'schedule']);
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalize);
    const key = (item: unknown) => JSON.stringify(item);
    return items.sort((x, y) => key(x).localeCompare(key(y)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !HOURS.has(k))
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [k, normalize(v)]),
    );
  }
  return value;
}

main().catch(async (error) => {
  console.error(error);
  await cleanUp();
  process.exit(1);
});
