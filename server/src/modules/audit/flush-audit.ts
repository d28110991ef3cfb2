import {
  ChangeSetType,
  ReferenceKind,
  wrap,
  type ChangeSet,
  type Collection,
  type Dictionary,
  type EntityManager,
  type EntityMetadata,
  type EntityProperty,
  type UnitOfWork,
} from '@mikro-orm/core';
import type { SessionUser } from '../auth/role';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { ScheduleChanges } from './audit-schedule';
import { auditedProps, fieldChanges, sameValue, type FieldChanges } from './audit-values';

/** Not part of the trail: the trail itself, and sign-in sessions (bookkeeping, not content). */
const NOT_AUDITED = new Set(['AuditEvent', 'UserSession']);

/** One record written by the flush, on its way to becoming one audit event. */
interface Written {
  entity: object;
  meta: EntityMetadata<object>;
  action: AuditAction;
  /** Entity data before and after the write (null: did not exist / no longer exists). */
  before: Dictionary | null;
  after: Dictionary | null;
  /** For updates: the keys of the change set's payload. */
  changedKeys?: Set<string>;
  /** Changes of many-to-many links (a service's categories, municipalities). */
  links: FieldChanges;
}

/**
 * Turns the change sets of one flush into audit events: one per record written, with its region
 * and the fields that changed. Reads what the change sets do not hold (a deleted record's links,
 * the hours an owner had, the region of a reception's station) inside the flush's transaction,
 * before anything of the flush is written, so "before" is what was stored.
 */
export class FlushAudit {
  private readonly written = new Map<object, Written>();
  private readonly schedules = new ScheduleChanges(() => this.reader());
  private readonly regions = new Map<string, Promise<string | null>>();
  private readerEm?: EntityManager;

  constructor(
    private readonly em: EntityManager,
    private readonly uow: UnitOfWork,
  ) {}

  async events(actor: SessionUser | null): Promise<AuditEvent[]> {
    for (const changeSet of this.uow.getChangeSets()) this.take(changeSet);
    for (const collection of this.uow.getCollectionUpdates()) await this.takeLinks(collection);
    const described: [Written, FieldChanges][] = [];
    for (const record of this.written.values()) {
      described.push([record, await this.changesOf(record)]);
    }
    // Only now do the owners' changes show which schedules were changed without their owner.
    for (const record of await this.ownersOfUnclaimedSchedules()) {
      described.push([record, await this.changesOf(record)]);
    }

    const at = new Date();
    const events: AuditEvent[] = [];
    const describedByWriter = this.eventsWrittenByHand();
    for (const [record, changes] of described) {
      if (record.action === AuditAction.UPDATE && !Object.keys(changes).length) continue;
      const key = `${record.meta.className}:${wrap(record.entity, true).getPrimaryKey()}`;
      if (describedByWriter.has(key)) continue;
      const data = record.action === AuditAction.DELETE ? record.before : record.after;
      const event = {
        at,
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? null,
        action: record.action,
        entityType: record.meta.className,
        entityId: String(wrap(record.entity, true).getPrimaryKey()),
        regionId: await this.regionOf(record.meta, data),
        changes,
      };
      events.push(this.em.create(AuditEvent, event, { persist: false }));
    }
    return events;
  }

  /**
   * Records whose writer adds its own event in the same flush (e.g. the referral retention job,
   * which names the erased fields and gives a reason): those are not described a second time.
   */
  private eventsWrittenByHand(): Set<string> {
    const keys = new Set<string>();
    for (const changeSet of this.uow.getChangeSets()) {
      const { entity } = changeSet;
      if (entity instanceof AuditEvent && changeSet.type === ChangeSetType.CREATE) {
        keys.add(`${entity.entityType}:${entity.entityId}`);
      }
    }
    return keys;
  }

  private take(changeSet: ChangeSet<object>): void {
    if (NOT_AUDITED.has(changeSet.meta.className) || this.schedules.add(changeSet)) return;
    const { entity, payload, type } = changeSet;
    const meta = changeSet.meta as EntityMetadata<object>;
    if (type === ChangeSetType.CREATE) {
      this.written.set(entity, written(entity, meta, AuditAction.CREATE, null, payload));
    } else if (type === ChangeSetType.UPDATE || type === ChangeSetType.UPDATE_EARLY) {
      const before = changeSet.originalEntity ?? {};
      const record = written(entity, meta, AuditAction.UPDATE, before, { ...before, ...payload });
      this.written.set(entity, { ...record, changedKeys: new Set(Object.keys(payload)) });
    } else {
      const before = this.uow.getOriginalEntityData(entity) ?? {
        id: wrap(entity, true).getPrimaryKey(),
      };
      this.written.set(entity, written(entity, meta, AuditAction.DELETE, before, null));
    }
  }

  /** A changed many-to-many collection: its ids before and after, on its owner's event. */
  private async takeLinks(collection: Collection<object>): Promise<void> {
    const prop = collection.property;
    const owner = collection.owner;
    if (prop.kind !== ReferenceKind.MANY_TO_MANY || !prop.owner) return;
    if (NOT_AUDITED.has(wrap(owner, true).__meta.className)) return;
    const record = this.written.get(owner) ?? this.unchangedOwner(owner);
    const snapshot = collection.getSnapshot();
    const before = snapshot
      ? ids(snapshot)
      : record.action === AuditAction.CREATE
        ? []
        : await this.storedLinks(prop, wrap(owner, true).getPrimaryKey() as string);
    const after = ids(collection.getItems(false));
    if (!sameValue(before, after)) record.links[prop.name] = { before, after };
  }

  /** The owner of changed links, when nothing else of it changed (its version was not bumped). */
  private unchangedOwner(owner: object): Written {
    const data = this.uow.getOriginalEntityData(owner) ?? {};
    const meta = wrap(owner, true).__meta as EntityMetadata<object>;
    const record = {
      ...written(owner, meta, AuditAction.UPDATE, data, data),
      changedKeys: new Set<string>(),
    };
    this.written.set(owner, record);
    return record;
  }

  /** Hours changed in place, without a change of their owner: recorded on the owner. */
  private async ownersOfUnclaimedSchedules(): Promise<Written[]> {
    const owners: Written[] = [];
    for (const scheduleId of this.schedules.unclaimed()) {
      for (const meta of this.scheduleOwners()) {
        const owner = await this.reader().findOne<object>(meta.className, { schedule: scheduleId });
        if (!owner) continue;
        const data = this.reader().getUnitOfWork().getOriginalEntityData(owner) ?? {};
        owners.push({
          ...written(owner, meta, AuditAction.UPDATE, data, data),
          changedKeys: new Set(),
        });
        break;
      }
    }
    return owners;
  }

  private async changesOf(record: Written): Promise<FieldChanges> {
    const { meta, before, after } = record;
    const scheduleProp = scheduleOf(meta);
    const props = auditedProps(meta, scheduleProp ? [scheduleProp.name] : []);
    const changes = fieldChanges(
      meta,
      props,
      before,
      after,
      this.em.getPlatform(),
      record.changedKeys,
    );
    // A deleted record's links are gone with it: what they were is part of what was deleted.
    if (record.action === AuditAction.DELETE) await this.deletedLinks(record);
    Object.assign(changes, record.links);
    if (scheduleProp) {
      const hours = await this.schedules.change(
        idOf(before?.[scheduleProp.name]),
        idOf(after?.[scheduleProp.name]),
      );
      if (hours) changes[scheduleProp.name] = hours;
    }
    return changes;
  }

  private async deletedLinks(record: Written): Promise<void> {
    const id = wrap(record.entity, true).getPrimaryKey() as string;
    for (const prop of record.meta.props as EntityProperty[]) {
      if (prop.kind !== ReferenceKind.MANY_TO_MANY || !prop.owner || record.links[prop.name]) {
        continue;
      }
      const before = await this.storedLinks(prop, id);
      if (before.length) record.links[prop.name] = { before, after: [] };
    }
  }

  /** Ids linked to a record in a many-to-many pivot table, as stored. */
  private async storedLinks(prop: EntityProperty, ownerId: string): Promise<string[]> {
    const rows: Dictionary[] = await this.em
      .getConnection()
      .execute(
        `select "${prop.inverseJoinColumns[0]}" as id from "${prop.pivotTable}" where "${prop.joinColumns[0]}" = ?`,
        [ownerId],
        'all',
        this.em.getTransactionContext(),
      );
    return rows.map((row) => String(row.id)).sort();
  }

  /**
   * The region a record belongs to: a region is its own; otherwise its `region` reference, else
   * that of its station (receptions, services at a station) or of its organization (services
   * without a region of their own). Read from the identity map when the ORM has it.
   */
  private async regionOf(
    meta: EntityMetadata<object>,
    data: Dictionary | null,
  ): Promise<string | null> {
    if (!data) return null;
    if (meta.className === 'Region') return idOf(data.id);
    const own = meta.properties['region' as never] ? idOf(data.region) : null;
    if (own) return own;
    for (const via of ['station', 'organization']) {
      const prop = meta.properties[via as never] as EntityProperty | undefined;
      const id = prop ? idOf(data[via]) : null;
      if (prop && id) return this.regionVia(prop.type, id);
    }
    return null;
  }

  private regionVia(entityName: string, id: string): Promise<string | null> {
    const key = `${entityName}:${id}`;
    let region = this.regions.get(key);
    if (!region) {
      const loaded = this.uow.getById<RegionHolder>(entityName, id as never);
      region =
        loaded && wrap(loaded, true).isInitialized()
          ? Promise.resolve(loaded.region?.id ?? null)
          : this.reader()
              .findOne<RegionHolder>(entityName, { id } as never, { fields: ['region'] as never })
              .then((found) => found?.region?.id ?? null);
      this.regions.set(key, region);
    }
    return region;
  }

  private scheduleOwners(): EntityMetadata<object>[] {
    return Object.values(this.em.getMetadata().getAll()).filter((meta) =>
      scheduleOf(meta),
    ) as EntityMetadata<object>[];
  }

  /** A separate identity map in the same transaction, so reads leave the flush untouched. */
  private reader(): EntityManager {
    this.readerEm ??= this.em.fork({ keepTransactionContext: true, clear: true });
    return this.readerEm;
  }
}

function written(
  entity: object,
  meta: EntityMetadata<object>,
  action: AuditAction,
  before: Dictionary | null,
  after: Dictionary | null,
): Written {
  return { entity, meta, action, before, after, links: {} };
}

/** Any record with a region reference. */
interface RegionHolder {
  region?: { id: string } | null;
}

/** The owning one-to-one reference to a Schedule, if the entity has opening hours. */
function scheduleOf(meta: EntityMetadata<any>): EntityProperty | undefined {
  return (meta.props as EntityProperty[]).find(
    (prop) => prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner && prop.type === 'Schedule',
  );
}

function idOf(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  return String(value);
}

function ids(items: object[]): string[] {
  return items.map((item) => String(wrap(item, true).getPrimaryKey())).sort();
}
