import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../src/db/project-root';
import type { BenchCase } from './cases';
import { post, round } from './load';
import { cpuBetween, cpuMs, type ServerProcess } from './processes';

/**
 * `npm run bench -- --compare <rev>`: the server of another revision against this working tree's,
 * on the same dataset, judged by CPU per request (the server's, and PostgreSQL's for it). Both
 * servers run at once and get the same sequential requests in turn (A, B, B, A, ...), so that the
 * machine's drift (on the 2-CPU machines here, the same build's CPU per request varies by a
 * quarter within minutes) weighs on both alike; the same build against itself reads 0.99-1.01.
 */
export interface Comparison {
  name: string;
  requests: number;
  /** Server CPU per request (ms) of the other revision and of this tree. */
  baseMs: number;
  currentMs: number;
  /** currentMs / baseMs: under 1 is cheaper. */
  ratio: number;
  /**
   * Time to answer one request (ms, sent until read), of the other revision and of this tree: what
   * PostgreSQL saves shows here, not in the server's CPU.
   */
  baseAnswerMs: number;
  currentAnswerMs: number;
  /**
   * PostgreSQL's CPU per request for each (its backends serving that server's connections); null
   * when PostgreSQL runs on another machine.
   */
  basePostgresMs: number | null;
  currentPostgresMs: number | null;
  /** Whether both answered every request, with answers of the same size (a cheap check). */
  sameSize: boolean;
}

/** The sources of a revision (server/, seeds/, .swcrc) written into `dir`. */
export function extractRevision(revision: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', revision, 'server', 'seeds', '.swcrc'], {
    cwd: PROJECT_ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
}

/** The application name a compared server's connections carry (PGAPPNAME), by role. */
export function applicationName(role: 'base' | 'current'): string {
  return `tukiverkko-compare-${role}`;
}

/**
 * CPU time so far of the PostgreSQL backends serving each compared server, per pid (ms); a
 * backend is found by the application name of its connection. Empty when PostgreSQL is not on
 * this machine (its processes are not in /proc).
 */
async function backendsCpu(admin: Client) {
  return { base: await backendCpu(admin, 'base'), current: await backendCpu(admin, 'current') };
}

async function backendCpu(admin: Client, role: 'base' | 'current'): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>(
    'select pid from pg_stat_activity where application_name = $1',
    [applicationName(role)],
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = cpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

/**
 * Per case: a warm-up of both, then `rounds` rounds of about `seconds` each in which the two
 * servers answer alternately; the CPU of each over all rounds divided by its requests.
 */
export async function compareServers(
  cases: BenchCase[],
  base: ServerProcess,
  current: ServerProcess,
  body: (c: BenchCase, i: number) => string,
  options: { rounds: number; seconds: number; databaseUrl: string },
): Promise<Comparison[]> {
  const results: Comparison[] = [];
  const admin = new Client({ connectionString: options.databaseUrl });
  await admin.connect();
  try {
    for (const c of cases) results.push(await compareCase(c, base, current, body, options, admin));
  } finally {
    await admin.end();
  }
  return results;
}

async function compareCase(
  c: BenchCase,
  base: ServerProcess,
  current: ServerProcess,
  body: (c: BenchCase, i: number) => string,
  options: { rounds: number; seconds: number },
  admin: Client,
): Promise<Comparison> {
  const waited = new Map<ServerProcess, number>([
    [base, 0],
    [current, 0],
  ]);
  const ask = (server: ServerProcess, i: number) => post(`${server.url}/graphql`, body(c, i));
  const timed = async (server: ServerProcess, i: number) => {
    const sent = performance.now();
    const answer = await ask(server, i);
    waited.set(server, waited.get(server)! + performance.now() - sent);
    return answer;
  };
  for (let i = 0; i < WARMUP_REQUESTS; i++) await Promise.all([ask(base, i), ask(current, i)]);
  let requests = 0;
  let sameSize = true;
  const cpu = { base: 0, current: 0 };
  const postgres = { base: 0, current: 0, measured: false };
  for (let round = 0; round < options.rounds; round++) {
    const backendsBefore = await backendsCpu(admin);
    const before = { base: base.cpuMs() ?? 0, current: current.cpuMs() ?? 0 };
    const started = Date.now();
    while (Date.now() - started < options.seconds * 1000) {
      // Who goes first changes every request: neither always follows the other.
      const pair = requests % 2 ? [current, base] : [base, current];
      const first = await timed(pair[0], requests);
      const second = await timed(pair[1], requests);
      sameSize &&= first.bytes === second.bytes && first.status === 200;
      requests++;
    }
    cpu.base += (base.cpuMs() ?? 0) - before.base;
    cpu.current += (current.cpuMs() ?? 0) - before.current;
    const backendsAfter = await backendsCpu(admin);
    postgres.measured ||= backendsAfter.base.size > 0 && backendsAfter.current.size > 0;
    postgres.base += cpuBetween(backendsBefore.base, backendsAfter.base);
    postgres.current += cpuBetween(backendsBefore.current, backendsAfter.current);
  }
  const baseMs = round(cpu.base / requests, 3);
  const currentMs = round(cpu.current / requests, 3);
  const perRequest = (ms: number) => (postgres.measured ? round(ms / requests, 3) : null);
  return {
    name: c.name,
    requests,
    baseMs,
    currentMs,
    ratio: round(currentMs / baseMs, 3),
    baseAnswerMs: round(waited.get(base)! / requests, 3),
    currentAnswerMs: round(waited.get(current)! / requests, 3),
    basePostgresMs: perRequest(postgres.base),
    currentPostgresMs: perRequest(postgres.current),
    sameSize,
  };
}

const WARMUP_REQUESTS = 100;

export function printComparison(revision: string, results: Comparison[]): void {
  console.log(`\nServer CPU per request, ${revision} (base) against this working tree:\n`);
  console.log(
    '| case | requests each | base ms | this tree ms | ratio | PostgreSQL ms (base, this tree) | answered in ms (base, this tree) | same answer size |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    const postgres =
      r.basePostgresMs === null ? '-' : `${r.basePostgresMs}, ${r.currentPostgresMs}`;
    console.log(
      `| ${r.name} | ${r.requests} | ${r.baseMs} | ${r.currentMs} | ${r.ratio}x | ${postgres} | ` +
        `${r.baseAnswerMs}, ${r.currentAnswerMs} | ${r.sameSize ? 'yes' : 'NO'} |`,
    );
  }
}
