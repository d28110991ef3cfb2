import type { Collection, EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from './localized-text';

/**
 * Plain records: rows the public read path reads with its own SQL instead of building managed ORM
 * entities (see service-catalogue/station-deliveries.loader.ts for why). A plain record has the
 * entity's fields, so the same GraphQL field resolvers serve both; its references and collections
 * load the ORM entity only when a field asks for them, batched by the ORM's dataloader.
 */

/**
 * A plain record of an entity class: an object with the entity's prototype (so type-graphql takes
 * it as the class and does not copy it into a new entity for every field resolver) whose fields
 * are its own data properties (so the ORM's reference setters on the prototype never run).
 */
export function plainRecord<T extends object>(entity: EntityClass<T>, fields: object): T {
  return Object.create(entity.prototype, Object.getOwnPropertyDescriptors(fields)) as T;
}

/** Stands in for `Ref<T>`: `id` at once, the entity on `load()`. */
export function lazyRef<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string) {
  return {
    id,
    load: () => em.getReference(entity, id as never, { wrapped: true }).load({ dataloader: true }),
  };
}

/** Stands in for a collection of the record: loads the owner entity, then its collection. */
export function lazyCollection<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  property: keyof T & string,
) {
  return {
    load: async (options?: object) => {
      const owner = (await lazyRef(em, entity, id).load()) as T | null;
      if (!owner) return { getItems: () => [] };
      return (owner[property] as Collection<object>).load(options);
    },
  };
}

/** A nullable localized text stored as three columns: null when all three are. */
export function localizedTextOf(
  fi: string | null,
  sv: string | null,
  en: string | null,
): LocalizedText | null {
  return fi === null && sv === null && en === null ? null : { fi: fi as string, sv, en };
}
