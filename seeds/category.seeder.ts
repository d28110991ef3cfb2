import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { ServiceCategory } from '../server/src/modules/service-catalogue/service-category.entity';
import { CATEGORIES, parentCode } from './data/categories';
import { categoryId } from './ids';
import { localized, localizedOrNull } from './text';

/** The topic taxonomy (seeds/data/categories.ts); parents come before their children. */
export class CategorySeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    const byCode = new Map<string, ServiceCategory>();
    for (const data of CATEGORIES) {
      const parent = parentCode(data.code);
      if (parent && !byCode.has(parent)) {
        throw new Error(`Category ${data.code} is listed before its parent ${parent}`);
      }
      const category = em.create(ServiceCategory, {
        id: categoryId(data.code),
        code: data.code,
        name: localized(data.name),
        description: localizedOrNull(data.description),
        parent: parent ? byCode.get(parent) : null,
      });
      byCode.set(data.code, category);
    }
    await em.flush();
  }
}
