import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/db/project-root';
import type { LoadResult } from './load';

/** The targets of issue 8. */
export const TARGETS = {
  maxSqlStatements: 6,
  minUncachedRatio: 0.4,
  minCachedRatio: 1,
  maxPeakRssMb: 500,
};

/** CPU time per request, ms, measured over sequential requests. */
export interface CpuCost {
  requests: number;
  serverMs: number | null;
  /** null when PostgreSQL is not the benchmark's own (DATABASE_URL). */
  postgresMs: number | null;
}

export interface CaseResult {
  name: string;
  title: string;
  /** skipped: not in the schema yet; failed: wrong answers, nothing measured. */
  status: 'ok' | 'skipped' | 'failed';
  note?: string;
  /** Items in one answer (services, stations, days) and its size in bytes. */
  items?: number;
  responseBytes?: number;
  baselineBytes?: number;
  /** The answer equals the baseline's, hours aside (those the baseline returns raw). */
  matchesBaseline?: boolean;
  /** x-sql-statements of one uncached request. */
  sqlStatements?: number | null;
  uncached?: LoadResult;
  /** Present when the server answered a repeated anonymous request from its answer cache. */
  cached?: LoadResult | null;
  cacheControl?: string | null;
  baseline?: LoadResult;
  uncachedRatio?: number;
  /**
   * Baseline CPU time per request (its server and PostgreSQL) over ours: what the throughput
   * ratio would be on a machine of our own, when the work is CPU-bound.
   */
  uncachedCpuRatio?: number | null;
  cpu?: { app: CpuCost; baseline: CpuCost };
  cachedRatio?: number | null;
  p99TargetMs?: number;
  /** Peak RSS of the server process after this case, MB. */
  peakRssMb?: number | null;
  misses?: string[];
}

export interface BenchReport {
  scale: number;
  startedAt: string;
  totalSeconds: number;
  settings: { connections: number; durationSeconds: number; warmupSeconds: number };
  machine: {
    cpus: number;
    node: string;
    postgres: string;
    database: string;
    /** The 1-minute load average: other work on the machine skews the figures. */
    loadAverage: { atStart: number; atEnd: number };
  };
  dataset: Record<string, number> & { loadSeconds: number };
  targets: typeof TARGETS;
  cases: CaseResult[];
  peakRssMb: number | null;
  /** Resident memory of the server once started, before any request, MB. */
  startRssMb: number | null;
}

/** Which targets a case misses, in words. */
export function missesOf(c: CaseResult): string[] {
  const misses: string[] = [];
  if (c.status !== 'ok') return misses;
  if (c.sqlStatements == null) misses.push('SQL statements not reported (x-sql-statements)');
  else if (c.sqlStatements > TARGETS.maxSqlStatements) {
    misses.push(`${c.sqlStatements} SQL statements > ${TARGETS.maxSqlStatements}`);
  }
  if (c.uncachedRatio != null && c.uncachedRatio < TARGETS.minUncachedRatio) {
    const byCpu = c.uncachedCpuRatio != null ? ` (by CPU time ${c.uncachedCpuRatio}x)` : '';
    misses.push(`uncached ${c.uncachedRatio}x < ${TARGETS.minUncachedRatio}x baseline${byCpu}`);
  }
  if (c.cached === null) misses.push('no cache hit on a repeated anonymous request');
  else if (c.cachedRatio != null && c.cachedRatio < TARGETS.minCachedRatio) {
    misses.push(`cached ${c.cachedRatio}x < ${TARGETS.minCachedRatio}x baseline`);
  }
  if (c.p99TargetMs && c.uncached && c.uncached.p99Ms >= c.p99TargetMs) {
    // The floor's own p99 under the same load tells whether the target is within reach here.
    const floor = c.baseline ? ` (the baseline's ${c.baseline.p99Ms} ms)` : '';
    misses.push(`p99 ${c.uncached.p99Ms} ms >= ${c.p99TargetMs} ms${floor}`);
  }
  if (c.uncached?.failures) misses.push(`${c.uncached.failures} failed requests`);
  if (c.matchesBaseline === false) misses.push('answer differs from the baseline');
  return misses;
}

const cell = (value: number | null | undefined, suffix = '') =>
  value == null ? '-' : `${value}${suffix}`;

const cpu = (cost: CpuCost | undefined) =>
  cost?.serverMs == null ? '-' : `${cost.serverMs} + ${cost.postgresMs ?? '?'}`;

const latency = (load: LoadResult | undefined) => (load ? `${load.p50Ms}/${load.p99Ms}` : '-');

/** The figures as a Markdown table (printed, and pasted into the README). */
export function table(report: BenchReport): string {
  const lines = [
    '| case | req/s | p50 ms | p99 ms | SQL/req | CPU ms/req (node+pg) | baseline req/s | baseline p50/p99 ms | baseline CPU ms/req | ratio | CPU ratio | cached req/s | cached ratio | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of report.cases) {
    if (c.status !== 'ok') {
      lines.push(`| ${c.name} | ${c.status}: ${c.note ?? ''} | | | | | | | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${c.name} | ${cell(c.uncached?.requestsPerSecond)} | ${cell(c.uncached?.p50Ms)} | ` +
        `${cell(c.uncached?.p99Ms)} | ${cell(c.sqlStatements)} | ${cpu(c.cpu?.app)} | ` +
        `${cell(c.baseline?.requestsPerSecond)} | ${latency(c.baseline)} | ${cpu(c.cpu?.baseline)} | ` +
        `${cell(c.uncachedRatio, 'x')} | ${cell(c.uncachedCpuRatio, 'x')} | ` +
        `${cell(c.cached?.requestsPerSecond)} | ${cell(c.cachedRatio, 'x')} | ` +
        `${cell(c.peakRssMb)} |`,
    );
  }
  return lines.join('\n');
}

export function printReport(report: BenchReport): void {
  const d = report.dataset;
  console.log(
    `\nTukiverkko read benchmark, scale ${report.scale}: ${d.stations} stations, ${d.services} services, ` +
      `${d.deliveries} services at stations, ${d.schedules} schedules, ${d.rules} rules ` +
      `(loaded in ${d.loadSeconds} s); ${report.settings.connections} connections, ` +
      `${report.settings.durationSeconds} s per run after ${report.settings.warmupSeconds} s warm-up; ` +
      `${report.machine.cpus} CPUs (load average ${report.machine.loadAverage.atStart} at start, ` +
      `${report.machine.loadAverage.atEnd} at end), Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}.\n`,
  );
  console.log(table(report));
  console.log('');
  for (const c of report.cases) {
    const misses = c.misses ?? [];
    const state = c.status !== 'ok' ? c.status.toUpperCase() : misses.length ? 'MISS' : 'ok';
    console.log(
      `${state.padEnd(7)} ${c.name}: ${c.status === 'ok' ? misses.join('; ') || 'meets the targets' : c.note}`,
    );
  }
  const memory = report.peakRssMb;
  console.log(
    `${memory != null && memory < TARGETS.maxPeakRssMb ? 'ok' : 'MISS'}     peak server memory ${cell(memory)} MB ` +
      `(target < ${TARGETS.maxPeakRssMb} MB; ${cell(report.startRssMb)} MB once started)`,
  );
  const other = otherScale(report);
  if (other) {
    for (const c of report.cases) {
      const before = other.cases.find((o) => o.name === c.name);
      if (before?.sqlStatements == null || c.sqlStatements == null) continue;
      const same = before.sqlStatements === c.sqlStatements;
      console.log(
        `${same ? 'ok' : 'MISS'}     ${c.name}: ${c.sqlStatements} SQL statements at scale ${report.scale}, ` +
          `${before.sqlStatements} at scale ${other.scale}`,
      );
    }
  }
  console.log(`\nFinished in ${report.totalSeconds} s.`);
}

const RESULTS = path.join(PROJECT_ROOT, 'bench-results');

/** bench-results/latest.json and bench-results/scale-<n>.json (git-ignored). */
export function writeReport(report: BenchReport): string {
  writeResults(`scale-${report.scale}.json`, report);
  return writeResults('latest.json', report);
}

/** A JSON file in bench-results/ (git-ignored); returns its path. */
export function writeResults(name: string, data: unknown): string {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, name);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** The last result at another scale, to check that SQL counts do not grow with the data. */
function otherScale(report: BenchReport): BenchReport | null {
  const scale = report.scale === 1 ? 10 : 1;
  const file = path.join(RESULTS, `scale-${scale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchReport) : null;
}
