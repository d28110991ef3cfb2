import { Arg, ClassType, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { BaseEntity } from '../../common/base.entity';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { Schedule } from './schedule.entity';
import { SetScheduleInput } from './schedule.inputs';
import { ScheduleService, type ScheduleScopeOf } from './schedule.service';
import type { ScheduleOwner } from './schedule.spec';
import { OpeningDay, OpeningInterval } from './schedule.types';

/**
 * The opening-hours fields and the set-schedule mutation of one owner type (Station,
 * ServiceAtStation, Reception): the same questions, answered by the same engine.
 */
export function createScheduleOwnerResolver<T extends BaseEntity<any> & ScheduleOwner>(
  type: ClassType<T>,
  name: string,
  /** Who may set the owner's hours: the owner's region and kind for the authorization policy. */
  scopeOf: ScheduleScopeOf<T>,
) {
  @Resolver(() => type)
  class ScheduleOwnerResolver {
    @FieldResolver(() => Schedule, { nullable: true, description: 'The rules and exceptions.' })
    schedule(@Root() owner: T) {
      return owner.schedule ? owner.schedule.load() : null;
    }

    @FieldResolver(() => [OpeningDay], {
      description: 'Open intervals for each day from `from` to `to` (at most 366 days).',
    })
    openingHours(
      @Root() owner: T,
      @Ctx() ctx: Context,
      @Arg('from', () => DateScalar, { description: 'First day.' }) from: string,
      @Arg('to', () => DateScalar, { description: 'Last day (inclusive).' }) to: string,
    ) {
      return new ScheduleService(ctx.em).openingHours(owner, from, to);
    }

    @FieldResolver(() => Boolean, { description: 'Whether it is open at the given instant.' })
    isOpen(
      @Root() owner: T,
      @Ctx() ctx: Context,
      @Arg('at', () => DateTimeScalar, { nullable: true, description: 'Default: now.' }) at?: Date,
    ) {
      return new ScheduleService(ctx.em).isOpen(owner, at ?? undefined);
    }

    @FieldResolver(() => OpeningInterval, {
      nullable: true,
      description: 'The next open interval after the instant (the current one if open now).',
    })
    nextOpening(
      @Root() owner: T,
      @Ctx() ctx: Context,
      @Arg('after', () => DateTimeScalar, { nullable: true, description: 'Default: now.' })
      after?: Date,
    ) {
      return new ScheduleService(ctx.em).nextOpening(owner, after ?? undefined);
    }

    @FieldResolver(() => LocalizedText, {
      description: 'A short human summary of the hours, e.g. "ma 8.00-12.00, joka 3. viikko".',
    })
    hoursSummary(@Root() owner: T, @Ctx() ctx: Context) {
      return new ScheduleService(ctx.em).summary(owner);
    }

    @Mutation(() => type, {
      name: `set${name}Schedule`,
      description: `Replaces the opening hours of a ${name}; refused with CONFLICT when the version is stale.`,
    })
    setSchedule(
      @Ctx() ctx: Context,
      @Arg('input', () => SetScheduleInput, {
        description: 'The record, its version and the new hours.',
      })
      input: SetScheduleInput,
    ) {
      return new ScheduleService(ctx.em, ctx.user).setSchedule(type, name, input, scopeOf);
    }
  }
  return ScheduleOwnerResolver;
}
