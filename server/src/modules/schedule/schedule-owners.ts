import { Reception } from '../counsellor/reception.entity';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { Station } from '../station/station.entity';
import { createScheduleOwnerResolver } from './schedule-owner.resolver';

export const StationScheduleResolver = createScheduleOwnerResolver(Station, 'Station');
export const ServiceAtStationScheduleResolver = createScheduleOwnerResolver(
  ServiceAtStation,
  'ServiceAtStation',
);
export const ReceptionScheduleResolver = createScheduleOwnerResolver(Reception, 'Reception');
