import { RawQueryFragment, ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { regional, type WriteScope } from '../../common/authorization';
import { CrudService, countLabel, throwIfAny } from '../../common/crud.service';
import type { FieldErrors } from '../../common/errors';
import { isUuid } from '../../common/filter';
import { toLocalizedText } from '../../common/localized-text';
import { requireSwedishWhereNeeded } from '../../common/validation';
import type { Page, PageInput, SortLike } from '../../common/list';
import type { NearInput } from '../directory/geo';
import { narrowedTo, stationsOpenAt } from '../directory/open-at';
import { nearestFirst, stationSearchConditions } from '../directory/search';
import { Reception } from '../counsellor/reception.entity';
import { Organization } from '../organization/organization.entity';
import { Municipality } from '../region/municipality.entity';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { Station } from './station.entity';
import { stationPage, stationRecord, stationRecordWithDeliveries } from './station-rows.loader';
import type { DeliveriesAsked } from '../service-catalogue/station-deliveries.loader';
import {
  CreateStationInput,
  StationFilter,
  StationSortField,
  UpdateStationInput,
} from './station.inputs';

type StationInput = CreateStationInput | UpdateStationInput;

export class StationService extends CrudService<
  Station,
  CreateStationInput,
  UpdateStationInput,
  StationFilter
> {
  protected readonly entity = Station;
  protected readonly label = 'Station';
  protected readonly searchPaths = ['name.fi', 'name.sv', 'name.en', 'streetAddress', 'postOffice'];

  protected where(filter: StationFilter): FilterQuery<Station>[] {
    const conditions: FilterQuery<Station>[] = [];
    if (filter.regionId) conditions.push({ region: filter.regionId });
    if (filter.municipalityId) conditions.push({ municipality: filter.municipalityId });
    if (filter.municipalityCodes) {
      conditions.push({ municipality: { code: { $in: filter.municipalityCodes } } });
    }
    if (filter.active != null) conditions.push({ active: filter.active });
    if (filter.operatorKind) conditions.push({ operatorKind: filter.operatorKind });
    conditions.push(...stationSearchConditions(filter));
    this.near = filter.near ?? null;
    return conditions;
  }

  /** The point of the filter being listed: its nearest stations come first. */
  private near: NearInput | null = null;

  /**
   * A plain record, read by its own SQL (station-rows.loader.ts): the widest public read by id.
   * With the services at it in the same statement when the answer asks for them.
   */
  override async get(id: string, servicesAsked?: DeliveriesAsked | null): Promise<Station | null> {
    if (!isUuid(id)) return null;
    return servicesAsked
      ? stationRecordWithDeliveries(this.em, id, servicesAsked)
      : stationRecord(this.em, id);
  }

  /**
   * The page as plain records with their region and municipality (station-rows.loader.ts), the
   * total counted by the ORM from the same condition. "Open at" needs the opening-hours engine:
   * resolved to ids before the list query.
   */
  override async list(
    filter?: StationFilter | null,
    sort?: SortLike | null,
    page?: PageInput | null,
  ): Promise<Page<Station>> {
    const open = filter?.openAt ? await stationsOpenAt(this.em, filter.openAt) : null;
    const query = this.listQuery(open && filter ? narrowedTo(filter, open) : filter, sort, page);
    const { where, orderBy, offset, limit } = query;
    // Both statements use the condition's raw SQL fragments (distance, text search): the ORM
    // forgets a fragment once used unless it runs in this scope, as em.findAndCount does.
    const [items, total] = await RawQueryFragment.run(() =>
      Promise.all([
        stationPage(this.em, where, orderBy, offset, limit),
        this.em.count(Station, where),
      ]),
    );
    return { items, total };
  }

  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<Station> {
    return nearestFirst(this.near, 'station', this.sortOrder(field, order));
  }

  private sortOrder(field: string, order: 'asc' | 'desc'): QueryOrderMap<Station> {
    switch (field) {
      case StationSortField.MUNICIPALITY:
        return { municipality: { name: { fi: order } }, name: { fi: order } };
      case StationSortField.CREATED_AT:
        return { createdAt: order };
      case StationSortField.UPDATED_AT:
        return { updatedAt: order };
      default:
        return { name: { fi: order } };
    }
  }

  protected async apply(
    em: EntityManager,
    station: Station,
    input: StationInput,
    creating: boolean,
  ): Promise<void> {
    if (input.municipalityId) {
      const municipality = await this.reference(
        em,
        Municipality,
        input.municipalityId,
        'municipalityId',
      );
      station.municipality = ref(municipality);
      // The region is never an input: a station belongs to its municipality's region.
      station.region = municipality.region;
    }
    if (input.operatorId !== undefined) {
      station.operator = input.operatorId
        ? ref(await this.reference(em, Organization, input.operatorId, 'operatorId'))
        : null;
    }
    if (input.name) station.name = toLocalizedText(input.name);
    this.copyDetails(station, input);

    const fields: FieldErrors = {};
    this.checkCoordinates(fields, station);
    if (creating || input.name || input.municipalityId) {
      requireSwedishWhereNeeded(
        fields,
        'name',
        station.name,
        await station.municipality.loadOrFail(),
      );
    }
    throwIfAny(fields);
  }

  /** Plain fields: undefined keeps the value, null clears it. */
  private copyDetails(station: Station, input: StationInput): void {
    const text = (value: string | null | undefined) => value?.trim() || null;
    if (input.streetAddress !== undefined) station.streetAddress = text(input.streetAddress);
    if (input.postalCode !== undefined) station.postalCode = input.postalCode ?? null;
    if (input.postOffice !== undefined) station.postOffice = text(input.postOffice);
    if (input.latitude !== undefined) station.latitude = input.latitude;
    if (input.longitude !== undefined) station.longitude = input.longitude;
    if (input.phone !== undefined) station.phone = text(input.phone);
    if (input.accessibility !== undefined) {
      station.accessibility = input.accessibility ? toLocalizedText(input.accessibility) : null;
    }
    if (input.languages != null) station.languages = [...new Set(input.languages)];
    if (input.operatorKind != null) station.operatorKind = input.operatorKind;
    if (input.active != null) station.active = input.active;
    if (input.source !== undefined) station.source = text(input.source);
  }

  /** Coordinates come in pairs: checked on the result, so an update may send just one. */
  private checkCoordinates(fields: FieldErrors, station: Station): void {
    const hasLatitude = station.latitude != null;
    const hasLongitude = station.longitude != null;
    if (hasLatitude && !hasLongitude) fields.longitude = ['longitude is required with latitude'];
    if (hasLongitude && !hasLatitude) fields.latitude = ['latitude is required with longitude'];
  }

  /** Its region, that of its municipality. */
  protected async scopeOf(_em: EntityManager, station: Station): Promise<WriteScope> {
    return regional(station.region?.id);
  }

  protected async dependents(em: EntityManager, station: Station): Promise<string[]> {
    // One after the other: the transaction has a single connection.
    const services = await em.count(ServiceAtStation, { station });
    const receptions = await em.count(Reception, { station });
    return [
      ...countLabel(services, 'service at the station', 'services at the station'),
      ...countLabel(receptions, 'reception', 'receptions'),
    ];
  }
}
