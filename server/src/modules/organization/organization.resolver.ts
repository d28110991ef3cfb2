import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import { loadItems } from '../../common/load';
import { Region } from '../region/region.entity';
import { Service } from '../service-catalogue/service.entity';
import { Organization } from './organization.entity';
import {
  CreateOrganizationInput,
  OrganizationFilter,
  OrganizationSort,
  UpdateOrganizationInput,
} from './organization.inputs';
import { OrganizationService } from './organization.service';
import { refValue } from '../../common/plain-records';

export const OrganizationList = createListType(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationResolver extends createCrudResolver({
  name: 'Organization',
  plural: 'organizations',
  type: Organization,
  listType: OrganizationList,
  filterType: OrganizationFilter,
  sortType: OrganizationSort,
  createInput: CreateOrganizationInput,
  updateInput: UpdateOrganizationInput,
  service: (ctx) => new OrganizationService(ctx.em, ctx.user),
}) {
  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The welfare region the organization works in; null when national or unknown.',
  })
  region(@Root() organization: Organization) {
    return organization.region ? refValue(organization.region) : null;
  }

  @FieldResolver(() => [Service], { description: 'Services the organization provides.' })
  services(@Root() organization: Organization) {
    return loadItems(organization.services);
  }
}
