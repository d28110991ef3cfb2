import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ClientError, GraphQLClient, Variables } from 'graphql-request';
import { Client } from 'pg';
import { createApp, RunningApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import type { Role } from '../../server/src/modules/auth/role';
import { createTestUser, TestUser, TestUserOptions } from './users';

/** Talks GraphQL over HTTP to the real server, anonymously or with a session cookie. */
export interface ApiClient {
  /** GraphQL over HTTP against the real server. */
  gql<T = any>(query: string, variables?: Variables): Promise<T>;
  /** Runs a request expected to fail and returns its first error. */
  gqlError(query: string, variables?: Variables): Promise<GraphQLErrorShape>;
  /** Raw HTTP response, for headers such as x-sql-statements or set-cookie. */
  post(query: string, variables?: Variables): Promise<Response>;
}

export interface TestServer extends ApiClient {
  app: RunningApp;
  /** Direct SQL on this file's database, to check what a request really stored. */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  /** Signs in through the real login mutation and returns a client carrying the session cookie. */
  signIn(email: string, password: string): Promise<ApiClient & { cookie: string }>;
  /** Creates a user (directly in the database) and signs in as them. */
  as(
    role: Role,
    options?: TestUserOptions,
  ): Promise<ApiClient & { cookie: string; user: TestUser }>;
  stop(): Promise<void>;
}

export interface GraphQLErrorShape {
  message: string;
  extensions: { code: string; fields?: Record<string, string[]>; [key: string]: unknown };
}

/**
 * Gives the calling test file its own fresh database (real migrations and seeders) and the real
 * app on a free port.
 */
export async function startTestServer(): Promise<TestServer> {
  const { databaseUrl, drop } = await createTestDatabase();
  const app = await createApp({
    ...loadConfig({}),
    port: 0,
    databaseUrl,
    serveAdmin: false,
    seedWhenEmpty: true,
    countSql: true,
  });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const sql = async (text: string, params?: unknown[]) => (await db.query(text, params)).rows;
  const signIn = async (email: string, password: string) => {
    const response = await apiClient(app.url).post(LOGIN, { email, password });
    const body = await response.json();
    if (body.errors) throw new Error(`login failed: ${body.errors[0].message}`);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    return { ...apiClient(app.url, cookie), cookie };
  };

  return {
    app,
    ...apiClient(app.url),
    sql,
    signIn,
    async as(role, options) {
      const user = await createTestUser(sql, role, options);
      return { ...(await signIn(user.email, user.password)), user };
    },
    async stop() {
      await db.end();
      await app.stop();
      await drop();
    },
  };
}

export function apiClient(url: string, cookie?: string): ApiClient {
  // Closed connections: kept-alive sockets would hold the jest worker open after the tests.
  const headers: Record<string, string> = { connection: 'close', ...(cookie ? { cookie } : {}) };
  const client = new GraphQLClient(`${url}/graphql`, { headers });
  return {
    gql: (query, variables) => client.request(query, variables),
    async gqlError(query, variables) {
      try {
        await client.request(query, variables);
      } catch (error) {
        if (error instanceof ClientError && error.response.errors?.length) {
          return error.response.errors[0] as unknown as GraphQLErrorShape;
        }
        throw error;
      }
      throw new Error('Expected the request to fail, but it succeeded');
    },
    post: (query, variables) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      }),
  };
}

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;

/** An empty database of its own on the test PostgreSQL, and a way to drop it. */
export async function createTestDatabase(): Promise<{
  databaseUrl: string;
  drop(): Promise<void>;
}> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_PG_ADMIN_URL is not set: run the tests with `npm test`');
  const database = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await withClient(adminUrl, (client) => client.query(`create database "${database}"`));
  return {
    databaseUrl: withDatabase(adminUrl, database),
    drop: async () => {
      await withClient(adminUrl, (c) =>
        c.query(`drop database if exists "${database}" with (force)`),
      );
    },
  };
}

async function withClient<T>(url: string, task: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
