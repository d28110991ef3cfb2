import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../common/errors';
import { ServiceCategory } from '../service-catalogue/service-category.entity';

/** The topics asked, each with its subtopics at any depth. */
export class TopicQuestion {
  private constructor(
    /** Code asked -> ids of that category and all its descendants. */
    private readonly closures: Map<string, Set<string>>,
    /** Every category searched: those asked and their descendants. */
    readonly categories: ServiceCategory[],
  ) {
    this.codeOf = new Map(categories.map((category) => [category.id, category.code]));
  }

  private readonly codeOf: Map<string, string>;

  /** Loads the taxonomy (one small table) and resolves the codes; an unknown code is a field error. */
  static async resolve(em: EntityManager, codes: string[]): Promise<TopicQuestion> {
    const all = await em.find(ServiceCategory, {}, { orderBy: { code: 'asc' } });
    const byCode = new Map(all.map((category) => [category.code, category]));
    const unknown = [...new Set(codes)].filter((code) => !byCode.has(code));
    if (unknown.length) {
      throw BadUserInputError.field('topics', `unknown topic: ${unknown.join(', ')}`);
    }
    const children = new Map<string, ServiceCategory[]>();
    for (const category of all) {
      const parentId = category.parent?.id;
      if (parentId) children.set(parentId, [...(children.get(parentId) ?? []), category]);
    }
    const closures = new Map<string, Set<string>>();
    for (const code of new Set(codes)) {
      const ids = new Set<string>();
      const stack = [byCode.get(code)!];
      while (stack.length) {
        const category = stack.pop()!;
        if (ids.has(category.id)) continue;
        ids.add(category.id);
        stack.push(...(children.get(category.id) ?? []));
      }
      closures.set(code, ids);
    }
    const searched = new Set([...closures.values()].flatMap((ids) => [...ids]));
    return new TopicQuestion(
      closures,
      all.filter((category) => searched.has(category.id)),
    );
  }

  /** Ids of every category searched, for the SQL condition. */
  get ids(): string[] {
    return this.categories.map((category) => category.id);
  }

  /** Whether any of the categories (ids) is one searched: what the SQL condition asks. */
  answersAny(categoryIds: string[]): boolean {
    return categoryIds.some((id) => this.codeOf.has(id));
  }

  /**
   * How many of the topics asked the categories (ids) answer, and which of the categories (codes)
   * do: only categories searched can answer, so their codes are the question's own.
   */
  match(categoryIds: string[]): { score: number; codes: string[] } {
    let score = 0;
    const codes = new Set<string>();
    for (const closure of this.closures.values()) {
      const hits = categoryIds.filter((id) => closure.has(id));
      if (hits.length) score++;
      hits.forEach((id) => codes.add(this.codeOf.get(id)!));
    }
    return { score, codes: [...codes].sort() };
  }
}
