import { ClientError, GraphQLClient, type Variables } from 'graphql-request';
import {
  HttpError,
  type DataProvider,
  type GetListParams,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { resourceDefinition, type ResourceDefinition } from './resources';

/**
 * A record as the server sent it. react-admin's methods are generic in the record type the caller
 * expects; the JSON cannot be checked against that here, so it stays untyped.
 */
type Row = any;

/** The server refuses pages larger than this (MAX_PAGE_SIZE). */
const MAX_PAGE_SIZE = 100;

/** The page's own origin: the console talks to no other host. */
export function sameOriginEndpoint(): string {
  // graphql-request needs an absolute URL (it calls `new URL(url)`).
  return new URL('/graphql', window.location.origin).href;
}

/**
 * react-admin's data provider over the GraphQL API, following the API conventions: lists are
 * `things(filter, sort, page) { items total }`, updates carry the version that was read.
 */
export function graphqlDataProvider(endpoint = sameOriginEndpoint()): DataProvider {
  const client = new GraphQLClient(endpoint, { credentials: 'same-origin' });

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
    const data = await run<{ result: { items: Row[]; total: number } }>(
      `query ($filter: ${r.type}Filter, $sort: ${r.type}Sort, $page: PageInput) {
        result: ${resource}(filter: $filter, sort: $sort, page: $page) { items { ${r.fields} } total }
      }`,
      {
        filter: params.filter ?? {},
        sort: sortField ? { field: sortField, order: params.sort?.order ?? 'ASC' } : null,
        page: { offset, limit },
      },
    );
    return data.result;
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
    const result = await run<{ result: Row }>(
      `mutation ($input: Update${r.type}Input!) { result: update${r.type}(input: $input) { ${r.fields} } }`,
      { input: { id, version, ...changes(r, data, previous) } },
    );
    return result.result;
  }

  async function remove(resource: string, id: Identifier): Promise<void> {
    const r = resourceDefinition(resource);
    await run(`mutation ($id: ID!) { result: delete${r.type}(id: $id) }`, { id });
  }

  return {
    getList: (resource, params) => list(resource, params),

    async getOne(resource, params) {
      const r = resourceDefinition(resource);
      const data = await run<{ result: Row | null }>(
        `query ($id: ID!) { result: ${single(r)}(id: $id) { ${r.fields} } }`,
        { id: params.id },
      );
      if (!data.result) throw new HttpError('ra.notification.item_doesnt_exist', 404);
      return { data: data.result };
    },

    getMany: async (resource, params) => ({ data: await getMany(resource, params.ids) }),

    getManyReference: (resource, params) =>
      list(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }),

    async create(resource, params) {
      const r = resourceDefinition(resource);
      const data = await run<{ result: Row }>(
        `mutation ($input: Create${r.type}Input!) { result: create${r.type}(input: $input) { ${r.fields} } }`,
        { input: pick(params.data, r.inputFields) },
      );
      return { data: data.result };
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
  };
}

function single(r: ResourceDefinition): string {
  return r.type.charAt(0).toLowerCase() + r.type.slice(1);
}

function pick(data: object, fields: string[]): Record<string, unknown> {
  const source = data as Record<string, unknown>;
  return Object.fromEntries(
    fields.filter((f) => source[f] !== undefined).map((f) => [f, source[f]]),
  );
}

/** The input fields whose value differs from what was read: omitted fields stay as they are. */
function changes(
  r: ResourceDefinition,
  data: object,
  previous?: RaRecord,
): Record<string, unknown> {
  const next = pick(data, r.inputFields);
  if (!previous) return next;
  return Object.fromEntries(
    Object.entries(next).filter(
      ([f, value]) => JSON.stringify(value) !== JSON.stringify(previous[f]),
    ),
  );
}

interface ServerError {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: Record<string, string[]> };
}

/** Turns GraphQL error codes into what react-admin understands; other errors pass unchanged. */
export function toHttpError(error: unknown): unknown {
  if (!(error instanceof ClientError)) return error;
  const first = error.response.errors?.[0] as ServerError | undefined;
  const message = first?.message ?? `GraphQL request failed with HTTP ${error.response.status}`;
  const extensions = first?.extensions ?? {};
  switch (extensions.code) {
    case 'BAD_USER_INPUT':
      // react-admin puts body.errors next to the form fields; a `name.fi` key reaches that input.
      return new HttpError(message, 400, {
        errors: extensions.fields ? joinMessages(extensions.fields) : {},
      });
    case 'CONFLICT':
      return new HttpError(conflictMessage(extensions.reason, message), 409, extensions);
    case 'UNAUTHENTICATED':
      return new HttpError(message, 401);
    case 'FORBIDDEN':
      return new HttpError(message, 403);
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
