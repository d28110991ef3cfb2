import type { GraphQLResolveInfo } from 'graphql';
import { Arg, ClassType, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { BaseEntity } from './base.entity';
import type { CrudService } from './crud.service';
import type { BaseFilter, UpdateBase } from './filter';
import { PageInput, SortLike } from './list';

interface CrudResolverOptions<
  T extends BaseEntity<any>,
  C extends object,
  U extends UpdateBase,
  F extends BaseFilter,
> {
  /** GraphQL type name, e.g. "Station". */
  name: string;
  /** Query name of the list, e.g. "stations". */
  plural: string;
  type: ClassType<T>;
  listType: ClassType<object>;
  filterType: ClassType<F>;
  sortType: ClassType<SortLike>;
  createInput: ClassType<C>;
  updateInput: ClassType<U>;
  service: (ctx: Context) => CrudService<T, C, U, F>;
  /**
   * What the answer asks below one record by id, handed to the service's `get` so that it can read
   * it with the record (a station's services in the station's statement).
   */
  readAhead?: (info: GraphQLResolveInfo) => unknown;
}

/**
 * The five operations of the API conventions for one entity: list, one by id, create, update,
 * delete. Each is one line that calls the entity's service; entity resolvers extend this and add
 * their nested fields.
 */
export function createCrudResolver<
  T extends BaseEntity<any>,
  C extends object,
  U extends UpdateBase,
  F extends BaseFilter,
>(o: CrudResolverOptions<T, C, U, F>) {
  const single = o.name.charAt(0).toLowerCase() + o.name.slice(1);
  const article = /^[AEIOU]/.test(o.name) ? 'an' : 'a';

  @Resolver()
  abstract class CrudResolver {
    @Query(() => o.listType, {
      name: o.plural,
      description: `${o.name} records matching the filter, sorted and paged.`,
    })
    list(
      @Ctx() ctx: Context,
      @Arg('filter', () => o.filterType, {
        nullable: true,
        description: 'Which records; all when omitted.',
      })
      filter?: F,
      @Arg('sort', () => o.sortType, { nullable: true, description: 'Order of the records.' })
      sort?: SortLike,
      @Arg('page', () => PageInput, {
        nullable: true,
        description: 'Which slice; the first 25 when omitted.',
      })
      page?: PageInput,
    ) {
      return o.service(ctx).list(filter, sort, page);
    }

    @Query(() => o.type, { name: single, nullable: true, description: `One ${o.name} by id.` })
    one(
      @Ctx() ctx: Context,
      @Arg('id', () => ID, { description: 'The record id.' }) id: string,
      @Info() info: GraphQLResolveInfo,
    ) {
      return o.service(ctx).get(id, o.readAhead?.(info));
    }

    @Mutation(() => o.type, {
      name: `create${o.name}`,
      description: `Creates ${article} ${o.name}.`,
    })
    create(
      @Ctx() ctx: Context,
      @Arg('input', () => o.createInput, { description: 'The new record.' }) input: C,
    ) {
      return o.service(ctx).create(input);
    }

    @Mutation(() => o.type, {
      name: `update${o.name}`,
      description: `Changes ${article} ${o.name}; refused with CONFLICT when the version is stale.`,
    })
    update(
      @Ctx() ctx: Context,
      @Arg('input', () => o.updateInput, {
        description: 'The id, the version read, and the changes.',
      })
      input: U,
    ) {
      return o.service(ctx).update(input);
    }

    @Mutation(() => Boolean, {
      name: `delete${o.name}`,
      description: `Deletes ${article} ${o.name}; refused with CONFLICT while other records depend on it.`,
    })
    delete(
      @Ctx() ctx: Context,
      @Arg('id', () => ID, { description: 'The record to delete.' }) id: string,
    ) {
      return o.service(ctx).delete(id);
    }
  }
  return CrudResolver;
}
