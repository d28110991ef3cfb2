import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { createListType, PageInput } from '../../common/list';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Region } from '../region/region.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter, UserSort } from './user.inputs';
import { UserService } from './user.service';

export const UserList = createListType(User, 'User');

const service = (ctx: Context) => new UserService(ctx.em, ctx.user, ctx.auth.sessionId);

/**
 * User administration for national and regional administrators. Users are deactivated
 * (`active: false`), never deleted.
 */
@Resolver(() => User)
export class UserResolver {
  @Query(() => UserList, {
    description:
      'Users the administrator manages (a regional administrator: their region), sorted and paged.',
  })
  users(
    @Ctx() ctx: Context,
    @Arg('filter', () => UserFilter, {
      nullable: true,
      description: 'Which users; all when omitted.',
    })
    filter?: UserFilter,
    @Arg('sort', () => UserSort, { nullable: true, description: 'Order of the users.' })
    sort?: InstanceType<typeof UserSort>,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which slice; the first 25 when omitted.',
    })
    page?: PageInput,
  ) {
    return service(ctx).list(filter, sort, page);
  }

  @Query(() => User, {
    nullable: true,
    description: 'One user by id; null when absent or outside the administrator’s reach.',
  })
  user(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The user id.' }) id: string) {
    return service(ctx).get(id);
  }

  @Mutation(() => User, { description: 'Creates a user (administrators only).' })
  createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput,
  ) {
    return service(ctx).create(input);
  }

  @Mutation(() => User, {
    description: 'Changes a user; refused with CONFLICT when the version is stale.',
  })
  updateUser(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateUserInput, {
      description: 'The id, the version read, and the changes.',
    })
    input: UpdateUserInput,
  ) {
    return service(ctx).update(input);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The welfare region of the user; null for national administrators.',
  })
  region(@Root() user: User) {
    return user.region ? user.region.load() : null;
  }

  @FieldResolver(() => Counsellor, {
    nullable: true,
    description: 'The Counsellor record of a COUNSELLOR user, when linked.',
  })
  counsellor(@Root() user: User) {
    return user.counsellor ? user.counsellor.load() : null;
  }
}
