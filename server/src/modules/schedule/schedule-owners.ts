import { regional } from '../../common/authorization';
import { Reception } from '../counsellor/reception.entity';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { Station } from '../station/station.entity';
import { createScheduleOwnerResolver } from './schedule-owner.resolver';

// Hours belong to the station's region; a reception's counsellor may change its exceptions.
export const StationScheduleResolver = createScheduleOwnerResolver(
  Station,
  'Station',
  async (station) => regional(station.region.id),
);
export const ServiceAtStationScheduleResolver = createScheduleOwnerResolver(
  ServiceAtStation,
  'ServiceAtStation',
  async (entity) => regional((await entity.station.loadOrFail()).region.id),
);
export const ReceptionScheduleResolver = createScheduleOwnerResolver(
  Reception,
  'Reception',
  async (reception, { exceptionsOnly }) => ({
    kind: 'reception-hours',
    regionId: (await reception.station.loadOrFail()).region.id,
    counsellorId: reception.counsellor.id,
    exceptionsOnly,
  }),
);
