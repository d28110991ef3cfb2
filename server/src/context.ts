import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionUser } from './modules/auth/role';

/** What every resolver gets: its own EntityManager fork and who is asking (null: anonymous). */
export interface Context {
  em: EntityManager;
  user: SessionUser | null;
}
