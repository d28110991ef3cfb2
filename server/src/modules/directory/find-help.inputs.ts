import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { LANGUAGE_CODE, POSTAL_CODE } from '../../common/validation';
import { AccessMode } from '../service-catalogue/service.enums';
import { HelpOptionKind } from './find-help.types';
import { NearInput } from './geo';

export const DEFAULT_HELP_LIMIT = 20;
export const MAX_HELP_LIMIT = 100;

@InputType({
  description:
    'Where the person is: a municipality, a postal code, or a point with a radius (a point may ' +
    'be given together with a municipality or postal code).',
})
export class HelpPlaceInput {
  @Field(() => String, {
    nullable: true,
    description: 'Official three-digit municipality code, e.g. "444" (Lohja).',
  })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { message: 'municipalityCode must be three digits, e.g. "444"' })
  municipalityCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Five-digit postal code, e.g. "08100"; resolved to its municipality (Posti data).',
  })
  @IsOptional()
  @Matches(POSTAL_CODE, { message: 'postalCode must be five digits, e.g. "08100"' })
  postalCode?: string;

  @Field(() => NearInput, {
    nullable: true,
    description: 'Stations within radiusKm of this point; each option then has its distanceKm.',
  })
  @IsOptional()
  @ValidateNested()
  near?: NearInput;
}

@InputType({ description: 'When the person wants help: a date range, or open right now.' })
export class HelpTimeInput {
  @Field(() => DateScalar, { nullable: true, description: 'First day; default today.' })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day, inclusive, at most 366 days after from; default from.',
  })
  @IsOptional()
  to?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only options open at this moment (not with from/to).',
  })
  @IsOptional()
  @IsBoolean()
  openNow?: boolean;
}

@InputType({ description: 'The directory question: who can help this person, where and when.' })
export class FindHelpInput {
  @Field(() => [String], {
    nullable: true,
    description:
      'Topics (category codes) the person needs help with; a topic includes its subtopics ' +
      '("finances" also finds "finances.debt"). Omitted: any topic.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, {
    each: true,
    message: 'each topic must be a category code such as "finances.debt"',
  })
  topics?: string[];

  @Field(() => HelpPlaceInput, { nullable: true, description: 'Where; omitted: anywhere.' })
  @IsOptional()
  @ValidateNested()
  where?: HelpPlaceInput;

  @Field(() => HelpTimeInput, {
    nullable: true,
    description: 'When; omitted: any time (each option still has its next available time).',
  })
  @IsOptional()
  @ValidateNested()
  when?: HelpTimeInput;

  @Field(() => String, {
    nullable: true,
    description: 'The language the person speaks (ISO 639-1, e.g. "sv"): only options serving it.',
  })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'language must be a two-letter ISO 639-1 code such as "sv"' })
  language?: string;

  @Field(() => [AccessMode], {
    nullable: true,
    description:
      'How the person wants to be served: only options offering any of these ' +
      '(a reception held REMOTE counts as ONLINE).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  accessModes?: AccessMode[];

  @Field(() => [HelpOptionKind], {
    nullable: true,
    description: 'Only these kinds of option, e.g. [RECEPTION]; omitted: all kinds.',
  })
  @IsOptional()
  @ArrayMaxSize(3)
  kinds?: HelpOptionKind[];

  @Field(() => Int, {
    nullable: true,
    description: "The person's age: options whose age range excludes it are left out.",
  })
  @IsOptional()
  @Min(0)
  @Max(120)
  age?: number;

  @Field(() => Int, {
    defaultValue: DEFAULT_HELP_LIMIT,
    description: `How many options to return, 1-${MAX_HELP_LIMIT}, best first.`,
  })
  @Min(1)
  @Max(MAX_HELP_LIMIT, { message: `limit must not be greater than ${MAX_HELP_LIMIT}` })
  limit: number = DEFAULT_HELP_LIMIT;
}
