import { ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REFERENCE_DATA, type WriteScope } from '../../common/authorization';
import { CrudService, countLabel } from '../../common/crud.service';
import { BadUserInputError } from '../../common/errors';
import { toLocalizedText } from '../../common/localized-text';
import { ServiceCategory } from './service-category.entity';
import {
  CreateServiceCategoryInput,
  ServiceCategoryFilter,
  ServiceCategorySortField,
  UpdateServiceCategoryInput,
} from './service-category.inputs';
import { Service } from './service.entity';

export class ServiceCategoryService extends CrudService<
  ServiceCategory,
  CreateServiceCategoryInput,
  UpdateServiceCategoryInput,
  ServiceCategoryFilter
> {
  protected readonly entity = ServiceCategory;
  protected readonly label = 'Service category';
  protected readonly searchPaths = ['code', 'name.fi', 'name.sv', 'name.en'];

  protected where(filter: ServiceCategoryFilter): FilterQuery<ServiceCategory>[] {
    const conditions: FilterQuery<ServiceCategory>[] = [];
    if (filter.parentId) conditions.push({ parent: filter.parentId });
    if (filter.rootsOnly) conditions.push({ parent: null });
    if (filter.codes) conditions.push({ code: { $in: filter.codes } });
    return conditions;
  }

  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<ServiceCategory> {
    return field === ServiceCategorySortField.CODE ? { code: order } : { name: { fi: order } };
  }

  protected async apply(
    em: EntityManager,
    category: ServiceCategory,
    input: CreateServiceCategoryInput | UpdateServiceCategoryInput,
  ): Promise<void> {
    if (input.parentId !== undefined) {
      category.parent = input.parentId
        ? ref(await this.parent(em, category, input.parentId))
        : null;
    }
    if (input.code !== undefined) category.code = input.code;
    if (input.name) category.name = toLocalizedText(input.name);
    if (input.description !== undefined) {
      category.description = input.description ? toLocalizedText(input.description) : null;
    }
  }

  /** The requested parent, refused when it is the category itself or one of its descendants. */
  private async parent(
    em: EntityManager,
    category: ServiceCategory,
    parentId: string,
  ): Promise<ServiceCategory> {
    const parent = await this.reference(em, ServiceCategory, parentId, 'parentId');
    const seen = new Set<string>();
    // Walk up from the new parent: meeting the category itself means the move makes a cycle.
    for (let node: ServiceCategory | null = parent; node && !seen.has(node.id);) {
      if (node.id === category.id) {
        throw BadUserInputError.field(
          'parentId',
          'a category cannot be placed under itself or one of its own subcategories',
        );
      }
      seen.add(node.id);
      node = node.parent ? await node.parent.load() : null;
    }
    return parent;
  }

  /** The topic taxonomy is reference data: national administrators only. */
  protected async scopeOf(): Promise<WriteScope> {
    return REFERENCE_DATA;
  }

  protected async dependents(em: EntityManager, category: ServiceCategory): Promise<string[]> {
    const [children, services] = await Promise.all([
      em.count(ServiceCategory, { parent: category }),
      em.count(Service, { categories: category }),
    ]);
    return [
      ...countLabel(children, 'subcategory', 'subcategories'),
      ...countLabel(services, 'service', 'services'),
    ];
  }
}
