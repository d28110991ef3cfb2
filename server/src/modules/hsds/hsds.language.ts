import type { Language, LocalizedTextValue } from '../schedule/engine';

export type { Language };

const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];

/**
 * The answer's language from an `Accept-Language` header: the highest-weighted of fi, sv and en
 * (`sv-FI` counts as sv), Finnish when none of them is asked for.
 */
export function pickLanguage(header: string | undefined): Language {
  if (!header) return 'fi';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0] as Language;
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'fi';
}

/** The text in the language asked for, else the Finnish one (always present); blank is absent. */
export function localized(
  value: LocalizedTextValue | null | undefined,
  language: Language,
): string | undefined {
  if (!value) return undefined;
  return value[language]?.trim() || value.fi?.trim() || undefined;
}

/** A language's name in the answer's language, e.g. ('sv', 'fi') -> 'ruotsi'. */
export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
