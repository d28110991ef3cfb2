import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';
import { WhenFilled } from './counsellor.inputs';
import { ReceptionMode } from './counsellor.enums';

const MODES_MESSAGE = 'at least one reception mode is required';
const GROUP_MESSAGE = 'each target group must be 1-100 characters';

@InputType({ description: 'Which receptions to list.' })
export class ReceptionFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Only receptions of this counsellor.' })
  @IsOptional()
  @IsUUID('all', { message: 'counsellorId must be a UUID' })
  counsellorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only receptions at this station.' })
  @IsOptional()
  @IsUUID('all', { message: 'stationId must be a UUID' })
  stationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only receptions at stations of this welfare region.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only receptions at stations in this municipality.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a UUID' })
  municipalityId?: string;

  @Field({ nullable: true, description: 'Only active (true) or only inactive (false) ones.' })
  @IsOptional()
  active?: boolean;

  @Field(() => [ReceptionMode], {
    nullable: true,
    description: 'Only receptions offering any of these modes.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  modes?: ReceptionMode[];
}

export enum ReceptionSortField {
  CREATED_AT = 'CREATED_AT',
  STATION = 'STATION',
  COUNSELLOR = 'COUNSELLOR',
}
export const ReceptionSort = createSortInput(
  'Reception',
  ReceptionSortField,
  ReceptionSortField.CREATED_AT,
);

@InputType({ description: "A counsellor's new recurring presence at a station." })
export class CreateReceptionInput {
  @Field(() => ID, { description: 'Who receives.' })
  @IsUUID('all', { message: 'counsellorId must be a UUID' })
  counsellorId!: string;

  @Field(() => ID, { description: "Where: a station of the counsellor's welfare region." })
  @IsUUID('all', { message: 'stationId must be a UUID' })
  stationId!: string;

  @Field(() => [ReceptionMode], { description: 'How clients meet the counsellor; at least one.' })
  @ArrayMinSize(1, { message: MODES_MESSAGE })
  @ArrayMaxSize(10)
  modes!: ReceptionMode[];

  @Field(() => [String], {
    nullable: true,
    description: 'Who it is for, e.g. "working-age", "under-65". Default none.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true, message: GROUP_MESSAGE })
  targetGroups?: string[];

  @Field(() => LocalizedTextInput, { nullable: true, description: 'How to book a time.' })
  @IsOptional()
  @ValidateNested()
  bookingInstructions?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Other notes for clients.' })
  @IsOptional()
  @ValidateNested()
  notes?: LocalizedTextInput | null;

  @Field({ nullable: true, description: 'Free of charge for the client. Default true.' })
  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @Field({ nullable: true, description: 'Shown in the public directory. Default true.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Which source document this comes from.' })
  @WhenFilled()
  @MaxLength(500)
  source?: string | null;
}

@InputType({ description: 'Changes to a reception; omitted fields stay as they are.' })
export class UpdateReceptionInput extends UpdateBase {
  @Field(() => ID, { nullable: true, description: 'Who receives.' })
  @IsOptional()
  @IsUUID('all', { message: 'counsellorId must be a UUID' })
  counsellorId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Where: a station of the counsellor's welfare region.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'stationId must be a UUID' })
  stationId?: string;

  @Field(() => [ReceptionMode], {
    nullable: true,
    description: 'How clients meet the counsellor; at least one.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: MODES_MESSAGE })
  @ArrayMaxSize(10)
  modes?: ReceptionMode[];

  @Field(() => [String], { nullable: true, description: 'Who it is for.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true, message: GROUP_MESSAGE })
  targetGroups?: string[];

  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'How to book a time; null clears it.',
  })
  @IsOptional()
  @ValidateNested()
  bookingInstructions?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'Other notes for clients; null clears them.',
  })
  @IsOptional()
  @ValidateNested()
  notes?: LocalizedTextInput | null;

  @Field({ nullable: true, description: 'Free of charge for the client.' })
  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @Field({ nullable: true, description: 'Shown in the public directory.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Which source document this comes from; null or "" clears it.',
  })
  @WhenFilled()
  @MaxLength(500)
  source?: string | null;
}
