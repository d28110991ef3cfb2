import { v5 as uuidv5 } from 'uuid';
import { Language, languageName } from './hsds.language';
import type * as H from './hsds.types';

/**
 * Field-level helpers of the HSDS mapping. Records HSDS wants an id for but Tukiverkko keeps as a
 * field (a phone number, a language, an address) get a stable UUID v5 derived from their owner.
 */
const NAMESPACE = '0b0f4b5e-5c1a-4f0e-8d7e-6a2f3c1d9e42';
export const derivedId = (kind: string, ...parts: string[]): string =>
  uuidv5(`${kind}:${parts.join(':')}`, NAMESPACE);

/** The same address syntax ajv-formats checks, so a malformed stored address is left out. */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export const email = (value: string | null | undefined) =>
  value && EMAIL.test(value.trim()) ? { email: value.trim() } : {};

/** An http(s) address; a bare host name ("www.x.fi") gets https:// in front. */
export function webAddress(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    // The normalised form: what ajv-formats' "uri" accepts (no spaces, punycode host).
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const word = (table: Record<string, Record<Language, string>>, key: string, l: Language) =>
  table[key]?.[l] ?? key;

export const sentence = (parts: string[]) =>
  parts.length ? `${parts.join(', ').replace(/^./, (c) => c.toUpperCase())}.` : undefined;

export const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  (value === null || value === undefined || value === '' ? {} : { [key]: value }) as {
    [P in K]?: V;
  };

export const phone = (
  owner: Partial<H.HsdsPhone>,
  number: string | null | undefined,
): H.HsdsPhone[] =>
  number?.trim()
    ? [{ id: derivedId('phone', Object.values(owner).join(':')), ...owner, number: number.trim() }]
    : [];

export function languages(
  codes: string[],
  owner: { service_id?: string; location_id?: string },
  l: Language,
) {
  const ownerId = owner.service_id ?? owner.location_id ?? '';
  return codes.map((code) => ({
    id: derivedId('language', ownerId, code),
    ...owner,
    name: languageName(code, l),
    code,
  }));
}
