import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars';

/** Identity, optimistic-locking version and timestamps shared by every editable record. */
@Entity({ abstract: true })
@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties with defaults, optional in em.create(). */
  [OptionalProps]?: 'id' | 'version' | 'createdAt' | 'updatedAt' | Optional;

  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, {
    description: 'Optimistic-locking version: send the one you read with every update.',
  })
  @Property({ version: true })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the record was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { description: 'When the record was last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
