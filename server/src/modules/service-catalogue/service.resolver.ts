import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import { loadItems } from '../../common/load';
import { Organization } from '../organization/organization.entity';
import { Municipality } from '../region/municipality.entity';
import { Region } from '../region/region.entity';
import { ServiceAtStation } from './service-at-station.entity';
import { ServiceCategory } from './service-category.entity';
import { Service } from './service.entity';
import {
  CreateServiceInput,
  ServiceFilter,
  ServiceSort,
  UpdateServiceInput,
} from './service.inputs';
import { ServiceService } from './service.service';
import { refValue } from '../../common/plain-records';

export const ServiceList = createListType(Service, 'Service');

@Resolver(() => Service)
export class ServiceResolver extends createCrudResolver({
  name: 'Service',
  plural: 'services',
  type: Service,
  listType: ServiceList,
  filterType: ServiceFilter,
  sortType: ServiceSort,
  createInput: CreateServiceInput,
  updateInput: UpdateServiceInput,
  service: (ctx) => new ServiceService(ctx.em, ctx.user),
}) {
  @FieldResolver(() => Organization, { description: 'The provider organization.' })
  organization(@Root() service: Service) {
    return refValue(service.organization);
  }

  @FieldResolver(() => [ServiceCategory], {
    description: 'Topics the service helps with, in code order.',
  })
  async categories(@Root() service: Service) {
    return byCode(await loadItems(service.categories));
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The welfare region served (area REGION) or the region it belongs to.',
  })
  region(@Root() service: Service) {
    return service.region ? refValue(service.region) : null;
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities served, in code order.' })
  async municipalities(@Root() service: Service) {
    return byCode(await loadItems(service.municipalities));
  }

  @FieldResolver(() => [ServiceAtStation], { description: 'Stations where it is delivered.' })
  stations(@Root() service: Service) {
    return loadItems(service.stations);
  }
}

/** A defined order for the lists of a service: the join tables keep none. */
function byCode<T extends { code: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
