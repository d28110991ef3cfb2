import { Migration } from '@mikro-orm/migrations';

export class Migration20261126052037_referrals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "referral_kind" as enum ('REFERRAL', 'CONSULTATION');`);
    this.addSql(`create type "referral_status" as enum ('SENT', 'RECEIVED', 'CONTACTED', 'COMPLETED', 'DECLINED', 'REDIRECTED', 'CLIENT_UNREACHABLE', 'CANCELLED');`);
    this.addSql(`create type "referral_urgency" as enum ('NON_URGENT', 'SOON');`);
    this.addSql(`create type "consent_method" as enum ('ORAL', 'WRITTEN', 'ELECTRONIC');`);
    this.addSql(`create type "referral_action" as enum ('SEND', 'RECEIVE', 'CONTACT', 'COMPLETE', 'DECLINE', 'REDIRECT', 'MARK_UNREACHABLE', 'CANCEL', 'ASSIGN', 'CONVERT', 'ERASE');`);
    this.addSql(`create type "contact_channel" as enum ('WALK_IN', 'APPOINTMENT', 'PHONE', 'JOINT_RECEPTION', 'HOME_VISIT', 'CONSULTATION');`);
    this.addSql(`create type "age_group" as enum ('UNDER_25', 'AGE_25_44', 'AGE_45_64', 'AGE_65_PLUS');`);
    this.addSql(`create type "contact_source" as enum ('SELF', 'NURSE', 'DOCTOR', 'OTHER');`);
    this.addSql(`create table "referral" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "referral_kind" not null, "status" "referral_status" not null default 'SENT', "urgency" "referral_urgency" not null default 'NON_URGENT', "sending_station_id" uuid not null, "sender_id" uuid null, "region_id" uuid not null, "receiving_station_id" uuid null, "counsellor_id" uuid null, "consent_method" "consent_method" null, "consent_recorded_at" timestamptz null, "consent_recorded_by_id" uuid null, "client_name" text null, "client_phone" text null, "client_language" text null, "client_contact_times" text null, "message" text null, "sent_at" timestamptz not null, "received_at" timestamptz null, "first_contact_at" timestamptz null, "closed_at" timestamptz null, "personal_data_erased_at" timestamptz null, "redirected_to_id" uuid null, "outcome_joint_reception" boolean null, "outcome_home_visit" boolean null, "outcome_network_meeting" boolean null, "started_as_consultation" boolean not null default false, constraint "referral_pkey" primary key ("id"), constraint referral_needs_consent check (kind = 'CONSULTATION' or (consent_method is not null and consent_recorded_at is not null)), constraint referral_consultation_is_anonymous check (kind = 'REFERRAL' or (client_name is null and client_phone is null and client_language is null and client_contact_times is null and consent_method is null)));`);
    this.addSql(`create index "referral_sending_station_id_index" on "referral" ("sending_station_id");`);
    this.addSql(`create index "referral_sender_id_index" on "referral" ("sender_id");`);
    this.addSql(`create index "referral_receiving_station_id_index" on "referral" ("receiving_station_id");`);
    this.addSql(`create index "referral_closed_at_index" on "referral" ("closed_at");`);
    this.addSql(`create index "referral_counsellor_id_status_index" on "referral" ("counsellor_id", "status");`);
    this.addSql(`create index "referral_region_id_status_index" on "referral" ("region_id", "status");`);

    this.addSql(`create table "referral_event" ("id" uuid not null, "referral_id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "action" "referral_action" not null, "from_status" "referral_status" null, "to_status" "referral_status" not null, "note" text null, constraint "referral_event_pkey" primary key ("id"));`);
    this.addSql(`create index "referral_event_referral_id_index" on "referral_event" ("referral_id");`);

    this.addSql(`create table "referral_topic" ("referral_id" uuid not null, "service_category_id" uuid not null, constraint "referral_topic_pkey" primary key ("referral_id", "service_category_id"));`);

    this.addSql(`create table "referral_outcome_service" ("referral_id" uuid not null, "service_id" uuid not null, constraint "referral_outcome_service_pkey" primary key ("referral_id", "service_id"));`);

    this.addSql(`create table "contact_record" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "date" date not null, "station_id" uuid not null, "region_id" uuid not null, "channel" "contact_channel" not null, "age_group" "age_group" not null, "referred_by" "contact_source" not null, "counsellor_id" uuid null, "recorded_by_id" uuid null, "source" text null, constraint "contact_record_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_record_station_id_index" on "contact_record" ("station_id");`);
    this.addSql(`create index "contact_record_region_id_date_index" on "contact_record" ("region_id", "date");`);

    this.addSql(`create table "contact_record_topic" ("contact_record_id" uuid not null, "service_category_id" uuid not null, constraint "contact_record_topic_pkey" primary key ("contact_record_id", "service_category_id"));`);

    this.addSql(`alter table "referral" add constraint "referral_sending_station_id_foreign" foreign key ("sending_station_id") references "station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "referral" add constraint "referral_sender_id_foreign" foreign key ("sender_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "referral" add constraint "referral_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "referral" add constraint "referral_receiving_station_id_foreign" foreign key ("receiving_station_id") references "station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "referral" add constraint "referral_counsellor_id_foreign" foreign key ("counsellor_id") references "counsellor" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "referral" add constraint "referral_consent_recorded_by_id_foreign" foreign key ("consent_recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "referral" add constraint "referral_redirected_to_id_foreign" foreign key ("redirected_to_id") references "service" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "referral_event" add constraint "referral_event_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral_event" add constraint "referral_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "referral_topic" add constraint "referral_topic_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral_topic" add constraint "referral_topic_service_category_id_foreign" foreign key ("service_category_id") references "service_category" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "referral_outcome_service" add constraint "referral_outcome_service_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "referral_outcome_service" add constraint "referral_outcome_service_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contact_record" add constraint "contact_record_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contact_record" add constraint "contact_record_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contact_record" add constraint "contact_record_counsellor_id_foreign" foreign key ("counsellor_id") references "counsellor" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contact_record" add constraint "contact_record_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contact_record_topic" add constraint "contact_record_topic_contact_record_id_foreign" foreign key ("contact_record_id") references "contact_record" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contact_record_topic" add constraint "contact_record_topic_service_category_id_foreign" foreign key ("service_category_id") references "service_category" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral_event" drop constraint "referral_event_referral_id_foreign";`);

    this.addSql(`alter table "referral_topic" drop constraint "referral_topic_referral_id_foreign";`);

    this.addSql(`alter table "referral_outcome_service" drop constraint "referral_outcome_service_referral_id_foreign";`);

    this.addSql(`alter table "contact_record_topic" drop constraint "contact_record_topic_contact_record_id_foreign";`);

    this.addSql(`drop table if exists "referral" cascade;`);

    this.addSql(`drop table if exists "referral_event" cascade;`);

    this.addSql(`drop table if exists "referral_topic" cascade;`);

    this.addSql(`drop table if exists "referral_outcome_service" cascade;`);

    this.addSql(`drop table if exists "contact_record" cascade;`);

    this.addSql(`drop table if exists "contact_record_topic" cascade;`);

    this.addSql(`drop type "referral_kind";`);
    this.addSql(`drop type "referral_status";`);
    this.addSql(`drop type "referral_urgency";`);
    this.addSql(`drop type "consent_method";`);
    this.addSql(`drop type "referral_action";`);
    this.addSql(`drop type "contact_channel";`);
    this.addSql(`drop type "age_group";`);
    this.addSql(`drop type "contact_source";`);
  }

}
