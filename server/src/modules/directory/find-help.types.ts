import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Reception } from '../counsellor/reception.entity';
import { Municipality } from '../region/municipality.entity';
import { OpeningInterval } from '../schedule/schedule.types';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { AccessMode } from '../service-catalogue/service.enums';
import { Service } from '../service-catalogue/service.entity';
import { Station } from '../station/station.entity';

export enum HelpOptionKind {
  RECEPTION = 'RECEPTION',
  SERVICE_AT_STATION = 'SERVICE_AT_STATION',
  SERVICE = 'SERVICE',
}
registerEnumType(HelpOptionKind, {
  name: 'HelpOptionKind',
  description: 'What kind of help an option is.',
  valuesConfig: {
    RECEPTION: { description: "A counsellor's reception at a station." },
    SERVICE_AT_STATION: { description: 'A service delivered at a station.' },
    SERVICE: {
      description: 'A region-wide, municipal, national or third-sector service, not at a station.',
    },
  },
});

export enum HelpArea {
  NEARBY = 'NEARBY',
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  NATIONAL = 'NATIONAL',
  ANYWHERE = 'ANYWHERE',
}
registerEnumType(HelpArea, {
  name: 'HelpArea',
  description: 'How an option relates to where the person is.',
  valuesConfig: {
    NEARBY: { description: 'At a station within the radius of the point.' },
    MUNICIPALITY: {
      description: "At a station in the person's municipality, or a service for its residents.",
    },
    REGION: {
      description: 'At a station elsewhere in the welfare region, or a service for the region.',
    },
    NATIONAL: { description: 'A service for anyone in Finland.' },
    ANYWHERE: { description: 'No place was given.' },
  },
});

@ObjectType({ description: 'Why an option matched the question.' })
export class HelpWhy {
  @Field(() => [String], {
    description:
      "The option's topics (category codes) that answer the topics asked, e.g. " +
      '"finances.debt" when "finances" was asked; empty when no topics were asked.',
  })
  topics!: string[];

  @Field(() => HelpArea, { description: 'How the option relates to the place asked.' })
  area!: HelpArea;

  @Field(() => String, {
    nullable: true,
    description: 'The language asked, which the option serves; null when none was asked.',
  })
  language!: string | null;
}

@ObjectType({ description: 'One way to get help, with why it matched and when it is available.' })
export class HelpOption {
  @Field(() => Int, { description: 'Position in the ranking, 1 = best.' })
  rank!: number;

  @Field(() => HelpOptionKind, { description: 'Reception, service at a station, or service.' })
  kind!: HelpOptionKind;

  @Field(() => Reception, { nullable: true, description: 'The reception (kind RECEPTION).' })
  reception!: Reception | null;

  @Field(() => ServiceAtStation, {
    nullable: true,
    description: 'The delivery at a station (kind SERVICE_AT_STATION).',
  })
  serviceAtStation!: ServiceAtStation | null;

  @Field(() => Service, {
    nullable: true,
    description: 'The catalogue service (kinds SERVICE_AT_STATION and SERVICE).',
  })
  service!: Service | null;

  @Field(() => Station, {
    nullable: true,
    description: 'Where (kinds RECEPTION and SERVICE_AT_STATION).',
  })
  station!: Station | null;

  @Field(() => HelpWhy, { description: 'Why it matched: topics, area, language.' })
  why!: HelpWhy;

  @Field(() => Float, {
    nullable: true,
    description: 'Distance in km from the point asked to the station; null without a point.',
  })
  distanceKm!: number | null;

  @Field(() => [AccessMode], {
    description: 'How one is served (a reception held REMOTE is ONLINE here).',
  })
  accessModes!: AccessMode[];

  @Field({ description: 'Whether the opening hours are known (a schedule is recorded).' })
  hoursKnown!: boolean;

  @Field(() => OpeningInterval, {
    nullable: true,
    description:
      'The next time it is available (within the dates asked, if any; the current interval ' +
      'when open now); null when the hours are not known or nothing opens.',
  })
  nextAvailable!: OpeningInterval | null;

  @Field(() => [OpeningInterval], {
    description: 'The next times within the dates asked (or the next four weeks), at most five.',
  })
  nextTimes!: OpeningInterval[];
}

@ObjectType({ description: 'The answer to findHelp: ranked options, best first.' })
export class HelpResults {
  @Field(() => Municipality, {
    nullable: true,
    description: 'The municipality of the place asked (from its code or postal code).',
  })
  municipality!: Municipality | null;

  @Field(() => [ServiceCategory], {
    description: 'The topics searched: those asked and their subtopics.',
  })
  topics!: ServiceCategory[];

  @Field(() => Int, { description: 'How many options matched, before the limit.' })
  total!: number;

  @Field(() => [HelpOption], {
    description:
      'Best first: most topics matched, then available soonest, then walk-in, then nearest, ' +
      'then closest area (municipality, region, national), receptions before services.',
  })
  options!: HelpOption[];
}
