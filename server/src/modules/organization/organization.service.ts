import { QueryOrder, ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { regional, thirdSector, type WriteScope } from '../../common/authorization';
import { CrudService, countLabel } from '../../common/crud.service';
import { BadUserInputError } from '../../common/errors';
import { toLocalizedText } from '../../common/localized-text';
import { ZONE } from '../../common/scalars';
import { Region } from '../region/region.entity';
import { Service } from '../service-catalogue/service.entity';
import { Station } from '../station/station.entity';
import { Organization, OrganizationKind } from './organization.entity';
import {
  CreateOrganizationInput,
  OrganizationFilter,
  OrganizationSortField,
  UpdateOrganizationInput,
} from './organization.inputs';

type OrganizationInput = CreateOrganizationInput | UpdateOrganizationInput;

const THIRD_SECTOR_KINDS = [OrganizationKind.NGO, OrganizationKind.PARISH];

/** Optional text fields copied as sent: undefined keeps the stored value, null clears it. */
const PLAIN_FIELDS = ['phone', 'email', 'website', 'source'] as const;

export class OrganizationService extends CrudService<
  Organization,
  CreateOrganizationInput,
  UpdateOrganizationInput,
  OrganizationFilter
> {
  protected readonly entity = Organization;
  protected readonly label = 'Organization';
  protected readonly searchPaths = ['name.fi', 'name.sv', 'name.en'];

  protected where(filter: OrganizationFilter): FilterQuery<Organization>[] {
    const conditions: FilterQuery<Organization>[] = [];
    if (filter.kinds) conditions.push({ kind: { $in: filter.kinds } });
    if (filter.regionId) conditions.push({ region: filter.regionId });
    return conditions;
  }

  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<Organization> {
    if (field === OrganizationSortField.KIND) return { kind: order };
    if (field === OrganizationSortField.VERIFIED_AT) {
      // Never-verified organizations last in both directions.
      return {
        verifiedAt: order === 'asc' ? QueryOrder.ASC_NULLS_LAST : QueryOrder.DESC_NULLS_LAST,
      };
    }
    return { name: { fi: order } };
  }

  protected async apply(
    em: EntityManager,
    organization: Organization,
    input: OrganizationInput,
  ): Promise<void> {
    if (input.verifiedAt && input.verifiedAt > DateTime.now().setZone(ZONE).toISODate()!) {
      throw BadUserInputError.field('verifiedAt', 'the verification date cannot be in the future');
    }
    if (input.regionId !== undefined) {
      organization.region = input.regionId
        ? ref(await this.reference(em, Region, input.regionId, 'regionId'))
        : null;
    }
    if (input.kind) organization.kind = input.kind;
    if (input.name) organization.name = toLocalizedText(input.name);
    if (input.description !== undefined) {
      organization.description = input.description ? toLocalizedText(input.description) : null;
    }
    if (input.verifiedAt !== undefined) organization.verifiedAt = input.verifiedAt;
    for (const field of PLAIN_FIELDS) {
      const value = input[field];
      if (value !== undefined) organization[field] = value?.trim() || null;
    }
  }

  /** Its region; NGOs and parishes are the third sector, which counsellors keep too. */
  protected async scopeOf(_em: EntityManager, organization: Organization): Promise<WriteScope> {
    const regionId = organization.region?.id;
    return THIRD_SECTOR_KINDS.includes(organization.kind)
      ? thirdSector(regionId)
      : regional(regionId);
  }

  protected async dependents(em: EntityManager, organization: Organization): Promise<string[]> {
    const [services, stations] = await Promise.all([
      em.count(Service, { organization }),
      em.count(Station, { operator: organization }),
    ]);
    return [
      ...countLabel(services, 'service', 'services'),
      ...countLabel(stations, 'operated station', 'operated stations'),
    ];
  }
}
