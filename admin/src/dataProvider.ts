import { ClientError, GraphQLClient, type Variables } from 'graphql-request';
// From react-admin's headless core (which react-admin re-exports): this module also runs in
// Node, where the tests use it, and react-admin's UI half does not load there.
import {
  HttpError,
  type DataProvider,
  type GetListParams,
  type Identifier,
  type RaRecord,
} from 'ra-core';
import { resourceDefinition, type ResourceDefinition } from './resources';
import { SCHEDULE_FIELDS, type OpeningDay, type ScheduleInput } from './schedule/scheduleTypes';

/**
 * A record as the server sent it. react-admin's methods are generic in the record type the caller
 * expects; the JSON cannot be checked against that here, so it stays untyped.
 */
type Row = any;

/** The server refuses pages larger than this (MAX_PAGE_SIZE). */
const MAX_PAGE_SIZE = 100;

/** What the schedule editor reads and writes: the owner's version travels with its hours. */
export interface ScheduleRecord {
  id: Identifier;
  version: number;
  hoursSummary: { fi: string; sv: string | null; en: string | null };
  schedule: ScheduleInput | null;
}

/** The console's own methods beside react-admin's, for the opening-hours editor. */
export interface TukiverkkoDataProvider extends DataProvider {
  getSchedule(resource: string, params: { id: Identifier }): Promise<{ data: ScheduleRecord }>;
  setSchedule(
    resource: string,
    params: { id: Identifier; version: number; schedule: ScheduleInput | null },
  ): Promise<{ data: ScheduleRecord }>;
  getOpeningHours(
    resource: string,
    params: { id: Identifier; from: string; to: string },
  ): Promise<{ data: OpeningDay[] }>;
}

export interface DataProviderOptions {
  /** Extra request headers; tests pass the session cookie here. */
  headers?: Record<string, string>;
  /** Replaces the global fetch (tests, instrumentation). */
  fetch?: typeof fetch;
}

/** The page's own origin: the console talks to no other host. */
export function sameOriginEndpoint(): string {
  // graphql-request needs an absolute URL (it calls `new URL(url)`).
  return new URL('/graphql', window.location.origin).href;
}

/**
 * react-admin's data provider over the GraphQL API, following the API conventions: lists are
 * `things(filter, sort, page) { items total }`, updates carry the version that was read. Every
 * operation is named after what it does (`StationList`, `UpdateStation`), which the server's logs
 * and access log show.
 */
export function graphqlDataProvider(
  endpoint = sameOriginEndpoint(),
  options: DataProviderOptions = {},
): TukiverkkoDataProvider {
  const client = new GraphQLClient(endpoint, {
    credentials: 'same-origin',
    headers: options.headers,
    fetch: options.fetch,
  });

  async function run<T>(document: string, variables: Variables): Promise<T> {
    try {
      return await client.request<T>(document, variables);
    } catch (error) {
      throw toHttpError(error);
    }
  }

  async function listPage(
    resource: string,
    params: Partial<GetListParams>,
    offset: number,
    limit: number,
  ) {
    const r = resourceDefinition(resource);
    const sortField = params.sort && r.sortFields[params.sort.field];
    const hasSort = Object.keys(r.sortFields).length > 0;
    const data = await run<{ result: { items: Row[]; total: number } }>(
      `query ${r.type}List($filter: ${r.type}Filter, ${hasSort ? `$sort: ${r.type}Sort, ` : ''}$page: PageInput) {
        result: ${resource}(filter: $filter, ${hasSort ? 'sort: $sort, ' : ''}page: $page) {
          items { ${r.fields} } total
        }
      }`,
      {
        filter: toFilter(r, params.filter ?? {}),
        ...(hasSort
          ? { sort: sortField ? { field: sortField, order: params.sort?.order ?? 'ASC' } : null }
          : {}),
        page: { offset, limit },
      },
    );
    return {
      items: data.result.items.map((row) => withReferences(r, row)),
      total: data.result.total,
    };
  }

  // The server returns at most MAX_PAGE_SIZE records at a time, while react-admin asks for more
  // (its CSV export wants 1000, getMany as many as it has ids): fetch such pages in parts.
  async function list(resource: string, params: Partial<GetListParams>) {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const start = (page - 1) * perPage;
    const data: Row[] = [];
    let total = 0;
    for (let offset = start; offset < start + perPage; offset += MAX_PAGE_SIZE) {
      const limit = Math.min(MAX_PAGE_SIZE, start + perPage - offset);
      const result = await listPage(resource, params, offset, limit);
      data.push(...result.items);
      total = result.total;
      if (result.items.length < limit) break;
    }
    return { data, total };
  }

  async function getMany(resource: string, ids: Identifier[]): Promise<Row[]> {
    if (ids.length === 0) return [];
    const { data } = await list(resource, {
      filter: { ids },
      pagination: { page: 1, perPage: ids.length },
    });
    return data;
  }

  async function update(resource: string, id: Identifier, data: object, previous?: RaRecord) {
    const r = resourceDefinition(resource);
    const version = previous?.version ?? (data as RaRecord).version;
    const updatable = r.inputFields.filter((f) => !r.createOnlyFields?.includes(f));
    const result = await run<{ result: Row }>(
      `mutation Update${r.type}($input: Update${r.type}Input!) { result: update${r.type}(input: $input) { ${r.fields} } }`,
      { input: { id, version, ...changes(updatable, data, previous) } },
    ).catch((error) => {
      throw onLocalizedInputs(error, data);
    });
    return withReferences(r, result.result);
  }

  async function remove(resource: string, id: Identifier): Promise<void> {
    const r = resourceDefinition(resource);
    await run(`mutation Delete${r.type}($id: ID!) { result: delete${r.type}(id: $id) }`, { id });
  }

  function scheduleOwner(resource: string): ResourceDefinition {
    const r = resourceDefinition(resource);
    if (!r.hasSchedule) throw new Error(`${resource} have no opening hours`);
    return r;
  }

  return {
    getList: (resource, params) => list(resource, params),

    async getOne(resource, params) {
      const r = resourceDefinition(resource);
      const data = await run<{ result: Row | null }>(
        `query Get${r.type}($id: ID!) { result: ${single(r)}(id: $id) { ${r.fields} } }`,
        { id: params.id },
      );
      if (!data.result) throw new HttpError('ra.notification.item_doesnt_exist', 404);
      return { data: withReferences(r, data.result) };
    },

    getMany: async (resource, params) => ({ data: await getMany(resource, params.ids) }),

    getManyReference: (resource, params) =>
      list(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }),

    async create(resource, params) {
      const r = resourceDefinition(resource);
      const data = await run<{ result: Row }>(
        `mutation Create${r.type}($input: Create${r.type}Input!) { result: create${r.type}(input: $input) { ${r.fields} } }`,
        { input: toInput(pick(params.data, r.inputFields), true) },
      ).catch((error) => {
        throw onLocalizedInputs(error, params.data);
      });
      return { data: withReferences(r, data.result) };
    },

    update: async (resource, params) => ({
      data: await update(resource, params.id, params.data, params.previousData),
    }),

    // No bulk mutations in the API: one update per record, each with the version it has now.
    async updateMany(resource, params) {
      const current = await getMany(resource, params.ids);
      for (const record of current) await update(resource, record.id, params.data, record);
      return { data: current.map((record) => record.id) };
    },

    async delete(resource, params) {
      await remove(resource, params.id);
      return { data: params.previousData ?? ({ id: params.id } as Row) };
    },

    async deleteMany(resource, params) {
      for (const id of params.ids) await remove(resource, id);
      return { data: params.ids };
    },

    async getSchedule(resource, params) {
      const r = scheduleOwner(resource);
      const data = await run<{ result: ScheduleRecord | null }>(
        `query ${r.type}Schedule($id: ID!) { result: ${single(r)}(id: $id) { ${SCHEDULE_RECORD} } }`,
        { id: params.id },
      );
      if (!data.result) throw new HttpError('ra.notification.item_doesnt_exist', 404);
      return { data: data.result };
    },

    async setSchedule(resource, { id, version, schedule }) {
      const r = scheduleOwner(resource);
      const data = await run<{ result: ScheduleRecord }>(
        `mutation Set${r.type}Schedule($input: SetScheduleInput!) {
          result: set${r.type}Schedule(input: $input) { ${SCHEDULE_RECORD} }
        }`,
        { input: { id, version, schedule } },
      );
      return { data: data.result };
    },

    async getOpeningHours(resource, { id, from, to }) {
      const r = scheduleOwner(resource);
      const data = await run<{ result: { openingHours: OpeningDay[] } | null }>(
        `query ${r.type}OpeningHours($id: ID!, $from: Date!, $to: Date!) {
          result: ${single(r)}(id: $id) {
            openingHours(from: $from, to: $to) {
              date closed intervals { start end } closedReason { kind text { fi sv en } }
            }
          }
        }`,
        { id, from, to },
      );
      if (!data.result) throw new HttpError('ra.notification.item_doesnt_exist', 404);
      return { data: data.result.openingHours };
    },
  };
}

const SCHEDULE_RECORD = `id version hoursSummary { fi sv en } schedule { ${SCHEDULE_FIELDS} }`;

function single(r: ResourceDefinition): string {
  return r.single ?? r.type.charAt(0).toLowerCase() + r.type.slice(1);
}

/** Adds the reference ids that forms edit (`regionId`) to a record from its nested objects. */
function withReferences(r: ResourceDefinition, row: Row): Row {
  if (!row || !r.references) return row;
  const extra: Record<string, unknown> = {};
  for (const [idField, objectField] of Object.entries(r.references)) {
    const value = row[objectField];
    if (value === undefined) continue;
    extra[idField] = Array.isArray(value)
      ? value.map((item: { id: Identifier }) => item.id)
      : (value?.id ?? null);
  }
  return { ...row, ...extra };
}

/** Only the filter fields the API knows, with empty form values left out. */
function toFilter(r: ResourceDefinition, filter: Record<string, unknown>) {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const target = r.filters[key];
    if (!target || value === '' || value === null || value === undefined) continue;
    if (typeof target === 'string') result[target] = value;
    else Object.assign(result, target(value));
  }
  return result;
}

function pick(data: object, fields: string[]): Record<string, unknown> {
  const source = data as Record<string, unknown>;
  return Object.fromEntries(
    fields.filter((f) => source[f] !== undefined).map((f) => [f, source[f]]),
  );
}

/** The input fields whose value differs from what was read: omitted fields stay as they are. */
function changes(fields: string[], data: object, previous?: RaRecord): Record<string, unknown> {
  const next = toInput(pick(data, fields), false);
  if (!previous) return next;
  const before = toInput(pick(previous, fields), false);
  return Object.fromEntries(
    Object.entries(next).filter(
      // null where nothing was (an untouched write-only field such as a password) is no change.
      ([f, value]) =>
        !(value === null && before[f] === undefined) &&
        JSON.stringify(value) !== JSON.stringify(before[f]),
    ),
  );
}

const LANGUAGES = ['fi', 'sv', 'en'] as const;

function isLocalizedText(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).every(
      (k) => k === '__typename' || (LANGUAGES as readonly string[]).includes(k),
    )
  );
}

/**
 * Localized texts as LocalizedTextInput: empty languages null, an all-empty optional text null
 * (which clears it). On create, null fields are left out so that the server's defaults apply.
 */
function toInput(input: Record<string, unknown>, creating: boolean): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    let next = value;
    if (isLocalizedText(value)) {
      const text = Object.fromEntries(
        LANGUAGES.map((l) => [
          l,
          typeof value[l] === 'string' && value[l] !== '' ? value[l] : null,
        ]),
      );
      next = LANGUAGES.every((l) => text[l] === null) ? null : { ...text, fi: text.fi ?? '' };
    } else if (value === '') {
      next = null;
    }
    if (creating && next === null) continue;
    result[field] = next;
  }
  return result;
}

/**
 * An empty localized text is sent as nothing, so a required one comes back as an error on the
 * whole text (`name`); the form shows it on the Finnish input (`name.fi`), the one required.
 */
function onLocalizedInputs(error: unknown, data: object): unknown {
  if (!(error instanceof HttpError) || error.status !== 400 || !error.body?.errors) return error;
  const source = data as Record<string, unknown>;
  const errors = Object.fromEntries(
    Object.entries(error.body.errors as Record<string, string>).map(([field, message]) => [
      isLocalizedText(source[field]) ? `${field}.fi` : field,
      message,
    ]),
  );
  return new HttpError(error.message, 400, { ...error.body, errors });
}

interface ServerError {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: Record<string, string[]> };
}

/** Turns GraphQL error codes into what react-admin understands; other errors pass unchanged. */
export function toHttpError(error: unknown): unknown {
  if (!(error instanceof ClientError)) return error;
  const errors = (error.response.errors ?? []) as ServerError[];
  const first = errors[0];
  const message = first?.message ?? `GraphQL request failed with HTTP ${error.response.status}`;
  const extensions = first?.extensions ?? {};
  switch (extensions.code) {
    case 'BAD_USER_INPUT': {
      // GraphQL reports each invalid variable as an error of its own: show them all.
      const fields = Object.assign(
        {},
        ...errors
          .filter((e) => e.extensions?.code === 'BAD_USER_INPUT')
          .map((e) => e.extensions?.fields ?? {}),
      ) as Record<string, string[]>;
      // react-admin puts body.errors next to the form fields; a `name.fi` key reaches that input.
      return new HttpError(message, 400, { errors: joinMessages(fields) });
    }
    case 'CONFLICT':
      return new HttpError(conflictMessage(extensions.reason, message), 409, extensions);
    case 'UNAUTHENTICATED':
      return new HttpError(message, 401);
    case 'FORBIDDEN':
      // The server's reason is in English; the user reads the console's language.
      return new HttpError('tukiverkko.errors.forbidden', 403, { reason: message });
    case 'NOT_FOUND':
      return new HttpError('ra.notification.item_doesnt_exist', 404);
    default:
      return new HttpError(message, error.response.status >= 400 ? error.response.status : 500);
  }
}

// react-admin translates a notification whose message is a translation key.
function conflictMessage(reason: string | undefined, serverMessage: string): string {
  if (reason === 'STALE_VERSION') return 'tukiverkko.errors.stale_version';
  if (reason === 'REFERENCED') return 'tukiverkko.errors.referenced';
  return serverMessage;
}

// react-admin expects one string per field; an array would be read as nested fields.
function joinMessages(fields: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, messages]) => [field, messages.join('; ')]),
  );
}
