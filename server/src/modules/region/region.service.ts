import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REFERENCE_DATA, regional, type WriteScope } from '../../common/authorization';
import { CrudService, countLabel, type WriteOperation } from '../../common/crud.service';
import { toLocalizedText } from '../../common/localized-text';
import { Station } from '../station/station.entity';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Municipality } from './municipality.entity';
import {
  CreateRegionInput,
  RegionFilter,
  RegionSortField,
  UpdateRegionInput,
} from './region.inputs';
import { Region } from './region.entity';

export class RegionService extends CrudService<
  Region,
  CreateRegionInput,
  UpdateRegionInput,
  RegionFilter
> {
  protected readonly entity = Region;
  protected readonly label = 'Region';
  protected readonly searchPaths = ['code', 'name.fi', 'name.sv', 'name.en'];

  protected where(filter: RegionFilter): FilterQuery<Region>[] {
    return filter.codes ? [{ code: { $in: filter.codes } }] : [];
  }

  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<Region> {
    return field === RegionSortField.CODE ? { code: order } : { name: { fi: order } };
  }

  protected async apply(
    _em: EntityManager,
    region: Region,
    input: CreateRegionInput | UpdateRegionInput,
  ): Promise<void> {
    if (input.code !== undefined) region.code = input.code;
    if (input.name) region.name = toLocalizedText(input.name);
  }

  /** A region's administrator may edit its record; which regions exist is national. */
  protected async scopeOf(
    _em: EntityManager,
    region: Region,
    operation: WriteOperation,
  ): Promise<WriteScope> {
    return operation === 'update' ? regional(region.id) : REFERENCE_DATA;
  }

  protected async dependents(em: EntityManager, region: Region): Promise<string[]> {
    // One after another: inside the transaction they share a single connection.
    const municipalities = await em.count(Municipality, { region });
    const stations = await em.count(Station, { region });
    const counsellors = await em.count(Counsellor, { region });
    return [
      ...countLabel(municipalities, 'municipality', 'municipalities'),
      ...countLabel(stations, 'station', 'stations'),
      ...countLabel(counsellors, 'counsellor', 'counsellors'),
    ];
  }
}
