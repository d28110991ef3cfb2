import { DateTime } from 'luxon';
import { isUuid } from '../../common/filter';
import { ZONE } from '../schedule/engine';

/** An HTTP error of the HSDS endpoints, answered as JSON with its status. */
export class HsdsError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;
const MAX_SEARCH_LENGTH = 200;

export interface PageParams {
  page: number;
  perPage: number;
}

export interface ListParams extends PageParams {
  search?: string;
}

/** The filters of /services and /service_at_locations. */
export interface ServiceListParams extends ListParams {
  taxonomyTermId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
}

export interface TermListParams extends ListParams {
  taxonomyId?: string;
  parentId?: string;
}

type Query = Record<string, unknown>;

/** One value of a query parameter; a repeated parameter is an error, not a guess. */
function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new HsdsError(400, `${name} must be given once`, name);
  return value.trim() === '' ? undefined : value.trim();
}

function positiveInteger(query: Query, name: string, fallback: number, max?: number): number {
  const text = single(query, name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new HsdsError(400, `${name} must be a whole number from 1 upwards`, name);
  }
  return max === undefined ? Number(text) : Math.min(Number(text), max);
}

/** A resource id from the path: anything but a UUID cannot name a record, so it is not found. */
export function parseId(value: unknown): string {
  if (typeof value !== 'string' || !isUuid(value)) throw new HsdsError(404, 'Not found');
  return value.toLowerCase();
}

function uuidFilter(query: Query, name: string): string | undefined {
  const text = single(query, name);
  if (text !== undefined && !isUuid(text)) throw new HsdsError(400, `${name} must be a UUID`, name);
  return text?.toLowerCase();
}

/** `page` from 1, `per_page` from 1 (larger than 100 is served as 100), and `search`. */
export function parseList(query: Query): ListParams {
  const format = single(query, 'format');
  if (format !== undefined && format !== 'json') {
    throw new HsdsError(400, 'format must be json (ndjson is not supported)', 'format');
  }
  const search = single(query, 'search');
  if (search !== undefined && search.length > MAX_SEARCH_LENGTH) {
    throw new HsdsError(400, `search must be at most ${MAX_SEARCH_LENGTH} characters`, 'search');
  }
  return {
    page: positiveInteger(query, 'page', 1),
    perPage: positiveInteger(query, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE),
    ...(search !== undefined ? { search } : {}),
  };
}

export function parseServiceList(query: Query): ServiceListParams {
  return {
    ...parseList(query),
    taxonomyTermId: uuidFilter(query, 'taxonomy_term_id'),
    organizationId: uuidFilter(query, 'organization_id'),
    modifiedAfter: modifiedAfter(query),
  };
}

export function parseTermList(query: Query): TermListParams {
  return {
    ...parseList(query),
    taxonomyId: uuidFilter(query, 'taxonomy_id'),
    parentId: uuidFilter(query, 'parent_id'),
  };
}

/**
 * An ISO 8601 date or date-time; without an offset it is Helsinki time. A `+` of an offset that
 * arrived unencoded reads as a space in a query string, so such a space is taken back as `+`.
 */
function modifiedAfter(query: Query): Date | undefined {
  const text = single(query, 'modified_after')?.replace(/ (\d\d(:?\d\d)?)$/, '+$1');
  if (text === undefined) return undefined;
  const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/i;
  const parsed = shape.test(text) ? DateTime.fromISO(text, { zone: ZONE }) : null;
  if (!parsed?.isValid) {
    throw new HsdsError(
      400,
      'modified_after must be an ISO 8601 date or date-time, e.g. 2026-01-31T12:00:00+02:00',
      'modified_after',
    );
  }
  return parsed.toJSDate();
}
