import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { logger } from '../../logger';
import { AuditAction, AuditEvent } from '../audit/audit-event.entity';
import type { SessionUser } from '../auth/role';
import type { Referral } from './referral.entity';

interface Reads {
  referral: Referral;
  reason: string;
  /** The GraphQL fields read, e.g. "client", "events.note". */
  fields: Set<string>;
}

/**
 * The access log of one request: every read of a referral's personal data becomes an audit READ
 * event (who, when, which referral, why). The reads of a request are collected and written in one
 * INSERT just before the response is sent (accessLogPlugin); if that fails, the response is
 * replaced by an error, so personal data never leaves without its log entry.
 */
export class AccessLog {
  private readonly pending = new Map<string, Reads>();

  constructor(
    private readonly em: EntityManager,
    private readonly user: SessionUser,
  ) {}

  read(referral: Referral, field: string, info: GraphQLResolveInfo): void {
    const reason = reasonOf(info);
    const key = `${referral.id}|${reason}`;
    const entry = this.pending.get(key) ?? { referral, reason, fields: new Set<string>() };
    entry.fields.add(field);
    this.pending.set(key, entry);
  }

  async flush(): Promise<void> {
    if (!this.pending.size) return;
    const at = new Date();
    const rows = [...this.pending.values()].map(({ referral, reason, fields }) => ({
      id: randomUUID(),
      at,
      actorId: this.user.id,
      actorEmail: this.user.email,
      action: AuditAction.READ,
      entityType: 'Referral',
      entityId: referral.id,
      regionId: referral.region.id,
      changes: {},
      reason: `${reason}; read ${[...fields].sort().join(', ')}`,
    }));
    this.pending.clear();
    await this.em.fork().insertMany(AuditEvent, rows);
  }
}

const logs = new WeakMap<object, AccessLog>();

/** The access log of the request `context` belongs to (one per request). */
export function accessLogOf(context: { em: EntityManager }, user: SessionUser): AccessLog {
  let log = logs.get(context);
  if (!log) {
    log = new AccessLog(context.em, user);
    logs.set(context, log);
  }
  return log;
}

/** Writes each request's access log before its response goes out; withholds it if that fails. */
export const accessLogPlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        try {
          await logs.get(contextValue)?.flush();
        } catch (error) {
          const { name, code } = (error ?? {}) as { name?: string; code?: string };
          logger.error({ error: { name, code } }, 'access log not written: personal data withheld');
          response.body = {
            kind: 'single',
            singleResult: {
              errors: [
                { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ],
            },
          };
        }
      },
    };
  },
};

/**
 * "query ReferralInbox: referrals" or "mutation: receiveReferral": the operation's name (the
 * console names operations after its views) and the root field that led to the data.
 */
export function reasonOf(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  const responseKey = String(path.key);
  const root = info.operation.selectionSet.selections.find(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (selection.alias?.value ?? selection.name.value) === responseKey,
  );
  const field = root?.kind === Kind.FIELD ? root.name.value : responseKey;
  const operation = info.operation.name?.value;
  return `${info.operation.operation}${operation ? ` ${operation}` : ''}: ${field}`;
}
