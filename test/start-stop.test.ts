import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../server/src/db/embedded-postgres';

const ROOT = path.resolve(__dirname, '..');

// `npm start` without DATABASE_URL: the embedded PostgreSQL starts, is migrated and seeded, the
// API answers, and SIGTERM stops both the server and postgres (no orphan left running).
describe('starting without DATABASE_URL', () => {
  const dataDir = path.join(ROOT, `.data/start-stop-${process.pid}`);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts an embedded PostgreSQL, serves the seeded API, and stops it all on SIGTERM', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        PORT: String(port),
        EMBEDDED_PG_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        SERVE_ADMIN: 'false',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await waitForOutput(child.stdout, 'Tukiverkko is listening', 90_000);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ query: '{ regions { total } }' }),
      });
      expect((await response.json()).data.regions.total).toBe(22);
      const postgresPid = Number(
        readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      expect(isAlive(postgresPid)).toBe(true);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(isAlive(postgresPid)).toBe(false);
      expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});

function waitForOutput(stream: NodeJS.ReadableStream, text: string, timeout: number) {
  return new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" in: ${seen.slice(-2000)}`)),
      timeout,
    );
    stream.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
