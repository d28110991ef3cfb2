import { Counsellor } from './modules/counsellor/counsellor.entity';
import { Reception } from './modules/counsellor/reception.entity';
import { Organization } from './modules/organization/organization.entity';
import { Municipality } from './modules/region/municipality.entity';
import { Region } from './modules/region/region.entity';
import { ScheduleException } from './modules/schedule/schedule-exception.entity';
import { ScheduleRule } from './modules/schedule/schedule-rule.entity';
import { Schedule } from './modules/schedule/schedule.entity';
import { ServiceAtStation } from './modules/service-catalogue/service-at-station.entity';
import { ServiceCategory } from './modules/service-catalogue/service-category.entity';
import { Service } from './modules/service-catalogue/service.entity';
import { Station } from './modules/station/station.entity';
import { BaseEntity } from './common/base.entity';
import { User } from './modules/auth/user.entity';
import { UserSession } from './modules/auth/user-session.entity';
import { AuditEvent } from './modules/audit/audit-event.entity';
import { LocalizedText } from './common/localized-text';
import { Referral } from './modules/referral/referral.entity';
import { ReferralEvent } from './modules/referral/referral-event.entity';
import { ContactRecord } from './modules/contact/contact-record.entity';

/** Every entity, listed explicitly so discovery works the same from TS, the build and jest. */
export const ENTITIES = [
  BaseEntity,
  LocalizedText,
  Region,
  Municipality,
  Organization,
  Station,
  ServiceCategory,
  Service,
  ServiceAtStation,
  Counsellor,
  Reception,
  Schedule,
  ScheduleRule,
  ScheduleException,
  User,
  UserSession,
  AuditEvent,
  Referral,
  ReferralEvent,
  ContactRecord,
];
