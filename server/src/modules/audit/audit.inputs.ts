import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OptionalIdField } from '../../common/input-fields';
import { DateTimeScalar } from '../../common/scalars';
import { AuditAction } from './audit-event.entity';

@InputType({ description: 'Which audit events to list; all given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'Only this type of record, e.g. "Station".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Only events of this record.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @OptionalIdField('Only what this user did.')
  actorId?: string;

  @Field(() => AuditAction, { nullable: true, description: 'Only this kind of action.' })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only events at or after this.' })
  @IsOptional()
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only events at or before this.' })
  @IsOptional()
  to?: Date;

  @OptionalIdField("Only this region's events; a region administrator may ask only for their own.")
  regionId?: string;
}
