import { ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { regional, type WriteScope } from '../../common/authorization';
import { CrudService } from '../../common/crud.service';
import { BadUserInputError } from '../../common/errors';
import { toLocalizedText } from '../../common/localized-text';
import { Station } from '../station/station.entity';
import { ServiceAtStation } from './service-at-station.entity';
import {
  CreateServiceAtStationInput,
  ServiceAtStationFilter,
  ServiceAtStationSortField,
  UpdateServiceAtStationInput,
} from './service-at-station.inputs';
import { Service } from './service.entity';

export class ServiceAtStationService extends CrudService<
  ServiceAtStation,
  CreateServiceAtStationInput,
  UpdateServiceAtStationInput,
  ServiceAtStationFilter
> {
  protected readonly entity = ServiceAtStation;
  protected readonly label = 'Service at station';
  protected readonly searchPaths = ['notes.fi', 'service.name.fi'];

  protected where(filter: ServiceAtStationFilter): FilterQuery<ServiceAtStation>[] {
    const conditions: FilterQuery<ServiceAtStation>[] = [];
    if (filter.stationId) conditions.push({ station: filter.stationId });
    if (filter.serviceId) conditions.push({ service: filter.serviceId });
    if (filter.active != null) conditions.push({ active: filter.active });
    return conditions;
  }

  // CrudService asks for 'NAME' when no sort is given: anything but UPDATED_AT is creation order.
  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<ServiceAtStation> {
    return field === ServiceAtStationSortField.UPDATED_AT
      ? { updatedAt: order }
      : { createdAt: order };
  }

  protected async apply(
    em: EntityManager,
    entity: ServiceAtStation,
    input: CreateServiceAtStationInput | UpdateServiceAtStationInput,
  ): Promise<void> {
    if (input instanceof CreateServiceAtStationInput) await this.place(em, entity, input);
    if (input.notes !== undefined) entity.notes = input.notes ? toLocalizedText(input.notes) : null;
    if (input.active != null) entity.active = input.active;
  }

  /** Sets the service and station, once: the pair is unique. */
  private async place(
    em: EntityManager,
    entity: ServiceAtStation,
    input: CreateServiceAtStationInput,
  ): Promise<void> {
    const service = await this.reference(em, Service, input.serviceId, 'serviceId');
    const station = await this.reference(em, Station, input.stationId, 'stationId');
    if (await em.count(ServiceAtStation, { service, station })) {
      throw BadUserInputError.field('serviceId', 'already delivered at this station');
    }
    entity.service = ref(service);
    entity.station = ref(station);
  }

  /** A delivery belongs to its station's region, whoever provides the service. */
  protected async scopeOf(_em: EntityManager, entity: ServiceAtStation): Promise<WriteScope> {
    return regional((await entity.station.loadOrFail()).region.id);
  }

  protected async dependents(): Promise<string[]> {
    return [];
  }
}
