import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import { Station } from '../station/station.entity';
import { ServiceAtStation } from './service-at-station.entity';
import {
  CreateServiceAtStationInput,
  ServiceAtStationFilter,
  ServiceAtStationSort,
  UpdateServiceAtStationInput,
} from './service-at-station.inputs';
import { ServiceAtStationService } from './service-at-station.service';
import { Service } from './service.entity';
import { refValue } from '../../common/plain-records';

export const ServiceAtStationList = createListType(ServiceAtStation, 'ServiceAtStation');

@Resolver(() => ServiceAtStation)
export class ServiceAtStationResolver extends createCrudResolver({
  name: 'ServiceAtStation',
  plural: 'servicesAtStations',
  type: ServiceAtStation,
  listType: ServiceAtStationList,
  filterType: ServiceAtStationFilter,
  sortType: ServiceAtStationSort,
  createInput: CreateServiceAtStationInput,
  updateInput: UpdateServiceAtStationInput,
  service: (ctx) => new ServiceAtStationService(ctx.em, ctx.user),
}) {
  @FieldResolver(() => Service, { description: 'The catalogue service delivered.' })
  service(@Root() entity: ServiceAtStation) {
    return refValue(entity.service);
  }

  @FieldResolver(() => Station, { description: 'The station where it is delivered.' })
  station(@Root() entity: ServiceAtStation) {
    return refValue(entity.station);
  }
}
