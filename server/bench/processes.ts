import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HEAP_FLAGS } from '../src/heap-flags';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Peak resident memory of the process so far, in MB (the kernel's VmHWM). */
  peakRssMb(): number | null;
  /** CPU time the process has used so far (user + system), in ms; null off Linux. */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

/**
 * Starts child.ts (through the TypeScript loader) or its compiled child.js (plain Node) in its own
 * process and waits for it to report its URL.
 */
export function startServer(
  role: 'app' | 'baseline',
  databaseUrl: string,
  env: NodeJS.ProcessEnv,
  script: string = path.join(__dirname, 'child.ts'),
): Promise<ServerProcess> {
  const child = fork(script, [role, databaseUrl], {
    execArgv: [
      ...(script.endsWith('.ts') ? ['-r', '@swc-node/register'] : []),
      // The app runs as `npm start` runs it; the baseline with Node's defaults.
      ...(role === 'app' ? HEAP_FLAGS : []),
    ],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the ${role} server did not start within 120 s`));
    }, 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${role} server exited with ${code} before it was ready`));
    });
    child.once('message', (message: { url: string }) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: message.url,
        pid: child.pid!,
        peakRssMb: () => peakRssMb(child.pid!),
        cpuMs: () => cpuMs(child.pid!),
        stop: () => stop(child),
      });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** VmHWM from /proc (Linux); null elsewhere. */
function peakRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return kb ? Math.round(Number(kb[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name: [state, ppid, ...]. */
function statOf(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** utime + stime (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s). */
export function cpuMs(pid: number): number | null {
  const fields = statOf(pid);
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND : null;
}

/**
 * CPU time of a PostgreSQL server's processes so far (the postmaster and its children: one
 * backend per connection, and the background workers), per pid, in ms.
 */
export function postgresCpu(postmasterPid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const fields = statOf(pid);
    if (fields && (pid === postmasterPid || Number(fields[1]) === postmasterPid)) {
      cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    }
  }
  return cpu;
}

/** CPU used between two snapshots; a backend that started in between counts from zero. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
