import { ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { regional, type WriteScope } from '../../common/authorization';
import { CrudService, countLabel, throwIfAny } from '../../common/crud.service';
import { BadUserInputError, type FieldErrors } from '../../common/errors';
import { toLocalizedText } from '../../common/localized-text';
import { Region } from '../region/region.entity';
import { Counsellor } from './counsellor.entity';
import {
  CounsellorFilter,
  CounsellorSortField,
  CreateCounsellorInput,
  UpdateCounsellorInput,
} from './counsellor.inputs';
import { Reception } from './reception.entity';

/** Fields that always hold a value: null on update is refused (on create it means the default). */
const REQUIRED = ['name', 'title', 'regionId', 'languages', 'consultationChannels', 'active'];

export class CounsellorService extends CrudService<
  Counsellor,
  CreateCounsellorInput,
  UpdateCounsellorInput,
  CounsellorFilter
> {
  protected readonly entity = Counsellor;
  protected readonly label = 'Counsellor';
  protected readonly searchPaths = ['name', 'email', 'title.fi'];

  protected where(filter: CounsellorFilter): FilterQuery<Counsellor>[] {
    const where: FilterQuery<Counsellor>[] = [];
    if (filter.regionId) where.push({ region: filter.regionId });
    if (filter.stationId) where.push({ receptions: { station: filter.stationId } });
    if (filter.active != null) where.push({ active: filter.active });
    if (filter.languages?.length) where.push({ languages: { $overlap: filter.languages } });
    return where;
  }

  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<Counsellor> {
    return field === CounsellorSortField.UPDATED_AT ? { updatedAt: order } : { name: order };
  }

  protected async apply(
    em: EntityManager,
    counsellor: Counsellor,
    input: CreateCounsellorInput | UpdateCounsellorInput,
    creating: boolean,
  ): Promise<void> {
    const fields: FieldErrors = creating ? {} : refuseNulls(input, REQUIRED);
    if (input.languages?.length === 0) fields.languages = ['at least one language is required'];
    const region = input.regionId
      ? await collectReference(fields, this.reference(em, Region, input.regionId, 'regionId'))
      : undefined;
    if (region && !creating) await this.checkReceptionsStay(em, counsellor, region, fields);
    throwIfAny(fields);

    if (region) counsellor.region = ref(region);
    if (input.name != null) counsellor.name = input.name.trim();
    if (input.title) counsellor.title = toLocalizedText(input.title);
    if (input.phone !== undefined) counsellor.phone = blankToNull(input.phone);
    if (input.email !== undefined) counsellor.email = blankToNull(input.email);
    if (input.languages) counsellor.languages = unique(input.languages);
    if (input.consultationChannels) {
      counsellor.consultationChannels = unique(input.consultationChannels);
    }
    if (input.active != null) counsellor.active = input.active;
    if (input.source !== undefined) counsellor.source = blankToNull(input.source);
  }

  /** A counsellor of one welfare region does not hold receptions in another. */
  private async checkReceptionsStay(
    em: EntityManager,
    counsellor: Counsellor,
    region: Region,
    fields: FieldErrors,
  ): Promise<void> {
    if (region.id === counsellor.region.id) return;
    const elsewhere = await em.count(Reception, {
      counsellor,
      station: { region: { $ne: region.id } },
    });
    if (elsewhere) {
      fields.regionId = [
        `${countLabel(elsewhere, 'reception is', 'receptions are')[0]} at stations outside that region`,
      ];
    }
  }

  /** The region they work for. */
  protected async scopeOf(_em: EntityManager, counsellor: Counsellor): Promise<WriteScope> {
    return regional(counsellor.region?.id);
  }

  protected async dependents(em: EntityManager, counsellor: Counsellor): Promise<string[]> {
    const receptions = await em.count(Reception, { counsellor });
    return countLabel(receptions, 'reception', 'receptions');
  }
}

/**
 * Awaits a reference lookup, moving its field error into `fields` instead of throwing, so that
 * one answer names every bad reference of the input.
 */
export async function collectReference<R>(
  fields: FieldErrors,
  lookup: Promise<R>,
): Promise<R | undefined> {
  try {
    return await lookup;
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    Object.assign(fields, error.extensions.fields as FieldErrors);
    return undefined;
  }
}

/**
 * Field errors for the keys sent as null. GraphQL lets an optional update field be null, and
 * type-graphql skips validating null values, so "null means clear" is refused here for fields
 * that cannot be empty.
 */
export function refuseNulls(input: object, keys: readonly string[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const key of keys) {
    if ((input as Record<string, unknown>)[key] === null) {
      fields[key] = [`${key} cannot be null; omit it to keep the current value`];
    }
  }
  return fields;
}

export function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
