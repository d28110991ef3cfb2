import { raw, type FilterQuery } from '@mikro-orm/core';

/**
 * Full-text search that understands Finnish and Swedish word forms: PostgreSQL's `finnish` and
 * `swedish` text-search configurations (Snowball stemmers), with prefix matching.
 *
 * Each searched table has one GIN expression index per language. The WHERE clause repeats the
 * index expression exactly (same columns, same configuration), so PostgreSQL can use the index.
 * The indexes are declared on the entities with these expressions, so the migration check keeps
 * the entities and the database in step.
 *
 * How a query word matches: the word is stemmed with the language's stemmer and matched as a
 * prefix of the indexed stems ("velka" -> velk:*, which finds "velkaneuvonta"), and, for stems of
 * five letters or more, the stem without its last letter is tried too: Finnish stems of inflected
 * forms sometimes keep one letter more than the base form's ("velkaneuvontaa" -> velkaneuvont,
 * "velkojen" -> velko, while "velkaneuvonta" -> velkaneuvon and "velka" -> velk). All words must
 * match, in either language.
 */
export type SearchLanguage = 'finnish' | 'swedish';

interface SearchTable {
  table: string;
  /** Columns of the indexed document per language, in order. */
  columns: Record<SearchLanguage, string[]>;
}

/** Station: its name, street address and post office ("Lohjan" finds Lohja's stations). */
export const STATION_SEARCH: SearchTable = {
  table: 'station',
  columns: {
    finnish: ['name_fi', 'street_address', 'post_office'],
    swedish: ['name_sv', 'street_address', 'post_office'],
  },
};

/** Service: its name and description. */
export const SERVICE_SEARCH: SearchTable = {
  table: 'service',
  columns: {
    finnish: ['name_fi', 'description_fi'],
    swedish: ['name_sv', 'description_sv'],
  },
};

const SHORT: Record<SearchLanguage, string> = { finnish: 'fi', swedish: 'sv' };

/** `to_tsvector('finnish', coalesce(a, '') || ' ' || coalesce(b, ''))`, optionally aliased. */
export function searchVector(
  search: SearchTable,
  language: SearchLanguage,
  alias?: string,
): string {
  const document = search.columns[language]
    .map((column) => `coalesce(${alias ? `${alias}.` : ''}${column}, '')`)
    .join(` || ' ' || `);
  return `to_tsvector('${language}', ${document})`;
}

export function searchIndexName(search: SearchTable, language: SearchLanguage): string {
  return `${search.table}_search_${SHORT[language]}`;
}

/** The DDL of one GIN expression index, for `@Index({ name, expression })`. */
export function searchIndexDdl(search: SearchTable, language: SearchLanguage): string {
  const name = searchIndexName(search, language);
  return `create index "${name}" on "${search.table}" using gin (${searchVector(search, language)})`;
}

/**
 * The words of a query: letters and digits only (so nothing of the input reaches the tsquery
 * syntax), lower-cased, at most eight of them.
 */
export function queryWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/**
 * A tsquery built in SQL from the words (one parameter, space-separated): each word stemmed with
 * the language's Snowball dictionary, matched as a prefix, stems of 5+ letters also without their
 * last letter; stop words (no stem) are left out; the words joined with AND.
 */
function tsquery(language: SearchLanguage): string {
  return (
    `(select to_tsquery('simple', string_agg(part, ' & ')) from (` +
    `select '(' || quote_literal(stem) || ':*'` +
    ` || case when length(stem) >= 5 then ' | ' || quote_literal(left(stem, -1)) || ':*' else '' end` +
    ` || ')' as part from (` +
    `select (ts_lexize('${language}_stem', word))[1] as stem` +
    ` from regexp_split_to_table(?, ' ') as word) as stems where stem is not null) as parts)`
  );
}

/**
 * A WHERE condition: the record's Finnish or Swedish document matches every word of `text`.
 * Matches nothing when the text has no words.
 */
export function textSearchCondition<T>(search: SearchTable, text: string): FilterQuery<T> {
  const words = queryWords(text);
  if (!words.length) return { [raw('false')]: [] } as FilterQuery<T>;
  const joined = words.join(' ');
  const condition = raw(
    (alias: string) =>
      `(${searchVector(search, 'finnish', alias)} @@ ${tsquery('finnish')}` +
      ` or ${searchVector(search, 'swedish', alias)} @@ ${tsquery('swedish')})`,
    [joined, joined],
  );
  return { [condition]: [] } as FilterQuery<T>;
}
