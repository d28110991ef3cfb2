import { Migration } from '@mikro-orm/migrations';

export class Migration20261126134341_station_coordinates_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "station_latitude_longitude_index" on "station" ("latitude", "longitude");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "station_latitude_longitude_index";`);
  }

}
