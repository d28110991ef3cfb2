import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, Min } from 'class-validator';

/** Every list filter accepts `ids` (the console needs it) and a free-text `q`. */
@InputType()
export abstract class BaseFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these records.' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'each id must be a UUID' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to look for in names and codes.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** Input carrying the id and the version the client read: a stale version is a CONFLICT. */
@InputType()
export abstract class UpdateBase {
  @Field(() => ID, { description: 'Which record to change.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; stale versions are refused.' })
  @IsInt()
  @Min(1)
  version!: number;
}

/** Escapes LIKE wildcards so `q` matches literally. */
export function likePattern(q: string): string {
  return `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
