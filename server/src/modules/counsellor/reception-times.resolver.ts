import { Arg, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { Station } from '../station/station.entity';
import { Counsellor } from './counsellor.entity';
import { Reception } from './reception.entity';
import { ReceptionTimesService } from './reception-times.service';

@ObjectType({ description: 'One concrete time when a counsellor receives clients at a station.' })
export class ReceptionTime {
  @Field(() => Reception, { description: 'The reception (its station, counsellor, modes).' })
  reception!: Reception;

  @Field(() => DateTimeScalar, { description: 'When the reception opens.' })
  start!: string;

  @Field(() => DateTimeScalar, { description: 'When it closes.' })
  end!: string;
}

const FROM = { description: 'First day (Europe/Helsinki).' };
const TO = { description: 'Last day, inclusive; at most 366 days after `from`.' };

@Resolver(() => Counsellor)
export class CounsellorTimesResolver {
  @FieldResolver(() => [ReceptionTime], {
    description: "The counsellor's reception times at all their stations, in time order.",
  })
  upcomingReceptions(
    @Root() counsellor: Counsellor,
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar, FROM) from: string,
    @Arg('to', () => DateScalar, TO) to: string,
  ) {
    return new ReceptionTimesService(ctx.em).ofCounsellor(counsellor, from, to);
  }
}

@Resolver(() => Station)
export class StationReceptionTimesResolver {
  @FieldResolver(() => [ReceptionTime], {
    description: 'Counsellor reception times at this station, in time order.',
  })
  upcomingReceptions(
    @Root() station: Station,
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar, FROM) from: string,
    @Arg('to', () => DateScalar, TO) to: string,
  ) {
    return new ReceptionTimesService(ctx.em).ofStation(station, from, to);
  }
}
