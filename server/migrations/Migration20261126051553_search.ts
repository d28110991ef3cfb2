import { Migration } from '@mikro-orm/migrations';

export class Migration20261126051553_search extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "service_search_sv" on "service" using gin (to_tsvector('swedish', coalesce(name_sv, '') || ' ' || coalesce(description_sv, '')));`);
    this.addSql(`create index "service_search_fi" on "service" using gin (to_tsvector('finnish', coalesce(name_fi, '') || ' ' || coalesce(description_fi, '')));`);

    this.addSql(`create index "station_search_sv" on "station" using gin (to_tsvector('swedish', coalesce(name_sv, '') || ' ' || coalesce(street_address, '') || ' ' || coalesce(post_office, '')));`);
    this.addSql(`create index "station_search_fi" on "station" using gin (to_tsvector('finnish', coalesce(name_fi, '') || ' ' || coalesce(street_address, '') || ' ' || coalesce(post_office, '')));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_search_sv";`);
    this.addSql(`drop index "service_search_fi";`);

    this.addSql(`drop index "station_search_sv";`);
    this.addSql(`drop index "station_search_fi";`);
  }

}
