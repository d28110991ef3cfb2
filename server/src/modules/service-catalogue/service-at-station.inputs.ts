import { IsBoolean, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BaseFilter, UpdateBase } from '../../common/filter';
import {
  ActiveField,
  IdField,
  OptionalIdField,
  OptionalTextField,
} from '../../common/input-fields';
import { createSortInput } from '../../common/list';
import { LocalizedTextInput } from '../../common/localized-text';

@InputType({ description: 'Which services at stations to list.' })
export class ServiceAtStationFilter extends BaseFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Text in the Finnish notes or the Finnish name of the service.',
  })
  declare q?: string;

  @OptionalIdField('Only those at this station.')
  stationId?: string;

  @OptionalIdField('Only deliveries of this service.')
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
  @IdField('The catalogue service; once per station.')
  serviceId!: string;

  @IdField('The station where it is delivered.')
  stationId!: string;

  @OptionalTextField('Notes for this station.')
  notes?: LocalizedTextInput | null;

  @ActiveField('Shown in the public directory.')
  active?: boolean | null;
}

@InputType({
  description: 'Changes to a service at a station; the service and station stay fixed.',
})
export class UpdateServiceAtStationInput extends UpdateBase {
  @OptionalTextField('Notes for this station; null clears them.')
  notes?: LocalizedTextInput | null;

  @ActiveField('Shown in the public directory.')
  active?: boolean | null;
}
