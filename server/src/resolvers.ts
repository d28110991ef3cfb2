import { AuditEventResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { FindHelpResolver } from './modules/directory/find-help.resolver';
import { TRANSLATION_RESOLVERS } from './modules/directory/missing-translations.resolver';
import { StationDistanceResolver } from './modules/directory/station-distance.resolver';
import { UserResolver } from './modules/auth/user.resolver';
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
import { ReferralResolver } from './modules/referral/referral.resolver';
import {
  ReferralEventResolver,
  ReferralFieldsResolver,
} from './modules/referral/referral-fields.resolver';
import { ContactResolver } from './modules/contact/contact.resolver';
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
  FindHelpResolver,
  StationDistanceResolver,
  ...TRANSLATION_RESOLVERS,
  UserResolver,
  AuditEventResolver,
  ReferralResolver,
  ReferralFieldsResolver,
  ReferralEventResolver,
  ContactResolver,
] as const;
