import { Migration } from '@mikro-orm/migrations';

export class Migration20261126081208_station_name_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "station_name_fi_id_index" on "station" ("name_fi", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "station_name_fi_id_index";`);
  }

}
