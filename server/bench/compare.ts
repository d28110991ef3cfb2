import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { PROJECT_ROOT } from '../src/db/project-root';
import type { BenchCase } from './cases';
import { post, round } from './load';
import type { ServerProcess } from './processes';

/**
 * `npm run bench -- --compare <rev>`: the server of another revision against this working tree's,
 * on the same dataset, judged by server CPU per request. Both servers run at once and get the
 * same sequential requests in turn (A, B, B, A, ...), so that the machine's drift (on the 2-CPU
 * machines here, the same build's CPU per request varies by a quarter within minutes) weighs on
 * both alike; the same build against itself reads 0.99-1.01.
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

/**
 * Per case: a warm-up of both, then `rounds` rounds of about `seconds` each in which the two
 * servers answer alternately; the CPU of each over all rounds divided by its requests.
 */
export async function compareServers(
  cases: BenchCase[],
  base: ServerProcess,
  current: ServerProcess,
  body: (c: BenchCase, i: number) => string,
  options: { rounds: number; seconds: number },
): Promise<Comparison[]> {
  const results: Comparison[] = [];
  for (const c of cases) {
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
    for (let round = 0; round < options.rounds; round++) {
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
    }
    const baseMs = round(cpu.base / requests, 3);
    const currentMs = round(cpu.current / requests, 3);
    results.push({
      name: c.name,
      requests,
      baseMs,
      currentMs,
      ratio: round(currentMs / baseMs, 3),
      baseAnswerMs: round(waited.get(base)! / requests, 3),
      currentAnswerMs: round(waited.get(current)! / requests, 3),
      sameSize,
    });
  }
  return results;
}

const WARMUP_REQUESTS = 100;

export function printComparison(revision: string, results: Comparison[]): void {
  console.log(`\nServer CPU per request, ${revision} (base) against this working tree:\n`);
  console.log(
    '| case | requests each | base ms | this tree ms | ratio | answered in (base, this tree) ms | same answer size |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.requests} | ${r.baseMs} | ${r.currentMs} | ${r.ratio}x | ` +
        `${r.baseAnswerMs}, ${r.currentAnswerMs} | ${r.sameSize ? 'yes' : 'NO'} |`,
    );
  }
}
