import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import { GraphQLError } from 'graphql';
import { flattenValidationErrors } from '../src/common/format-error';
import { hashPassword } from '../src/modules/auth/auth.service';
import { Role } from '../src/modules/auth/role';
import { UserSession } from '../src/modules/auth/user-session.entity';
import { User } from '../src/modules/auth/user.entity';
import {
  CreateUserInput,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from '../src/modules/auth/user.inputs';
import { normaliseEmail, UserService } from '../src/modules/auth/user.service';
import { Region } from '../src/modules/region/region.entity';
import { withDatabase } from './with-database';

const USAGE = `Creates a user, e.g. the first national administrator:

  npm run user:create -- --email admin@example.fi --role NATIONAL_ADMIN [--name "Full Name"]
  npm run user:create -- --email ra@example.fi --role REGION_ADMIN --region keski-suomi
  npm run user:create -- --email admin@example.fi --reset-password

The password comes from the environment variable TUKIVERKKO_PASSWORD, or is asked on the
terminal (not echoed). At least ${MIN_PASSWORD_LENGTH} characters.

  --email           sign-in email (required)
  --role            ${Object.values(Role).join(' | ')} (required unless --reset-password)
  --name            full name (default: the part of the email before @)
  --region          region code, e.g. keski-suomi (every role but NATIONAL_ADMIN)
  --reset-password  give an existing user a new password, activate them, end their sessions
`;

/** `npm run user:create`: the first administrator (or any user) without the API. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      region: { type: 'string' },
      'reset-password': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return usage(0);
  if (!values.email) return usage(1, '--email is required');
  const reset = values['reset-password'] ?? false;
  const role = values.role?.toUpperCase() as Role | undefined;
  if (!reset && !(role && Object.values(Role).includes(role))) {
    return usage(1, `--role must be one of ${Object.values(Role).join(', ')}`);
  }

  const password = await readPassword();
  const problems = passwordProblems(password);
  if (problems) return fail(problems);

  let status = 0;
  await withDatabase(async (orm) => {
    const em = orm.em.fork() as EntityManager;
    status = reset
      ? await resetPassword(em, values.email!, password)
      : await create(em, {
          email: values.email!,
          name: values.name ?? values.email!.split('@')[0],
          role: role!,
          region: values.region,
          password,
        });
  });
  return status;
}

async function create(
  em: EntityManager,
  args: { email: string; name: string; role: Role; region?: string; password: string },
): Promise<number> {
  const input = Object.assign(new CreateUserInput(), {
    email: args.email,
    name: args.name,
    role: args.role,
    password: args.password,
    regionId: null as string | null,
  });
  if (args.region) {
    const region = await em.findOne(Region, { code: args.region });
    if (!region) return fail(`No region with the code "${args.region}"`);
    input.regionId = region.id;
  }
  const errors = await validate(input, { validationError: { target: false, value: false } });
  if (errors.length) return fail(describe(flattenValidationErrors(errors)));
  // The same rules as the API, as a national administrator would apply them.
  const system = {
    id: 'user:create',
    email: '',
    role: Role.NATIONAL_ADMIN,
    regionId: null,
    counsellorId: null,
  };
  try {
    const user = await new UserService(em, system).create(input);
    console.log(`Created ${user.role} ${user.email} (id ${user.id})`);
    return 0;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      return fail(
        `A user with the email ${normaliseEmail(args.email)} already exists (see --reset-password)`,
      );
    }
    if (error instanceof GraphQLError) {
      const fields = error.extensions.fields as Record<string, string[]> | undefined;
      return fail(fields ? describe(fields) : error.message);
    }
    throw error;
  }
}

async function resetPassword(em: EntityManager, email: string, password: string): Promise<number> {
  const user = await em.findOne(User, { email: normaliseEmail(email) });
  if (!user) return fail(`No user with the email ${normaliseEmail(email)}`);
  user.passwordHash = await hashPassword(password);
  user.active = true;
  await em.nativeUpdate(UserSession, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
  await em.flush();
  console.log(`New password set for ${user.role} ${user.email}; their sessions ended`);
  return 0;
}

function passwordProblems(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  }
  return null;
}

/** TUKIVERKKO_PASSWORD, or asked twice on the terminal without echo, or one line of stdin. */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.TUKIVERKKO_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return readLine();
  const first = await askHidden('Password: ');
  const again = await askHidden('Password again: ');
  if (first !== again) throw new UsageError('The passwords differ');
  return first;
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let typed = '';
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return done();
        if (char === '\u0003') return done(new UsageError('Cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

function readLine(): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    let first: string | undefined;
    lines.once('line', (line) => {
      first = line;
      lines.close();
    });
    lines.once('close', () => resolve(first ?? ''));
  });
}

class UsageError extends Error {}

function describe(fields: Record<string, string[]>): string {
  return Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
    .join('\n');
}

function usage(status: number, problem?: string): number {
  if (problem) console.error(problem + '\n');
  (status ? console.error : console.log)(USAGE);
  return status;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exit(1);
  },
);
