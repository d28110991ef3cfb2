import { FieldResolver, Resolver, Root } from 'type-graphql';
import { loadItems } from '../../common/load';
import { ScheduleException } from './schedule-exception.entity';
import { ScheduleRule } from './schedule-rule.entity';
import { Schedule } from './schedule.entity';

@Resolver(() => Schedule)
export class ScheduleResolver {
  @FieldResolver(() => [ScheduleRule], { description: 'Weekly or monthly recurring hours.' })
  rules(@Root() schedule: Schedule) {
    return loadItems(schedule.rules);
  }

  @FieldResolver(() => [ScheduleException], { description: 'Closures and special hours.' })
  exceptions(@Root() schedule: Schedule) {
    return loadItems(schedule.exceptions);
  }
}
