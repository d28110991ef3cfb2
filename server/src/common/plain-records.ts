import type { Collection, EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { LocalizedText } from './localized-text';
import { uuidArray } from './sql-params';
import { readRows } from '../db/read-rows';

/**
 * Plain records: rows the public read path reads with its own SQL instead of building managed ORM
 * entities (see service-catalogue/station-deliveries.loader.ts for why). A plain record has the
 * entity's fields, so the same GraphQL field resolvers serve both; its references and collections
 * load the ORM entity only when a field asks for them, batched by the ORM's dataloader.
 */

/**
 * A plain record of an entity class from its row and its other fields: an object with the entity's
 * prototype in its chain (so type-graphql takes it as the class and does not copy it into a new
 * entity for every field resolver) whose fields are its own plain properties.
 *
 * `fields` must be a fresh object literal naming every other field, which becomes the record
 * itself. How it is built matters on the widest reads (a thousand records per request), measured on
 * Node 20: copying the fields onto `Object.create(prototype)` (`Object.assign`) adds them one by one
 * and turns an object of more than a dozen fields into a slow dictionary (about 5 µs per record,
 * and every later field read slower), and a literal that starts with a spread
 * (`{ ...base, name, ... }`) builds new hidden classes for every record (about 20 µs). A literal
 * whose prototype is set afterwards costs about 0.2 µs.
 */
export function plainRecord<T extends object>(
  entity: EntityClass<T>,
  row: BaseRow,
  fields: object,
): T {
  const record = fields as Record<string | symbol, unknown>;
  record.id = row.id;
  record.version = row.version;
  record[CREATED_AT_TEXT] = row.created_at;
  record[UPDATED_AT_TEXT] = row.updated_at;
  return Object.setPrototypeOf(record, plainPrototype(entity, record)) as T;
}

/**
 * A record's timestamps are kept as the row's text and made `Date`s only when read: parsing two
 * dates per record was about 4% of the server's CPU for a page of 50 stations with their services
 * (some 1,300 records, the timestamps of which an answer rarely asks).
 */
const CREATED_AT_TEXT = Symbol('createdAt text');
const UPDATED_AT_TEXT = Symbol('updatedAt text');
const TIMESTAMPS = { createdAt: CREATED_AT_TEXT, updatedAt: UPDATED_AT_TEXT };

function defineTimestamps(prototype: object): void {
  for (const [name, text] of Object.entries(TIMESTAMPS)) {
    Object.defineProperty(prototype, name, {
      get(this: Record<symbol, string>) {
        return new Date(this[text]);
      },
      // Set on a record (nothing does today): an own value from then on, as for any other field.
      set(this: object, value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true });
      },
      enumerable: true,
    });
  }
}

const plainPrototypes = new WeakMap<object, object>();

/**
 * The ORM puts a setter on the entity prototype for some fields (to track changes of managed
 * entities). A record's own fields shadow them; a prototype in between shadows them too with
 * plain writable properties, so that setting any of those fields of a plain record later just
 * stores it. Made once per entity, with the fields of its first record.
 */
function plainPrototype(entity: EntityClass<object>, fields: object): object {
  let prototype = plainPrototypes.get(entity);
  if (!prototype) {
    prototype = Object.create(entity.prototype) as object;
    for (const name of Object.keys(fields)) {
      Object.defineProperty(prototype, name, { value: undefined, writable: true });
    }
    defineTimestamps(prototype);
    plainPrototypes.set(entity, prototype);
  }
  return prototype;
}

/**
 * SQL columns: the timestamps of the rows of `alias` as ISO 8601 text (the ORM has PostgreSQL
 * return timestamps as text, in a form `Date` cannot read). Listed after `alias.*`, they win.
 */
export function timestampsAsText(alias: string): string {
  return `${timestampAsText(`${alias}.created_at`)} as created_at, ${timestampAsText(`${alias}.updated_at`)} as updated_at`;
}

/** An SQL value: the timestamp `column` as ISO 8601 text (see `timestampsAsText`). */
export function timestampAsText(column: string): string {
  return `to_jsonb(${column}) #>> '{}'`;
}

/** The columns of every record (common/base.entity.ts), read with `timestampsAsText`. */
export interface BaseRow {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * One id (`station(id)`, the most frequent read) is passed as an array of one written in the
 * statement, not as an array parameter: PostgreSQL keeps the plan of a named statement only when
 * it costs no more than planning anew for the values at hand, and for an array parameter of
 * unknown length it never did, so it planned `station(id)` with its services at every run (0.7
 * ms of its 1.2 ms).
 */
const IDS_PARAMETER = 'any(?::uuid[])';
const ONE_ID_PARAMETER = 'any(array[?::uuid])';

/**
 * Plain records of one kind by id, one statement per batch: `sqlOfRequest()` gives the statement
 * (its one parameter is the array of ids) when a request first asks, so it can depend on who is
 * asking; `recordOf` makes a record of a row. Null for an id without a row.
 */
export function recordsById<T>(
  sqlOfRequest: () => string,
  recordOf: (em: EntityManager, row: any) => T,
): (em: EntityManager, id: string) => Promise<T | null> {
  // One loader per EntityManager: per request, or per transaction.
  const loaders = new WeakMap<EntityManager, DataLoader<string, T | null>>();
  return (em, id) => {
    let loader = loaders.get(em);
    if (!loader) {
      const sql = sqlOfRequest();
      const oneIdSql = sql.includes(IDS_PARAMETER)
        ? sql.replace(IDS_PARAMETER, ONE_ID_PARAMETER)
        : null;
      loader = new DataLoader(async (ids) => {
        // Ids are stored foreign keys or checked UUIDs, passed as one array parameter.
        const rows =
          ids.length === 1 && oneIdSql
            ? await readRows<{ id: string }>(em, oneIdSql, [ids[0]])
            : await readRows<{ id: string }>(em, sql, [uuidArray(ids)]);
        const byId = new Map(rows.map((row) => [row.id, recordOf(em, row)]));
        return ids.map((one) => byId.get(one) ?? null);
      });
      loaders.set(em, loader);
    }
    return loader.load(id);
  };
}

/**
 * Stands in for `Ref<T>`: `id` at once, the entity on `load()`. A class, not an object literal with
 * a closure: a page of stations makes a few thousand of these, and the closure was a second object
 * for each (the same for `loadedRef` and `lazyCollection`, below).
 */
class LazyRef<T extends object> {
  readonly #em: EntityManager;
  readonly #entity: EntityClass<T>;
  constructor(
    em: EntityManager,
    entity: EntityClass<T>,
    readonly id: string,
  ) {
    this.#em = em;
    this.#entity = entity;
  }

  load() {
    return this.#em
      .getReference(this.#entity, this.id as never, { wrapped: true })
      .load({ dataloader: true });
  }
}

export function lazyRef<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string) {
  return new LazyRef(em, entity, id);
}

/** Stands in for a loaded `Ref<T>`: a record read in the same statement as its owner. */
class LoadedRef<T extends { id: string }> {
  readonly #record: T;
  readonly id: string;
  constructor(record: T) {
    this.#record = record;
    this.id = record.id;
  }

  load(): Promise<T> {
    return Promise.resolve(this.#record);
  }

  getEntity(): T {
    return this.#record;
  }

  isInitialized(): boolean {
    return true;
  }
}

export function loadedRef<T extends { id: string }>(record: T) {
  return new LoadedRef(record);
}

/**
 * What a field resolver returns for a reference: the record itself when it is already there (a
 * record read with its owner, or an ORM reference already loaded), else the promise of loading it.
 * A value instead of a promise spares graphql-js a promise for the field and for its parent object:
 * a page of 50 stations made some 23,000 promises, each also seen by the async hooks of the
 * request's AsyncLocalStorage.
 */
export function refValue<T>(ref: {
  load(): Promise<T | null>;
  isInitialized?(): boolean;
  getEntity?(): T;
}): T | Promise<T | null> {
  return ref.getEntity && ref.isInitialized?.() ? ref.getEntity() : ref.load();
}

/** Stands in for a collection of the record: loads the owner entity, then its collection. */
class LazyCollection<T extends object> {
  readonly #em: EntityManager;
  readonly #entity: EntityClass<T>;
  readonly #id: string;
  readonly #property: keyof T & string;
  constructor(em: EntityManager, entity: EntityClass<T>, id: string, property: keyof T & string) {
    this.#em = em;
    this.#entity = entity;
    this.#id = id;
    this.#property = property;
  }

  async load(options?: object) {
    const owner = (await lazyRef(this.#em, this.#entity, this.#id).load()) as T | null;
    if (!owner) return { getItems: () => [] };
    return (owner[this.#property] as Collection<object>).load(options);
  }
}

export function lazyCollection<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  property: keyof T & string,
) {
  return new LazyCollection(em, entity, id, property);
}

/** A nullable localized text stored as three columns: null when all three are. */
export function localizedTextOf(
  fi: string | null,
  sv: string | null,
  en: string | null,
): LocalizedText | null {
  return fi === null && sv === null && en === null ? null : { fi: fi as string, sv, en };
}
