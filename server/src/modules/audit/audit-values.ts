import {
  ReferenceKind,
  type Dictionary,
  type EntityMetadata,
  type EntityProperty,
  type Platform,
} from '@mikro-orm/core';

/** One changed field of an audit event. */
export interface FieldChange {
  before: unknown;
  after: unknown;
}
export type FieldChanges = Record<string, FieldChange>;

/** Bookkeeping every record has; it says nothing an administrator would look for. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt']);
/** Fields a system process changes by itself, e.g. the time of the last sign-in. */
const SYSTEM_FIELDS: Record<string, string[]> = { User: ['lastLoginAt'] };
/**
 * Hidden properties (password hashes, and personal data that must not leave the record) are
 * recorded only as "it changed", never with a value, under these names.
 */
const REDACTED_AS: Record<string, string> = { passwordHash: 'passwordChanged' };

/**
 * The fields of a record the trail describes: plain columns, localized texts and references to
 * one record. Identity and bookkeeping are left out, and so are the properties `except` names
 * (the caller describes those itself, e.g. a schedule).
 */
export function auditedProps<T>(meta: EntityMetadata<T>, except: string[] = []): EntityProperty[] {
  const system = SYSTEM_FIELDS[meta.className] ?? [];
  return meta.props.filter(
    (prop) =>
      !prop.primary &&
      !prop.embedded && // the columns of an embedded text; the text itself is described instead
      prop.persist !== false &&
      !BOOKKEEPING.has(prop.name) &&
      !system.includes(prop.name) &&
      !except.includes(prop.name) &&
      (prop.kind === ReferenceKind.SCALAR ||
        prop.kind === ReferenceKind.EMBEDDED ||
        prop.kind === ReferenceKind.MANY_TO_ONE ||
        (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)),
  ) as EntityProperty[];
}

/**
 * Before/after of the audited fields between two snapshots in the ORM's entity-data form (what
 * `originalEntityData` and change-set payloads hold). With `changedKeys` (an update's payload)
 * only those fields are looked at; values equal after conversion are not changes.
 */
export function fieldChanges<T>(
  meta: EntityMetadata<T>,
  props: EntityProperty[],
  before: Dictionary | null,
  after: Dictionary | null,
  platform: Platform,
  changedKeys?: Set<string>,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const prop of props) {
    if (changedKeys && !dataKeys(meta, prop).some((key) => changedKeys.has(key))) continue;
    const old = before ? plainValue(meta, prop, before, platform) : null;
    const now = after ? plainValue(meta, prop, after, platform) : null;
    if (sameValue(old, now)) continue;
    if (prop.hidden) {
      // A deleted record's secret is not a change anyone needs to read about.
      if (after) changes[REDACTED_AS[prop.name] ?? `${prop.name}Changed`] = redacted();
      continue;
    }
    changes[prop.name] = { before: old, after: now };
  }
  return changes;
}

const redacted = (): FieldChange => ({ before: false, after: true });

/** The keys of entity data a property is stored under: an inline embeddable has one per column. */
function dataKeys<T>(meta: EntityMetadata<T>, prop: EntityProperty): string[] {
  if (prop.kind !== ReferenceKind.EMBEDDED || prop.object) return [prop.name];
  return embeddedColumns(meta, prop).map((column) => column.name);
}

function embeddedColumns<T>(meta: EntityMetadata<T>, prop: EntityProperty): EntityProperty[] {
  return (meta.props as EntityProperty[]).filter((column) => column.embedded?.[0] === prop.name);
}

/**
 * A property's value as plain JSON: localized texts as { fi, sv, en } (null when empty),
 * references as ids, arrays as arrays, instants as ISO strings.
 */
export function plainValue<T>(
  meta: EntityMetadata<T>,
  prop: EntityProperty,
  data: Dictionary,
  platform: Platform,
): unknown {
  if (prop.kind === ReferenceKind.EMBEDDED && !prop.object) {
    const columns = embeddedColumns(meta, prop);
    const text = Object.fromEntries(
      columns.map((column) => [column.embedded![1], plain(data[column.name])]),
    );
    return Object.values(text).every((value) => value == null) ? null : text;
  }
  const value = data[prop.name];
  if (value == null) return null;
  // Entity data holds database forms for custom types, e.g. '{fi,sv}' for a text[] column.
  return plain(prop.customType ? prop.customType.convertToJSValue(value, platform) : value);
}

/** Dates as ISO strings, recursively; undefined as null. */
export function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
