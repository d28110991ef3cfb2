import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTimeScalar } from '../../common/scalars';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  READ = 'READ',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What was done to the record.',
  valuesConfig: {
    CREATE: { description: 'The record was created.' },
    UPDATE: { description: 'The record was changed.' },
    DELETE: { description: 'The record was deleted.' },
    READ: { description: 'Personal data of the record was read (referrals).' },
  },
});

/**
 * One entry of the append-only audit trail. No foreign keys: the trail outlives the records and
 * users it names, so it keeps their ids and the actor's email as they were. The database refuses
 * UPDATE, DELETE and TRUNCATE on this table (see the migration).
 */
@Entity()
@Index({ properties: ['regionId', 'at'] })
@Index({ properties: ['entityType', 'entityId'] })
@ObjectType({ description: 'Who did what to which record, and when.' })
export class AuditEvent {
  [OptionalProps]?: 'id' | 'at';

  @Field(() => ID, { description: 'Identifier of the event.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true, description: 'The user who did it.' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "The user's email at the time." })
  @Property({ type: 'text', nullable: true })
  actorEmail?: string | null;

  @Field(() => AuditAction, { description: 'What was done.' })
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field({ description: 'Type of the record, e.g. "Station".' })
  @Property({ type: 'text' })
  entityType!: string;

  @Field({ description: 'Id of the record.' })
  @Property({ type: 'text' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'Region the record belongs to, if any.' })
  @Property({ type: 'uuid', nullable: true })
  regionId?: string | null;

  @Field(() => GraphQLJSONObject, {
    description:
      'Changed fields: { field: { before, after } }. Personal data is never stored here.',
  })
  @Property({ type: 'jsonb' })
  changes: Record<string, { before: unknown; after: unknown }> = {};

  @Field(() => String, { nullable: true, description: 'Why (e.g. the view that read a referral).' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
