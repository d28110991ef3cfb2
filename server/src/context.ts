import type { EntityManager } from '@mikro-orm/postgresql';

/** What every resolver gets: its own EntityManager fork (identity map and dataloaders per request). */
export interface Context {
  em: EntityManager;
}
