import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../common/errors';
import { Municipality } from '../region/municipality.entity';
import type { HelpPlaceInput } from './find-help.inputs';
import type { NearInput } from './geo';
import { municipalityCodeOfPostalCode } from './postal-codes';

/** Where the person is: their municipality (from its code or a postal code) and/or a point. */
export interface Place {
  municipality: Municipality | null;
  near: NearInput | null;
}

/** An unknown postal code or municipality is a field error on the field that named it. */
export async function resolvePlace(
  em: EntityManager,
  where: HelpPlaceInput | undefined,
): Promise<Place> {
  const near = where?.near ?? null;
  if (where?.municipalityCode && where.postalCode) {
    throw BadUserInputError.field('where', 'give a municipality code or a postal code, not both');
  }
  let code = where?.municipalityCode;
  const field = code ? 'where.municipalityCode' : 'where.postalCode';
  if (where?.postalCode) {
    code = municipalityCodeOfPostalCode(where.postalCode) ?? undefined;
    if (!code) throw BadUserInputError.field(field, 'unknown postal code');
  }
  if (!code) return { municipality: null, near };
  const municipality = await em.findOne(Municipality, { code });
  if (!municipality) {
    // Åland's postal codes, for instance: its municipalities belong to no welfare region.
    throw BadUserInputError.field(field, 'not in a municipality of the welfare regions');
  }
  return { municipality, near };
}
