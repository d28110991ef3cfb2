import { Migration } from '@mikro-orm/migrations';

export class Migration20261126045753_users_and_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "audit_action" as enum ('CREATE', 'UPDATE', 'DELETE', 'READ');`);
    this.addSql(`create type "user_role" as enum ('NATIONAL_ADMIN', 'REGION_ADMIN', 'COUNSELLOR', 'PROFESSIONAL');`);
    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "actor_email" text null, "action" "audit_action" not null, "entity_type" text not null, "entity_id" text not null, "region_id" uuid null, "changes" jsonb not null, "reason" text null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_event_region_id_at_index" on "audit_event" ("region_id", "at");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" text not null, "name" text not null, "password_hash" text not null, "role" "user_role" not null, "region_id" uuid null, "counsellor_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"), constraint app_user_region_by_role check ((role = 'NATIONAL_ADMIN') = (region_id is null)));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_region_id_index" on "app_user" ("region_id");`);
    this.addSql(`create index "app_user_counsellor_id_index" on "app_user" ("counsellor_id");`);

    this.addSql(`alter table "app_user" add constraint "app_user_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_counsellor_id_foreign" foreign key ("counsellor_id") references "counsellor" ("id") on update cascade on delete set null;`);

    // Written by hand: the audit trail is append-only, enforced by the database itself.
    this.addSql(`create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_event_no_update_or_delete before update or delete on "audit_event" for each row execute function audit_event_is_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_is_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists audit_event_is_append_only();`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop type "audit_action";`);
    this.addSql(`drop type "user_role";`);
  }

}
