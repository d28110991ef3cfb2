import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionUser } from '../modules/auth/role';
import { assertCanWrite, assertMayWriteDirectory, type WriteScope } from './authorization';
import { BaseEntity } from './base.entity';
import {
  BadUserInputError,
  ConflictError,
  FieldErrors,
  NotFoundError,
  StaleVersionError,
} from './errors';
import { BaseFilter, isUuid, likePattern, UpdateBase } from './filter';
import { DEFAULT_PAGE_SIZE, Page, PageInput, SortLike, SortOrder } from './list';

export type WriteOperation = 'create' | 'update' | 'delete';

/**
 * The list/get/create/update/delete rules every directory entity shares. A subclass says how its
 * filter maps to a query, how an input is applied (and validated against the domain), what
 * depends on a record so that deleting it must be refused, and what a record is to the
 * authorization policy (its region and kind), which every write checks.
 */
export abstract class CrudService<
  T extends BaseEntity<any>,
  C extends object,
  U extends UpdateBase,
  F extends BaseFilter,
> {
  protected abstract readonly entity: EntityClass<T>;
  /** Human name used in messages, e.g. "Station". */
  protected abstract readonly label: string;
  /** Property paths searched by `q`, e.g. ['name.fi', 'name.sv', 'code']. */
  protected abstract readonly searchPaths: string[];
  /**
   * To-one relations joined into the list query, for those nearly every list shows (a station's
   * region and municipality): no separate statement for them.
   */
  protected readonly listPopulate: string[] = [];

  constructor(
    protected readonly em: EntityManager,
    /** Who is asking; null for anonymous requests, which may read but not write. */
    protected readonly user: SessionUser | null,
  ) {}

  /** Entity-specific filters beyond ids and q. */
  protected abstract where(filter: F): FilterQuery<T>[];
  /** Sort enum value -> ordering. */
  protected abstract orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<T>;
  /** Copies a create or update input onto the entity; throws BadUserInputError on domain rules. */
  protected abstract apply(
    em: EntityManager,
    entity: T,
    input: C | U,
    creating: boolean,
  ): Promise<void>;
  /** Names of what still refers to the record ("3 stations"); non-empty refuses the delete. */
  protected abstract dependents(em: EntityManager, entity: T): Promise<string[]>;
  /**
   * What the record is to the authorization policy: its region, and what kind of record (reference
   * data, a regional record, third sector). Asked about the record as stored and as it would be
   * after an update, so that a record cannot be moved out of reach either.
   */
  protected abstract scopeOf(
    em: EntityManager,
    entity: T,
    operation: WriteOperation,
  ): Promise<WriteScope>;

  async list(filter?: F | null, sort?: SortLike | null, page?: PageInput | null): Promise<Page<T>> {
    const { where, ...options } = this.listQuery(filter, sort, page);
    const [items, total] = await this.em.findAndCount(this.entity, where, {
      ...options,
      populate: this.listPopulate as never,
    });
    return { items, total };
  }

  /** What `list` asks the ORM for: the condition, the order and the page. */
  protected listQuery(filter?: F | null, sort?: SortLike | null, page?: PageInput | null) {
    const conditions: FilterQuery<T>[] = filter ? this.where(filter) : [];
    if (filter?.ids) conditions.push({ id: { $in: filter.ids } } as unknown as FilterQuery<T>);
    if (filter?.q?.trim()) conditions.push(this.search(filter.q));
    const order = sort?.order === SortOrder.DESC ? 'desc' : 'asc';
    return {
      where: (conditions.length ? { $and: conditions } : {}) as FilterQuery<T>,
      orderBy: [this.orderBy(sort?.field ?? 'NAME', order), { id: 'asc' } as QueryOrderMap<T>],
      offset: page?.offset ?? 0,
      limit: page?.limit ?? DEFAULT_PAGE_SIZE,
    };
  }

  /** @param _readAhead what the answer asks below the record (crud.resolver.ts `readAhead`) */
  async get(id: string, _readAhead?: unknown): Promise<T | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(this.entity, { id } as FilterQuery<T>);
  }

  async create(input: C): Promise<T> {
    assertMayWriteDirectory(this.user);
    return this.em.transactional(async (em) => {
      const entity = em.create(this.entity, {} as never, { persist: false });
      await this.apply(em, entity, input, true);
      await this.authorize(em, entity, 'create');
      em.persist(entity);
      await em.flush();
      return entity;
    });
  }

  async update(input: U): Promise<T> {
    assertMayWriteDirectory(this.user);
    return this.em.transactional(async (em) => {
      const entity = await this.mustFind(em, input.id);
      await this.authorize(em, entity, 'update');
      if (entity.version !== input.version) throw new StaleVersionError(this.label, input.id);
      await this.apply(em, entity, input, false);
      // Again on the result: a record may not be moved into a region the user cannot write.
      await this.authorize(em, entity, 'update');
      await em.flush();
      return entity;
    });
  }

  async delete(id: string): Promise<boolean> {
    assertMayWriteDirectory(this.user);
    return this.em.transactional(async (em) => {
      const entity = await this.mustFind(em, id);
      await this.authorize(em, entity, 'delete');
      const blocking = await this.dependents(em, entity);
      if (blocking.length) {
        throw new ConflictError(
          `${this.label} ${id} cannot be deleted while it has ${blocking.join(', ')}`,
          { reason: 'REFERENCED', dependents: blocking },
        );
      }
      em.remove(entity);
      await em.flush();
      return true;
    });
  }

  /** Throws FORBIDDEN (before anything is flushed) unless the user may write the record. */
  private async authorize(em: EntityManager, entity: T, operation: WriteOperation): Promise<void> {
    assertCanWrite(this.user, await this.scopeOf(em, entity, operation));
  }

  protected async mustFind(em: EntityManager, id: string): Promise<T> {
    const entity = isUuid(id) ? await em.findOne(this.entity, { id } as FilterQuery<T>) : null;
    if (!entity) throw new NotFoundError(this.label, id);
    return entity;
  }

  /** Loads a referenced record by id, or fails naming the input field. */
  protected async reference<R extends object>(
    em: EntityManager,
    type: EntityClass<R>,
    id: string,
    field: string,
  ): Promise<R> {
    const found = isUuid(id) ? await em.findOne(type, { id } as FilterQuery<R>) : null;
    if (!found) throw BadUserInputError.field(field, 'no such record');
    return found;
  }

  protected search(q: string): FilterQuery<T> {
    const pattern = likePattern(q);
    return {
      $or: this.searchPaths.map((path) => nest(path, { $ilike: pattern })),
    } as FilterQuery<T>;
  }
}

/** 'name.fi' + condition -> { name: { fi: condition } } */
function nest(path: string, condition: object): object {
  return path
    .split('.')
    .reverse()
    .reduce<object>((inner, key) => ({ [key]: inner }), condition);
}

/** Throws one BadUserInputError for all collected field problems, if any. */
export function throwIfAny(fields: FieldErrors): void {
  if (Object.keys(fields).length) throw new BadUserInputError(fields);
}

export function countLabel(count: number, singular: string, plural: string): string[] {
  return count > 0 ? [`${count} ${count === 1 ? singular : plural}`] : [];
}
