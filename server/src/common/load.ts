import type { Collection } from '@mikro-orm/core';

/**
 * Loads a collection through the ORM's dataloader (one query for all parents in the same tick)
 * and returns its items as an array for GraphQL.
 */
export async function loadItems<T extends object>(collection: Collection<T>): Promise<T[]> {
  const loaded = await collection.load({ dataloader: true });
  return loaded.getItems();
}
