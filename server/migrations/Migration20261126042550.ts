import { Migration } from '@mikro-orm/migrations';

export class Migration20261126042550 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "organization_kind" as enum ('WELFARE_REGION', 'KELA', 'MUNICIPALITY', 'PARISH', 'NGO', 'PRIVATE', 'STATE');`,
    );
    this.addSql(`create type "language_status" as enum ('FI', 'SV', 'BILINGUAL');`);
    this.addSql(
      `create type "holiday_policy" as enum ('CLOSED_ON_HOLIDAYS', 'CLOSED_ON_HOLIDAYS_AND_EVES', 'IGNORE_HOLIDAYS');`,
    );
    this.addSql(`create type "service_sector" as enum ('PUBLIC', 'THIRD_SECTOR', 'PRIVATE');`);
    this.addSql(
      `create type "service_area" as enum ('NATIONAL', 'REGION', 'MUNICIPALITIES', 'STATIONS');`,
    );
    this.addSql(`create type "service_status" as enum ('ACTIVE', 'INACTIVE', 'DRAFT');`);
    this.addSql(`create type "operator_kind" as enum ('OWN', 'CONTRACTED');`);
    this.addSql(
      `create table "region" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" text not null, "name_fi" text not null, "name_sv" text null, "name_en" text null, constraint "region_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(
      `create table "organization" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "organization_kind" not null, "name_fi" text not null, "name_sv" text null, "name_en" text null, "description_fi" text null, "description_sv" text null, "description_en" text null, "region_id" uuid null, "phone" text null, "email" text null, "website" text null, "verified_at" date null, "source" text null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "organization_region_id_index" on "organization" ("region_id");`);

    this.addSql(
      `create table "municipality" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(3) not null, "name_fi" text not null, "name_sv" text null, "name_en" text null, "language" "language_status" not null, "region_id" uuid not null, constraint "municipality_pkey" primary key ("id"), constraint municipality_code_format check (code ~ '^[0-9]{3}\$'));`,
    );
    this.addSql(
      `alter table "municipality" add constraint "municipality_code_unique" unique ("code");`,
    );
    this.addSql(`create index "municipality_region_id_index" on "municipality" ("region_id");`);

    this.addSql(
      `create table "counsellor" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "title_fi" text not null, "title_sv" text null, "title_en" text null, "region_id" uuid not null, "phone" text null, "email" text null, "languages" text[] not null, "consultation_channels" text[] not null, "active" boolean not null default true, "source" text null, constraint "counsellor_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "counsellor_region_id_index" on "counsellor" ("region_id");`);

    this.addSql(
      `create table "schedule" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "always_open" boolean not null default false, "holiday_policy" "holiday_policy" not null default 'CLOSED_ON_HOLIDAYS', constraint "schedule_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "schedule_exception" ("id" uuid not null, "schedule_id" uuid not null, "start_date" date not null, "end_date" date not null, "closed" boolean not null default true, "opens" time(0) null, "closes" time(0) null, "over_midnight" boolean not null default false, "reason_fi" text null, "reason_sv" text null, "reason_en" text null, constraint "schedule_exception_pkey" primary key ("id"), constraint schedule_exception_hours check ((closed and opens is null and closes is null) or (not closed and opens is not null and closes is not null and (over_midnight or closes > opens))), constraint schedule_exception_range check (end_date >= start_date));`,
    );
    this.addSql(
      `create index "schedule_exception_schedule_id_index" on "schedule_exception" ("schedule_id");`,
    );

    this.addSql(
      `create table "schedule_rule" ("id" uuid not null, "schedule_id" uuid not null, "position" smallint not null default 0, "weekdays" smallint[] not null, "opens" time(0) not null, "closes" time(0) not null, "over_midnight" boolean not null default false, "interval" smallint not null default 1, "anchor_date" date null, "nth_of_month" smallint null, "valid_from" date null, "valid_to" date null, constraint "schedule_rule_pkey" primary key ("id"), constraint schedule_rule_weekdays check (cardinality(weekdays) > 0 and weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]), constraint schedule_rule_times check (over_midnight or closes > opens), constraint schedule_rule_valid_range check (valid_to is null or valid_from is null or valid_to >= valid_from), constraint schedule_rule_nth_of_month check (nth_of_month is null or (nth_of_month >= -1 and nth_of_month <= 5 and nth_of_month <> 0)), constraint schedule_rule_interval_range check (interval >= 1 and interval <= 52));`,
    );
    this.addSql(
      `create index "schedule_rule_schedule_id_index" on "schedule_rule" ("schedule_id");`,
    );

    this.addSql(
      `create table "service" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name_fi" text not null, "name_sv" text null, "name_en" text null, "description_fi" text null, "description_sv" text null, "description_en" text null, "organization_id" uuid not null, "sector" "service_sector" not null, "target_groups" text[] not null, "min_age" smallint null, "max_age" smallint null, "languages" text[] not null, "cost_fi" text null, "cost_sv" text null, "cost_en" text null, "free" boolean not null default false, "access_modes" text[] not null, "phone" text null, "email" text null, "website" text null, "area" "service_area" not null default 'STATIONS', "region_id" uuid null, "status" "service_status" not null default 'ACTIVE', "last_verified" date null, "source" text null, constraint "service_pkey" primary key ("id"), constraint service_max_age check (max_age is null or (max_age >= 0 and max_age <= 120)), constraint service_min_age check (min_age is null or (min_age >= 0 and min_age <= 120)), constraint service_age_range check (min_age is null or max_age is null or min_age <= max_age));`,
    );
    this.addSql(`create index "service_organization_id_index" on "service" ("organization_id");`);
    this.addSql(`create index "service_region_id_index" on "service" ("region_id");`);

    this.addSql(
      `create table "service_municipalities" ("service_id" uuid not null, "municipality_id" uuid not null, constraint "service_municipalities_pkey" primary key ("service_id", "municipality_id"));`,
    );

    this.addSql(
      `create table "service_category" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" text not null, "name_fi" text not null, "name_sv" text null, "name_en" text null, "description_fi" text null, "description_sv" text null, "description_en" text null, "parent_id" uuid null, constraint "service_category_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "service_category" add constraint "service_category_code_unique" unique ("code");`,
    );
    this.addSql(
      `create index "service_category_parent_id_index" on "service_category" ("parent_id");`,
    );

    this.addSql(
      `create table "service_categories" ("service_id" uuid not null, "service_category_id" uuid not null, constraint "service_categories_pkey" primary key ("service_id", "service_category_id"));`,
    );

    this.addSql(
      `create table "station" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name_fi" text not null, "name_sv" text null, "name_en" text null, "region_id" uuid not null, "municipality_id" uuid not null, "street_address" text null, "postal_code" varchar(5) null, "post_office" text null, "latitude" double precision null, "longitude" double precision null, "phone" text null, "accessibility_fi" text null, "accessibility_sv" text null, "accessibility_en" text null, "languages" text[] not null, "operator_kind" "operator_kind" not null default 'OWN', "operator_id" uuid null, "active" boolean not null default true, "source" text null, "schedule_id" uuid null, constraint "station_pkey" primary key ("id"), constraint station_coordinates_together check ((latitude is null) = (longitude is null)), constraint station_longitude_range check (abs(longitude) <= 180::double precision), constraint station_latitude_range check (abs(latitude) <= 90::double precision), constraint station_postal_code_format check (postal_code ~ '^[0-9]{5}\$'));`,
    );
    this.addSql(`create index "station_region_id_index" on "station" ("region_id");`);
    this.addSql(`create index "station_municipality_id_index" on "station" ("municipality_id");`);
    this.addSql(`create index "station_operator_id_index" on "station" ("operator_id");`);
    this.addSql(
      `alter table "station" add constraint "station_schedule_id_unique" unique ("schedule_id");`,
    );

    this.addSql(
      `create table "service_at_station" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "service_id" uuid not null, "station_id" uuid not null, "notes_fi" text null, "notes_sv" text null, "notes_en" text null, "active" boolean not null default true, "schedule_id" uuid null, constraint "service_at_station_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "service_at_station_service_id_index" on "service_at_station" ("service_id");`,
    );
    this.addSql(
      `create index "service_at_station_station_id_index" on "service_at_station" ("station_id");`,
    );
    this.addSql(
      `alter table "service_at_station" add constraint "service_at_station_schedule_id_unique" unique ("schedule_id");`,
    );
    this.addSql(
      `alter table "service_at_station" add constraint "service_at_station_service_station_unique" unique ("service_id", "station_id");`,
    );

    this.addSql(
      `create table "reception" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "counsellor_id" uuid not null, "station_id" uuid not null, "modes" text[] not null, "target_groups" text[] not null, "booking_fi" text null, "booking_sv" text null, "booking_en" text null, "notes_fi" text null, "notes_sv" text null, "notes_en" text null, "free" boolean not null default true, "active" boolean not null default true, "source" text null, "schedule_id" uuid null, constraint "reception_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "reception_counsellor_id_index" on "reception" ("counsellor_id");`);
    this.addSql(`create index "reception_station_id_index" on "reception" ("station_id");`);
    this.addSql(
      `alter table "reception" add constraint "reception_schedule_id_unique" unique ("schedule_id");`,
    );

    this.addSql(
      `alter table "organization" add constraint "organization_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "municipality" add constraint "municipality_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "counsellor" add constraint "counsellor_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "schedule_exception" add constraint "schedule_exception_schedule_id_foreign" foreign key ("schedule_id") references "schedule" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "schedule_rule" add constraint "schedule_rule_schedule_id_foreign" foreign key ("schedule_id") references "schedule" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "service" add constraint "service_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service" add constraint "service_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "service_municipalities" add constraint "service_municipalities_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_municipalities" add constraint "service_municipalities_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "service_category" add constraint "service_category_parent_id_foreign" foreign key ("parent_id") references "service_category" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "service_categories" add constraint "service_categories_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_categories" add constraint "service_categories_service_category_id_foreign" foreign key ("service_category_id") references "service_category" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "station" add constraint "station_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "station" add constraint "station_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "station" add constraint "station_operator_id_foreign" foreign key ("operator_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "station" add constraint "station_schedule_id_foreign" foreign key ("schedule_id") references "schedule" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "service_at_station" add constraint "service_at_station_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_at_station" add constraint "service_at_station_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_at_station" add constraint "service_at_station_schedule_id_foreign" foreign key ("schedule_id") references "schedule" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "reception" add constraint "reception_counsellor_id_foreign" foreign key ("counsellor_id") references "counsellor" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "reception" add constraint "reception_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "reception" add constraint "reception_schedule_id_foreign" foreign key ("schedule_id") references "schedule" ("id") on update cascade on delete set null;`,
    );
  }
}
