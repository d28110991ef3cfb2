import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { asksFor, asksOnly, fieldsBelow } from '../../common/selection';
import { HOURS_FIELDS } from '../schedule/schedule.spec';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import type { Context } from '../../context';
import { loadItems } from '../../common/load';
import { Reception } from '../counsellor/reception.entity';
import { Organization } from '../organization/organization.entity';
import { Municipality } from '../region/municipality.entity';
import { Region } from '../region/region.entity';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { SERVICE_NAME_FIELDS } from '../service-catalogue/service-rows.loader';
import {
  DELIVERY_SLIM_FIELDS,
  deliveriesOfStation,
  type DeliveriesAsked,
} from '../service-catalogue/station-deliveries.loader';
import { Station } from './station.entity';
import {
  CreateStationInput,
  StationFilter,
  StationSort,
  UpdateStationInput,
} from './station.inputs';
import { StationService } from './station.service';
import { refValue } from '../../common/plain-records';

export const StationList = createListType(Station, 'Station');

/** What the fields `services` (the one being resolved by default) ask of the deliveries. */
function deliveriesAsked(
  info: GraphQLResolveInfo,
  services: readonly FieldNode[] = info.fieldNodes,
): DeliveriesAsked {
  const service = fieldsBelow(info, ['service'], services);
  return {
    services: service.length > 0,
    serviceNamesOnly: service.length > 0 && asksOnly(info, SERVICE_NAME_FIELDS, service),
    hours: asksFor(info, HOURS_FIELDS, services),
    slimDeliveries: asksOnly(info, DELIVERY_SLIM_FIELDS, services),
  };
}

@Resolver(() => Station)
export class StationResolver extends createCrudResolver({
  name: 'Station',
  plural: 'stations',
  type: Station,
  listType: StationList,
  filterType: StationFilter,
  sortType: StationSort,
  createInput: CreateStationInput,
  updateInput: UpdateStationInput,
  service: (ctx) => new StationService(ctx.em, ctx.user),
  readAhead: (info) => {
    const services = fieldsBelow(info, ['services']);
    return services.length ? deliveriesAsked(info, services) : null;
  },
}) {
  @FieldResolver(() => Region, { description: 'The welfare region, that of the municipality.' })
  region(@Root() station: Station) {
    return refValue(station.region);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality the station is in.' })
  municipality(@Root() station: Station) {
    return refValue(station.municipality);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization that runs the station, when recorded.',
  })
  operator(@Root() station: Station) {
    return station.operator ? refValue(station.operator) : null;
  }

  @FieldResolver(() => [ServiceAtStation], { description: 'Services delivered at the station.' })
  services(@Root() station: Station, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return deliveriesOfStation(ctx.em, station.id, deliveriesAsked(info));
  }

  @FieldResolver(() => [Reception], { description: "Counsellors' receptions at the station." })
  receptions(@Root() station: Station) {
    return loadItems(station.receptions);
  }
}
