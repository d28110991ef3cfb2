import { GraphQLClient, type Variables } from 'graphql-request';
import { HttpError, type GetListParams, type Identifier } from 'ra-core';
import {
  sameOriginEndpoint,
  toHttpError,
  type DataProviderOptions,
  type TukiverkkoDataProvider,
} from '../dataProvider';

/**
 * Referrals, consultations and contact records over the GraphQL API, beside the generic data
 * provider: their lists, mutations and operation names do not follow the CRUD conventions.
 *
 * Operation names matter here: the server writes every read of a referral's personal fields to
 * the access log with the operation name as the reason. Lists (`ReferralInbox`, `SentReferrals`)
 * never ask for personal fields; only the show views (`ReferralInboxShow`, `SentReferralShow`) do.
 */

type Row = any;

const LOCALIZED = '{ fi sv en }';
const MAX_PAGE_SIZE = 100;

/** The anonymous fields of a referral: what lists show. */
const REFERRAL_FIELDS = `id version kind status urgency sentAt receivedAt firstContactAt closedAt
  updatedAt personalDataErasedAt startedAsConsultation allowedActions
  topics { id code name ${LOCALIZED} }
  sendingStation { id name ${LOCALIZED} }
  receivingStation { id name ${LOCALIZED} }
  counsellor { id name }
  region { id name ${LOCALIZED} }
  sender { id name email }`;

/** Everything, personal fields included: reading them writes the access log. */
const REFERRAL_SHOW_FIELDS = `${REFERRAL_FIELDS}
  client { name phone language contactTimes }
  consent { method recordedAt recordedBy { id name email } }
  message
  outcome { jointReception homeVisit networkMeeting services { id name ${LOCALIZED} } }
  redirectedTo { id name ${LOCALIZED} }
  events { id action at fromStatus toStatus note actor { id name email } }`;

const CONTACT_FIELDS = `id version date channel ageGroup referredBy createdAt
  station { id name ${LOCALIZED} } topics { id code name ${LOCALIZED} }`;

/** The react-admin resources this module serves, and how each one reads. */
const REFERRAL_RESOURCES = {
  referralInbox: { list: 'ReferralInbox', show: 'ReferralInboxShow' },
  sentReferrals: { list: 'SentReferrals', show: 'SentReferralShow' },
} as const;
const CONTACT_RESOURCE = 'contactRecords';

export const REFERRAL_SORT: Record<string, string> = {
  sentAt: 'SENT_AT',
  status: 'STATUS',
  urgency: 'URGENCY',
  updatedAt: 'UPDATED_AT',
};

/** A lifecycle step the console can take, its mutation and input type. */
export const REFERRAL_MUTATIONS = {
  RECEIVE: ['receiveReferral', 'ReferralTransitionInput'],
  CONTACT: ['markReferralContacted', 'ReferralTransitionInput'],
  COMPLETE: ['completeReferral', 'CompleteReferralInput'],
  DECLINE: ['declineReferral', 'DeclineReferralInput'],
  REDIRECT: ['redirectReferral', 'RedirectReferralInput'],
  MARK_UNREACHABLE: ['markReferralClientUnreachable', 'ReferralTransitionInput'],
  CANCEL: ['cancelReferral', 'ReferralTransitionInput'],
  ASSIGN: ['assignReferral', 'AssignReferralInput'],
  CONVERT: ['convertConsultationToReferral', 'ConvertConsultationInput'],
} as const;

export type ReferralStep = keyof typeof REFERRAL_MUTATIONS;

export interface StepInput {
  id: Identifier;
  version: number;
  [field: string]: unknown;
}

export interface StationChoice {
  id: string;
  name: { fi: string; sv: string | null; en: string | null };
  municipality: { code: string };
}

export interface StatisticsFilter {
  from: string;
  to: string;
  regionId?: string | null;
}

/** The console's referral and statistics calls, beside react-admin's methods. */
export interface ReferralDataProvider extends TukiverkkoDataProvider {
  referralStep(step: ReferralStep, input: StepInput): Promise<{ data: Row }>;
  referralUnreadCount(): Promise<number>;
  /** Active stations of a region, with the municipality code findHelp asks by. */
  stationsOfRegion(regionId: string): Promise<StationChoice[]>;
  findHelp(input: Record<string, unknown>): Promise<Row>;
  contactStatistics(filter: StatisticsFilter): Promise<Row>;
}

const isReferralResource = (resource: string): resource is keyof typeof REFERRAL_RESOURCES =>
  Object.hasOwn(REFERRAL_RESOURCES, resource);

/** The generic data provider, with the referral and contact resources and calls added. */
export function withReferrals(
  base: TukiverkkoDataProvider,
  endpoint = sameOriginEndpoint(),
  options: DataProviderOptions = {},
): ReferralDataProvider {
  const client = new GraphQLClient(endpoint, {
    credentials: 'same-origin',
    headers: options.headers,
    fetch: options.fetch,
  });

  async function run<T = Row>(document: string, variables: Variables = {}): Promise<T> {
    try {
      return await client.request<T>(document, variables);
    } catch (error) {
      throw toHttpError(error);
    }
  }

  async function listReferrals(resource: keyof typeof REFERRAL_RESOURCES, params: ListParams) {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const sortField = params.sort && REFERRAL_SORT[params.sort.field];
    const data = await run<{ result: { items: Row[]; total: number } }>(
      `query ${REFERRAL_RESOURCES[resource].list}($filter: ReferralFilter, $sort: ReferralSort, $page: PageInput) {
        result: referrals(filter: $filter, sort: $sort, page: $page) { items { ${REFERRAL_FIELDS} } total }
      }`,
      {
        filter: referralFilter(params.filter ?? {}),
        sort: sortField ? { field: sortField, order: params.sort?.order ?? 'DESC' } : null,
        page: pageOf(page, perPage),
      },
    );
    return { data: data.result.items, total: data.result.total };
  }

  async function listContacts(params: ListParams) {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    const filter = params.filter ?? {};
    const data = await run<{ result: { items: Row[]; total: number } }>(
      `query ContactRecordList($filter: ContactRecordFilter, $page: PageInput) {
        result: contactRecords(filter: $filter, page: $page) { items { ${CONTACT_FIELDS} } total }
      }`,
      {
        filter: {
          from: filter.from || null,
          to: filter.to || null,
          stationId: filter.stationId || null,
        },
        page: pageOf(page, perPage),
      },
    );
    return { data: data.result.items, total: data.result.total };
  }

  async function getReferral(resource: keyof typeof REFERRAL_RESOURCES, id: Identifier) {
    const data = await run<{ result: Row | null }>(
      `query ${REFERRAL_RESOURCES[resource].show}($id: ID!) {
        result: referral(id: $id) { ${REFERRAL_SHOW_FIELDS} }
      }`,
      { id },
    );
    if (!data.result) throw new HttpError('ra.notification.item_doesnt_exist', 404);
    return data.result;
  }

  return {
    ...base,

    getList(resource, params) {
      if (isReferralResource(resource)) return listReferrals(resource, params);
      if (resource === CONTACT_RESOURCE) return listContacts(params);
      return base.getList(resource, params);
    },

    async getOne(resource, params) {
      if (isReferralResource(resource)) return { data: await getReferral(resource, params.id) };
      // Contacts are only listed: none has a page of its own.
      if (resource === CONTACT_RESOURCE) {
        throw new HttpError('ra.notification.item_doesnt_exist', 404);
      }
      return base.getOne(resource, params);
    },

    async getMany(resource, params) {
      if (isReferralResource(resource)) {
        const { data } = await listReferrals(resource, {
          filter: { ids: params.ids },
          pagination: { page: 1, perPage: params.ids.length || 1 },
        });
        return { data };
      }
      if (resource === CONTACT_RESOURCE) {
        throw new HttpError('ra.notification.item_doesnt_exist', 404);
      }
      return base.getMany(resource, params);
    },

    async create(resource, params) {
      if (resource === 'sentReferrals') {
        const data = await run<{ result: Row }>(
          `mutation SendReferral($input: SendReferralInput!) {
            result: sendReferral(input: $input) { ${REFERRAL_FIELDS} }
          }`,
          { input: params.data },
        );
        return { data: data.result };
      }
      if (resource === CONTACT_RESOURCE) {
        const data = await run<{ result: Row }>(
          `mutation RecordContact($input: RecordContactInput!) {
            result: recordContact(input: $input) { ${CONTACT_FIELDS} }
          }`,
          { input: params.data },
        );
        return { data: data.result };
      }
      return base.create(resource, params);
    },

    async delete(resource, params) {
      if (resource === CONTACT_RESOURCE) {
        await run(
          `mutation DeleteContactRecord($id: ID!) { result: deleteContactRecord(id: $id) }`,
          {
            id: params.id,
          },
        );
        return { data: params.previousData ?? ({ id: params.id } as Row) };
      }
      return base.delete(resource, params);
    },

    async referralStep(step, input) {
      const [mutation, type] = REFERRAL_MUTATIONS[step];
      // Only anonymous fields come back: the show view reads the rest again, under its own name.
      const data = await run<{ result: Row }>(
        `mutation ${upperFirst(mutation)}($input: ${type}!) {
          result: ${mutation}(input: $input) { id version status allowedActions }
        }`,
        { input },
      );
      return { data: data.result };
    },

    async referralUnreadCount() {
      const data = await run<{ result: number }>(
        'query ReferralUnreadCount { result: referralUnreadCount }',
      );
      return data.result;
    },

    async stationsOfRegion(regionId) {
      const data = await run<{ result: { items: StationChoice[] } }>(
        `query ReferStations($filter: StationFilter) {
          result: stations(filter: $filter, sort: { field: NAME, order: ASC }, page: { limit: 100 }) {
            items { id name ${LOCALIZED} municipality { code } }
          }
        }`,
        { filter: { regionId, active: true } },
      );
      return data.result.items;
    },

    async findHelp(input) {
      const data = await run<{ result: Row }>(
        `query ReferFindHelp($input: FindHelpInput!) {
          result: findHelp(input: $input) {
            total
            options {
              rank kind accessModes
              nextTimes { start end }
              station { id name ${LOCALIZED} }
              reception {
                id modes bookingInstructions ${LOCALIZED}
                counsellor { id name title ${LOCALIZED} phone email }
              }
              service {
                id name ${LOCALIZED} phone website
                organization { id name ${LOCALIZED} }
              }
            }
          }
        }`,
        { input },
      );
      return data.result;
    },

    async contactStatistics(filter) {
      const data = await run<{ result: Row }>(
        `query ContactStatistics($filter: ContactStatisticsFilter!) {
          result: contactStatistics(filter: $filter) {
            from to total region { id name ${LOCALIZED} }
            byTopic { count topic { id code name ${LOCALIZED} } }
            byChannel { channel count }
            byStation { count station { id name ${LOCALIZED} } }
            bySource { referredBy count }
            byAgeGroup { ageGroup count }
            byMonth { month count }
            referrals {
              total referrals consultations closed completed completedShare
              medianHoursToFirstContact
            }
          }
        }`,
        { filter },
      );
      return data.result;
    },
  };
}

type ListParams = Partial<GetListParams>;

function pageOf(page: number, perPage: number) {
  const limit = Math.min(perPage, MAX_PAGE_SIZE);
  return { offset: (page - 1) * limit, limit };
}

/** The list filters the console sets, as the API's ReferralFilter; empty values left out. */
export function referralFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (given(filter.box)) result.box = filter.box;
  if (filter.queueOnly === true) result.box = 'INBOX';
  if (given(filter.ids)) result.ids = filter.ids;
  if (given(filter.status)) result.statuses = [filter.status];
  if (given(filter.kind)) result.kinds = [filter.kind];
  if (typeof filter.open === 'boolean') result.open = filter.open;
  if (given(filter.regionId)) result.regionId = filter.regionId;
  return result;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
