import { ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REFERENCE_DATA, type WriteScope } from '../../common/authorization';
import { CrudService, countLabel, throwIfAny } from '../../common/crud.service';
import type { FieldErrors } from '../../common/errors';
import { toLocalizedText } from '../../common/localized-text';
import { Service } from '../service-catalogue/service.entity';
import { Station } from '../station/station.entity';
import { LanguageStatus, Municipality } from './municipality.entity';
import {
  CreateMunicipalityInput,
  MunicipalityFilter,
  MunicipalitySortField,
  UpdateMunicipalityInput,
} from './municipality.inputs';
import { Region } from './region.entity';

export class MunicipalityService extends CrudService<
  Municipality,
  CreateMunicipalityInput,
  UpdateMunicipalityInput,
  MunicipalityFilter
> {
  protected readonly entity = Municipality;
  protected readonly label = 'Municipality';
  protected readonly searchPaths = ['code', 'name.fi', 'name.sv'];

  protected where(filter: MunicipalityFilter): FilterQuery<Municipality>[] {
    const conditions: FilterQuery<Municipality>[] = [];
    if (filter.regionId) conditions.push({ region: filter.regionId });
    if (filter.codes) conditions.push({ code: { $in: filter.codes } });
    if (filter.language) conditions.push({ language: filter.language });
    return conditions;
  }

  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<Municipality> {
    return field === MunicipalitySortField.CODE ? { code: order } : { name: { fi: order } };
  }

  protected async apply(
    em: EntityManager,
    municipality: Municipality,
    input: CreateMunicipalityInput | UpdateMunicipalityInput,
  ): Promise<void> {
    if (input.regionId !== undefined) {
      municipality.region = ref(await this.reference(em, Region, input.regionId, 'regionId'));
    }
    if (input.code !== undefined) municipality.code = input.code;
    if (input.name) municipality.name = toLocalizedText(input.name);
    if (input.language) municipality.language = input.language;

    // Public texts of a bilingual or Swedish-speaking municipality need Swedish, so its name does.
    const fields: FieldErrors = {};
    if (municipality.language !== LanguageStatus.FI && !municipality.name.sv) {
      fields['name.sv'] = ['Swedish name is required for a bilingual or Swedish-speaking one'];
    }
    throwIfAny(fields);
  }

  /** Municipalities are reference data: national administrators only. */
  protected async scopeOf(): Promise<WriteScope> {
    return REFERENCE_DATA;
  }

  protected async dependents(em: EntityManager, municipality: Municipality): Promise<string[]> {
    const [stations, services] = await Promise.all([
      em.count(Station, { municipality }),
      em.count(Service, { municipalities: municipality }),
    ]);
    return [
      ...countLabel(stations, 'station', 'stations'),
      ...countLabel(services, 'service', 'services'),
    ];
  }
}
