import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';

@InputType({ description: 'Which services at stations to list.' })
export class ServiceAtStationFilter extends BaseFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Text in the Finnish notes or the Finnish name of the service.',
  })
  declare q?: string;

  @Field(() => ID, { nullable: true, description: 'Only those at this station.' })
  @IsOptional()
  @IsUUID('all', { message: 'stationId must be a UUID' })
  stationId?: string;

  @Field(() => ID, { nullable: true, description: 'Only deliveries of this service.' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a UUID' })
  serviceId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export enum ServiceAtStationSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const ServiceAtStationSort = createSortInput(
  'ServiceAtStation',
  ServiceAtStationSortField,
  ServiceAtStationSortField.CREATED_AT,
);

@InputType({ description: 'A service newly delivered at a station.' })
export class CreateServiceAtStationInput {
  @Field(() => ID, { description: 'The catalogue service; once per station.' })
  @IsUUID('all', { message: 'serviceId must be a UUID' })
  serviceId!: string;

  @Field(() => ID, { description: 'The station where it is delivered.' })
  @IsUUID('all', { message: 'stationId must be a UUID' })
  stationId!: string;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Notes for this station.' })
  @IsOptional()
  @ValidateNested()
  notes?: LocalizedTextInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Shown in the public directory.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@InputType({
  description: 'Changes to a service at a station; the service and station stay fixed.',
})
export class UpdateServiceAtStationInput extends UpdateBase {
  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'Notes for this station; null clears them.',
  })
  @IsOptional()
  @ValidateNested()
  notes?: LocalizedTextInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Shown in the public directory.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
