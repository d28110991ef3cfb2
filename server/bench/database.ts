import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { startThrowawayPostgres } from '../src/db/embedded-postgres';
import { ormConfig } from '../src/db/orm-config';
import { PROJECT_ROOT } from '../src/db/project-root';

export interface BenchDatabase {
  url: string;
  /** Where it runs, for the report. */
  where: string;
  /** The postmaster's pid when the benchmark started it (its CPU time is then measurable). */
  postmasterPid: number | null;
  /** Drops the database, and stops the embedded PostgreSQL if one was started. */
  drop(): Promise<void>;
}

/**
 * A database of the benchmark's own: on the server of DATABASE_URL when set, otherwise on an
 * embedded PostgreSQL started in .data/bench-<pid> (removed afterwards).
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `tukiverkko_bench_${process.pid}`;
  if (process.env.DATABASE_URL) {
    const admin = process.env.DATABASE_URL;
    await onServer(admin, `create database "${name}"`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      where: `${url.host} (DATABASE_URL)`,
      postmasterPid: null,
      drop: () => onServer(admin, `drop database if exists "${name}" with (force)`),
    };
  }
  const dataDir = path.join(PROJECT_ROOT, `.data/bench-${process.pid}`);
  const embedded = await startThrowawayPostgres(dataDir);
  await embedded.createDatabase(name);
  return {
    url: embedded.url(name),
    where: 'embedded PostgreSQL (npm binaries)',
    postmasterPid: Number.parseInt(
      readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      10,
    ),
    drop: () => embedded.stop(),
  };
}

/** The real migrations, as the server would apply them. */
export async function migrate(url: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
