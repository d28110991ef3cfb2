import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { logger } from '../../logger';
import { AuditAction, AuditEvent } from '../audit/audit-event.entity';
import { PERSONAL_FIELDS } from './personal-fields';
import { ReferralEvent } from './referral-event.entity';
import { Referral } from './referral.entity';
import { ReferralAction } from './referral.enums';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionOptions {
  /** Days after closing that personal data is kept. */
  retentionDays: number;
  /** The current time (injected by tests). */
  now: Date;
}

/**
 * Erases the personal data (PERSONAL_FIELDS, also the notes of the history) of every referral
 * closed at least `retentionDays` ago, one transaction per referral. What stays is anonymous:
 * kind, topics, stations, region, times, status, outcome. Idempotent: an erased referral is
 * marked and never picked again (unless converted and sent anew). Returns how many were erased.
 */
export async function eraseExpiredPersonalData(
  orm: { em: EntityManager },
  options: RetentionOptions,
): Promise<number> {
  const cutoff = new Date(options.now.getTime() - options.retentionDays * DAY_MS);
  const due = { closedAt: { $lte: cutoff }, personalDataErasedAt: null };
  const candidates = await orm.em
    .fork()
    .find(Referral, due, { fields: ['id'], orderBy: { closedAt: 'asc' } });
  let erased = 0;
  for (const { id } of candidates) {
    try {
      if (await eraseOne(orm.em.fork(), id, due, options)) erased++;
    } catch (error) {
      // The error of a write may quote its SQL values: log what kind of error it was, not its text.
      logger.error(
        { referralId: id, error: describe(error) },
        'retention: erasing a referral failed',
      );
    }
  }
  if (erased) logger.info({ erased }, 'retention: personal data of closed referrals erased');
  return erased;
}

async function eraseOne(
  em: EntityManager,
  id: string,
  due: object,
  { retentionDays, now }: RetentionOptions,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    // Locked and checked again: a user may have converted or erased it since the list was read.
    const referral = await tx.findOne(
      Referral,
      { id, ...due },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!referral) return false;
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const field of PERSONAL_FIELDS.Referral) {
      // Names only, never values (the audit trail's convention for hidden fields).
      if (referral[field] != null) changes[`${field}Changed`] = { before: false, after: true };
      referral[field] = null;
    }
    const notes = await tx.nativeUpdate(
      ReferralEvent,
      { referral: id, note: { $ne: null } },
      {
        note: null,
      },
    );
    if (notes) changes.eventNotesChanged = { before: false, after: true };
    referral.personalDataErasedAt = now;
    tx.create(ReferralEvent, {
      referral,
      actor: null,
      action: ReferralAction.ERASE,
      fromStatus: referral.status,
      toStatus: referral.status,
      at: now,
    });
    tx.create(AuditEvent, {
      at: now,
      actorId: null,
      actorEmail: null,
      action: AuditAction.UPDATE,
      entityType: 'Referral',
      entityId: referral.id,
      regionId: referral.region.id,
      changes,
      reason: `retention: personal data erased ${retentionDays} days after closing`,
    });
    await tx.flush();
    return true;
  });
}

export interface RetentionJob {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs the erasure at start and then every `intervalMinutes`, on an unref'd timer (it never keeps
 * the process alive). Runs never overlap.
 */
export function startRetentionJob(
  orm: MikroORM,
  options: { retentionDays: number; intervalMinutes: number; clock?: () => Date },
): RetentionJob {
  const clock = options.clock ?? (() => new Date());
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = eraseExpiredPersonalData(orm, { retentionDays: options.retentionDays, now: clock() })
      .then(
        () => undefined,
        (error) => logger.error({ error: describe(error) }, 'retention: the run failed'),
      )
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, Math.max(1, options.intervalMinutes) * 60 * 1000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

function describe(error: unknown): { name: string; code?: string } {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  return { name: name ?? 'Error', ...(code ? { code } : {}) };
}
