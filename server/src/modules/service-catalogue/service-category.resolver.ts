import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import { loadItems } from '../../common/load';
import { ServiceCategory } from './service-category.entity';
import {
  CreateServiceCategoryInput,
  ServiceCategoryFilter,
  ServiceCategorySort,
  UpdateServiceCategoryInput,
} from './service-category.inputs';
import { ServiceCategoryService } from './service-category.service';

export const ServiceCategoryList = createListType(ServiceCategory, 'ServiceCategory');

@Resolver(() => ServiceCategory)
export class ServiceCategoryResolver extends createCrudResolver({
  name: 'ServiceCategory',
  plural: 'serviceCategories',
  type: ServiceCategory,
  listType: ServiceCategoryList,
  filterType: ServiceCategoryFilter,
  sortType: ServiceCategorySort,
  createInput: CreateServiceCategoryInput,
  updateInput: UpdateServiceCategoryInput,
  service: (ctx) => new ServiceCategoryService(ctx.em, ctx.user),
}) {
  @FieldResolver(() => ServiceCategory, {
    nullable: true,
    description: 'The broader category; null for a top-level one.',
  })
  parent(@Root() category: ServiceCategory) {
    return category.parent ? category.parent.load() : null;
  }

  @FieldResolver(() => [ServiceCategory], { description: 'The direct subcategories.' })
  children(@Root() category: ServiceCategory) {
    return loadItems(category.children);
  }
}
