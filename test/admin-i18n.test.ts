import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import englishMessages from 'ra-language-english';
import { ENUMS, LANGUAGE_CHOICES } from '../admin/src/common/choices';
import { en } from '../admin/src/i18n/en';
import { fi } from '../admin/src/i18n/fi';
import { sv } from '../admin/src/i18n/sv';
import { resources } from '../admin/src/resources';

/**
 * The console's message files are complete: every key in every language, the same placeholders,
 * the same plural forms, react-admin's own keys included, and every key the code names.
 */
const LANGUAGES = { fi, sv, en } as const;

/** `a.b.c` -> message, for every leaf of a nested message object. */
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) {
    result.set(prefix, node);
    return result;
  }
  for (const [key, value] of Object.entries(node)) {
    for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) result.set(k, v);
  }
  return result;
}

const flat = Object.fromEntries(
  Object.entries(LANGUAGES).map(([language, messages]) => [language, flatten(messages)]),
) as Record<keyof typeof LANGUAGES, Map<string, unknown>>;
const english = flat.en;

const placeholders = (message: string) =>
  [...message.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
const pluralForms = (message: string) => message.split('||||').length;

describe('message files', () => {
  it.each(['fi', 'sv'] as const)('%s has exactly the English keys', (language) => {
    const keys = [...flat[language].keys()];
    const missing = [...english.keys()].filter((k) => !flat[language].has(k));
    const extra = keys.filter((k) => !english.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(Object.keys(LANGUAGES))('%s has a non-empty text for every key', (language) => {
    const empty = [...flat[language as keyof typeof LANGUAGES]]
      .filter(
        ([key, message]) =>
          typeof message !== 'string' || (!message.trim() && key !== 'ra.boolean.null'),
      )
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['fi', 'sv'] as const)(
    '%s keeps the placeholders and plural forms of English',
    (language) => {
      const differences: string[] = [];
      for (const [key, message] of english) {
        const translated = flat[language].get(key);
        if (typeof message !== 'string' || typeof translated !== 'string') continue;
        if (placeholders(message).join() !== placeholders(translated).join()) {
          differences.push(
            `${key}: placeholders ${placeholders(translated)} vs ${placeholders(message)}`,
          );
        }
        if (pluralForms(message) !== pluralForms(translated)) {
          differences.push(
            `${key}: ${pluralForms(translated)} plural forms vs ${pluralForms(message)}`,
          );
        }
      }
      expect(differences).toEqual([]);
    },
  );

  it("covers every message of the installed react-admin, so an upgrade's new ones are noticed", () => {
    const missing = [...flatten(englishMessages).keys()].filter((k) => !english.has(k));
    expect(missing).toEqual([]);
  });

  it('names every resource, every editable field and every enum value', () => {
    const missing: string[] = [];
    for (const [name, definition] of Object.entries(resources)) {
      if (!english.has(`resources.${name}.name`)) missing.push(`resources.${name}.name`);
      for (const field of definition.inputFields) {
        if (!english.has(`resources.${name}.fields.${field}`)) {
          missing.push(`resources.${name}.fields.${field}`);
        }
      }
    }
    for (const [name, values] of Object.entries(ENUMS)) {
      for (const value of values) {
        if (!english.has(`tukiverkko.enums.${name}.${value}`)) {
          missing.push(`tukiverkko.enums.${name}.${value}`);
        }
      }
    }
    for (const choice of LANGUAGE_CHOICES) if (!english.has(choice.name)) missing.push(choice.name);
    expect(missing).toEqual([]);
  });

  it('has every key the console names literally in its code', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve(__dirname, '../admin/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/['"`]((?:ra|tukiverkko|resources)\.[\w.]+)['"`]/g)) {
        used.add(match[1]);
      }
    }
    const missing = [...used].filter((key) => !english.has(key) && !isBranch(key));
    expect(used.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});

/** A key that names a group of messages (e.g. passed on to be completed), not one message. */
function isBranch(key: string): boolean {
  return [...english.keys()].some((k) => k.startsWith(`${key}.`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'i18n' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}
