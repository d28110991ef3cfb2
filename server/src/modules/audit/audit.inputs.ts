import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
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

  @Field(() => ID, { nullable: true, description: 'Only what this user did.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
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

  @Field(() => ID, {
    nullable: true,
    description: "Only this region's events; a region administrator may ask only for their own.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'regionId must be a UUID' })
  regionId?: string;
}
