import { v5 as uuidv5 } from 'uuid';

/**
 * Fixed ids of seeded records, so tests and examples can name them. Derived deterministically
 * (UUID v5) from a readable key: the same key gives the same id in every database.
 */
const NAMESPACE = '6f1c1d0e-1d5b-4c0e-9a3e-2b7f3c9d8e01';

export const seedId = (kind: string, key: string): string => uuidv5(`${kind}:${key}`, NAMESPACE);
export const regionId = (code: string): string => seedId('region', code);
