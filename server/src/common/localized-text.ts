import { Embeddable, Property } from '@mikro-orm/core';
import { IsOptional, IsString, Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

/** Text in Finnish (required), Swedish and English, stored as three columns of the owner. */
@Embeddable()
@ObjectType({ description: 'Text in Finnish, Swedish and English. Finnish is always present.' })
export class LocalizedText {
  @Field({ description: 'Finnish text.' })
  @Property({ type: 'text' })
  fi!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Swedish text; required where the municipality is bilingual.',
  })
  @Property({ type: 'text', nullable: true })
  sv?: string | null;

  @Field(() => String, { nullable: true, description: 'English text, optional.' })
  @Property({ type: 'text', nullable: true })
  en?: string | null;
}

@InputType({ description: 'Text in Finnish (required), Swedish and English.' })
export class LocalizedTextInput {
  @Field({ description: 'Finnish text (required).' })
  @IsString()
  @Length(1, 2000, { message: 'Finnish text is required (at most 2000 characters)' })
  fi!: string;

  @Field(() => String, { nullable: true, description: 'Swedish text.' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  sv?: string | null;

  @Field(() => String, { nullable: true, description: 'English text.' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  en?: string | null;
}

/** Copies an input into an embeddable, turning empty optional texts into null. */
export function toLocalizedText(input: LocalizedTextInput): LocalizedText {
  const text = new LocalizedText();
  text.fi = input.fi.trim();
  text.sv = input.sv?.trim() || null;
  text.en = input.en?.trim() || null;
  return text;
}
