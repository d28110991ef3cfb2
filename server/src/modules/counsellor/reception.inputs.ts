import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  Length,
} from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import {
  ActiveField,
  IdField,
  OptionalIdField,
  OptionalTextField,
  SourceField,
} from '../../common/input-fields';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';
import { ReceptionMode } from './counsellor.enums';

const MODES_MESSAGE = 'at least one reception mode is required';
const GROUP_MESSAGE = 'each target group must be 1-100 characters';

@InputType({ description: 'Which receptions to list.' })
export class ReceptionFilter extends BaseFilter {
  @OptionalIdField('Only receptions of this counsellor.')
  counsellorId?: string;

  @OptionalIdField('Only receptions at this station.')
  stationId?: string;

  @OptionalIdField('Only receptions at stations of this welfare region.')
  regionId?: string;

  @OptionalIdField('Only receptions at stations in this municipality.')
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
  @IdField('Who receives.')
  counsellorId!: string;

  @IdField("Where: a station of the counsellor's welfare region.")
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

  @OptionalTextField('How to book a time.')
  bookingInstructions?: LocalizedTextInput | null;

  @OptionalTextField('Other notes for clients.')
  notes?: LocalizedTextInput | null;

  @Field({ nullable: true, description: 'Free of charge for the client. Default true.' })
  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @ActiveField('Shown in the public directory. Default true.')
  active?: boolean;

  @SourceField('Which source document this comes from.')
  source?: string | null;
}

@InputType({ description: 'Changes to a reception; omitted fields stay as they are.' })
export class UpdateReceptionInput extends UpdateBase {
  @OptionalIdField('Who receives.')
  counsellorId?: string;

  @OptionalIdField("Where: a station of the counsellor's welfare region.")
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

  @OptionalTextField('How to book a time; null clears it.')
  bookingInstructions?: LocalizedTextInput | null;

  @OptionalTextField('Other notes for clients; null clears them.')
  notes?: LocalizedTextInput | null;

  @Field({ nullable: true, description: 'Free of charge for the client.' })
  @IsOptional()
  @IsBoolean()
  free?: boolean;

  @ActiveField('Shown in the public directory.')
  active?: boolean;

  @SourceField('Which source document this comes from; null or "" clears it.')
  source?: string | null;
}
