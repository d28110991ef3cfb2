import { AuthResolver } from './modules/auth/auth.resolver';
import { CounsellorResolver } from './modules/counsellor/counsellor.resolver';
import { ReceptionResolver } from './modules/counsellor/reception.resolver';
import {
  CounsellorTimesResolver,
  StationReceptionTimesResolver,
} from './modules/counsellor/reception-times.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { MunicipalityResolver } from './modules/region/municipality.resolver';
import { RegionResolver } from './modules/region/region.resolver';
import { ServiceAtStationResolver } from './modules/service-catalogue/service-at-station.resolver';
import { ServiceCategoryResolver } from './modules/service-catalogue/service-category.resolver';
import { ServiceResolver } from './modules/service-catalogue/service.resolver';
import { StationResolver } from './modules/station/station.resolver';
import { ScheduleResolver } from './modules/schedule/schedule.resolver';
import {
  ReceptionScheduleResolver,
  ServiceAtStationScheduleResolver,
  StationScheduleResolver,
} from './modules/schedule/schedule-owners';

/** Every resolver of the API; a module's resolver is listed here once. */
export const RESOLVERS = [
  RegionResolver,
  MunicipalityResolver,
  OrganizationResolver,
  StationResolver,
  ServiceCategoryResolver,
  ServiceResolver,
  ServiceAtStationResolver,
  CounsellorResolver,
  ReceptionResolver,
  ScheduleResolver,
  StationScheduleResolver,
  ServiceAtStationScheduleResolver,
  ReceptionScheduleResolver,
  CounsellorTimesResolver,
  StationReceptionTimesResolver,
  AuthResolver,
] as const;
