import type { Client } from 'pg';
import { CATEGORIES, parentCode } from '../../seeds/data/categories';
import welfareRegions from '../../seeds/data/welfare-regions.json';

/**
 * A deterministic national-scale directory: the 22 welfare regions and their municipalities from
 * the reference data, 1,000 stations per scale unit, 300 services, about 20 services per station,
 * about 3 schedule rules per schedule. The same scale always gives the same rows (a seeded PRNG
 * and counter-based ids), so runs are comparable. Loaded with one multi-row INSERT per table and
 * chunk (PostgreSQL unpacks a JSON array with jsonb_to_recordset).
 */

export interface DatasetFacts {
  stations: number;
  services: number;
  deliveries: number;
  schedules: number;
  rules: number;
  /** Active stations' ids, in id order: the cases pick from these. */
  stationIds: string[];
  /** The region of the region case and how many active stations it has. */
  region: { id: string; code: string; activeStations: number };
  /** A point in a town with several stations, for findHelp. */
  point: { latitude: number; longitude: number; municipalityCode: string };
}

type Row = Record<string, unknown>;
interface Table {
  name: string;
  /** Column name -> PostgreSQL type, in insert order. */
  columns: Record<string, string>;
  rows: Row[];
}

const SERVICES = 300;
const STATIONS_PER_SCALE = 1000;
const CREATED = '2026-01-01T00:00:00Z';

/** Counter-based UUIDs: the kind in the first group, the number in the last. */
const id = (kind: number, n: number): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const KIND = {
  region: 0xb1,
  municipality: 0xb2,
  organization: 0xb3,
  category: 0xb4,
  service: 0xb5,
  station: 0xb6,
  delivery: 0xb7,
  schedule: 0xb8,
  rule: 0xb9,
  exception: 0xba,
  counsellor: 0xbb,
  reception: 0xbc,
};

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    /** k distinct items (partial Fisher-Yates on a copy). */
    sample: <T>(items: readonly T[], k: number): T[] => {
      const copy = [...items];
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, k);
    },
  };
}
type Random = ReturnType<typeof prng>;

const stamp = { version: 1, created_at: CREATED, updated_at: CREATED };
const STAMP_COLUMNS = { version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz' };
const TEXT3 = (prefix: string) => ({
  [`${prefix}_fi`]: 'text',
  [`${prefix}_sv`]: 'text',
  [`${prefix}_en`]: 'text',
});

interface RegionData {
  code: string;
  name: { fi: string; sv?: string; en?: string };
  municipalities: { code: string; name: { fi: string; sv?: string }; language: string }[];
}

class Builder {
  readonly tables: Record<string, Table> = {};
  private counters: Record<string, number> = {};

  table(name: string, columns: Record<string, string>): Table {
    this.tables[name] ??= { name, columns, rows: [] };
    return this.tables[name];
  }

  next(kind: keyof typeof KIND): string {
    this.counters[kind] = (this.counters[kind] ?? 0) + 1;
    return id(KIND[kind], this.counters[kind]);
  }
}

/** The rows of every table, in an order that satisfies the foreign keys. */
export function generateDataset(scale: number): { tables: Table[]; facts: DatasetFacts } {
  const random = prng(20261126);
  const b = new Builder();
  const regions = (welfareRegions as { regions: RegionData[] }).regions;
  const places = geography(regions, random, b);
  const organizations = organizationsOf(regions, places.regionIds, b);
  const categoryIds = categories(b);
  const services = servicesOf(random, b, organizations, categoryIds, places);
  const stations = stationsOf(scale, random, b, places, organizations, services);
  counsellorsOf(scale, random, b, places, stations.byRegion);

  const regionIndex = regions.findIndex((r) => r.code === 'keski-suomi');
  const town = places.municipalities.find((m) => m.code === '179')!; // Jyväskylä
  const tables = Object.values(b.tables);
  const count = (name: string) => b.tables[name]?.rows.length ?? 0;
  return {
    tables,
    facts: {
      stations: count('station'),
      services: count('service'),
      deliveries: count('service_at_station'),
      schedules: count('schedule'),
      rules: count('schedule_rule'),
      stationIds: stations.activeIds,
      region: {
        id: places.regionIds[regionIndex],
        code: regions[regionIndex].code,
        activeStations: stations.activeByRegion[regionIndex],
      },
      point: { latitude: town.latitude, longitude: town.longitude, municipalityCode: town.code },
    },
  };
}

interface Place {
  id: string;
  code: string;
  regionIndex: number;
  name: { fi: string; sv?: string };
  language: string;
  latitude: number;
  longitude: number;
}

/** Regions and municipalities from the reference data, each municipality with a made-up centre. */
function geography(regions: RegionData[], random: Random, b: Builder) {
  const regionTable = b.table('region', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    code: 'text',
    ...TEXT3('name'),
  });
  const municipalityTable = b.table('municipality', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    code: 'varchar(3)',
    ...TEXT3('name'),
    language: 'language_status',
    region_id: 'uuid',
  });
  const regionIds: string[] = [];
  const municipalities: Place[] = [];
  const byRegion: Place[][] = [];
  regions.forEach((region, regionIndex) => {
    const regionId = b.next('region');
    regionIds.push(regionId);
    regionTable.rows.push({
      id: regionId,
      ...stamp,
      code: region.code,
      name_fi: region.name.fi,
      name_sv: region.name.sv ?? null,
      name_en: region.name.en ?? null,
    });
    // Regions spread over mainland Finland, south to north.
    const centre = {
      latitude: 60.2 + (regionIndex / regions.length) * 7.5 + random.next() * 0.4,
      longitude: 22 + random.next() * 7.5,
    };
    byRegion.push([]);
    for (const m of region.municipalities) {
      const place: Place = {
        id: b.next('municipality'),
        code: m.code,
        regionIndex,
        name: m.name,
        language: m.language,
        latitude: round(centre.latitude + (random.next() - 0.5) * 0.8, 5),
        longitude: round(centre.longitude + (random.next() - 0.5) * 1.6, 5),
      };
      municipalities.push(place);
      byRegion[regionIndex].push(place);
      municipalityTable.rows.push({
        id: place.id,
        ...stamp,
        code: m.code,
        name_fi: m.name.fi,
        name_sv: m.name.sv ?? null,
        name_en: null,
        language: m.language,
        region_id: regionId,
      });
    }
  });
  return { regionIds, municipalities, byRegion };
}

type Places = ReturnType<typeof geography>;

function organizationsOf(regions: RegionData[], regionIds: string[], b: Builder) {
  const table = b.table('organization', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    kind: 'organization_kind',
    ...TEXT3('name'),
    region_id: 'uuid',
  });
  const add = (kind: string, name: string, regionId: string | null) => {
    const orgId = b.next('organization');
    table.rows.push({ id: orgId, ...stamp, kind, name_fi: name, region_id: regionId });
    return orgId;
  };
  const own = regions.map((r, i) => add('WELFARE_REGION', r.name.fi, regionIds[i]));
  const kela = add('KELA', 'Kansaneläkelaitos', null);
  const ngos = Array.from({ length: 12 }, (_, i) => add('NGO', `Tukiyhdistys ${i + 1} ry`, null));
  const parishes = regions.map((r, i) => add('PARISH', `Seurakuntayhtymä ${r.code}`, regionIds[i]));
  const contractors = Array.from({ length: 4 }, (_, i) =>
    add('PRIVATE', `Lääkäripalvelu ${i + 1} Oy`, null),
  );
  return { own, kela, ngos, parishes, contractors };
}

type Organizations = ReturnType<typeof organizationsOf>;

function categories(b: Builder): string[] {
  const table = b.table('service_category', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    code: 'text',
    ...TEXT3('name'),
    parent_id: 'uuid',
  });
  const byCode = new Map<string, string>();
  // Parents first: a dotted code comes after the code before its dot.
  const ordered = [...CATEGORIES].sort(
    (a, b2) => a.code.split('.').length - b2.code.split('.').length,
  );
  for (const category of ordered) {
    const categoryId = b.next('category');
    byCode.set(category.code, categoryId);
    const parent = parentCode(category.code);
    table.rows.push({
      id: categoryId,
      ...stamp,
      code: category.code,
      name_fi: category.name.fi,
      name_sv: category.name.sv ?? null,
      name_en: category.name.en ?? null,
      parent_id: parent ? byCode.get(parent) : null,
    });
  }
  return [...byCode.values()];
}

const ACCESS_MODES = ['WALK_IN', 'APPOINTMENT', 'PHONE', 'ONLINE', 'REFERRAL', 'HOME_VISIT'];
const TARGET_GROUPS = ['working-age', 'pensioners', 'families', 'young-people', 'students'];
const SERVICE_WORDS = [
  ['Sosiaaliohjaus', 'Social handledning', 'Social guidance'],
  ['Velkaneuvonta', 'Skuldrådgivning', 'Debt advice'],
  ['Asumisneuvonta', 'Boenderådgivning', 'Housing advice'],
  ['Kela-asiointi', 'FPA-ärenden', 'Kela services'],
  ['Perheneuvola', 'Familjerådgivning', 'Family counselling'],
  ['Päihdepalvelut', 'Missbrukarvård', 'Substance-use services'],
  ['Mielenterveyspalvelut', 'Mentalvårdstjänster', 'Mental-health services'],
  ['Työkykykoordinaattori', 'Arbetsförmågekoordinator', 'Work-ability coordinator'],
  ['Kriisiapu', 'Krishjälp', 'Crisis help'],
  ['Vertaistuki', 'Kamratstöd', 'Peer support'],
];

interface ServiceRow {
  id: string;
  regionIndex: number | null;
}

function servicesOf(
  random: Random,
  b: Builder,
  orgs: Organizations,
  categoryIds: string[],
  places: Places,
): ServiceRow[] {
  const table = b.table('service', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    ...TEXT3('name'),
    description_fi: 'text',
    organization_id: 'uuid',
    sector: 'service_sector',
    target_groups: 'text[]',
    min_age: 'smallint',
    max_age: 'smallint',
    languages: 'text[]',
    free: 'boolean',
    access_modes: 'text[]',
    phone: 'text',
    area: 'service_area',
    region_id: 'uuid',
    status: 'service_status',
  });
  const pivot = b.table('service_categories', { service_id: 'uuid', service_category_id: 'uuid' });
  const served = b.table('service_municipalities', { service_id: 'uuid', municipality_id: 'uuid' });
  const services: ServiceRow[] = [];
  for (let i = 0; i < SERVICES; i++) {
    const serviceId = b.next('service');
    const [fi, sv, en] = SERVICE_WORDS[i % SERVICE_WORDS.length];
    const roll = random.next();
    const area =
      roll < 0.6 ? 'STATIONS' : roll < 0.8 ? 'REGION' : roll < 0.9 ? 'NATIONAL' : 'MUNICIPALITIES';
    const regionIndex = area === 'NATIONAL' ? null : random.int(0, places.regionIds.length - 1);
    const sector = random.chance(0.75) ? 'PUBLIC' : random.chance(0.8) ? 'THIRD_SECTOR' : 'PRIVATE';
    const organization =
      sector === 'PUBLIC'
        ? regionIndex === null
          ? orgs.kela
          : orgs.own[regionIndex]
        : sector === 'THIRD_SECTOR'
          ? random.pick(orgs.ngos)
          : random.pick(orgs.contractors);
    const underAge = random.chance(0.15);
    table.rows.push({
      id: serviceId,
      ...stamp,
      name_fi: `${fi} ${i + 1}`,
      name_sv: `${sv} ${i + 1}`,
      name_en: `${en} ${i + 1}`,
      description_fi: `${fi}: apua arjen asioihin, palvelu numero ${i + 1}.`,
      organization_id: organization,
      sector,
      target_groups: random.sample(TARGET_GROUPS, random.int(0, 2)),
      min_age: underAge ? null : random.chance(0.2) ? 18 : null,
      max_age: underAge ? 64 : null,
      languages: random.chance(0.3) ? ['fi', 'sv'] : ['fi'],
      free: random.chance(0.8),
      access_modes: random.sample(ACCESS_MODES, random.int(1, 3)),
      phone: `029 ${String(100000 + i)}`,
      area,
      region_id: regionIndex === null ? null : places.regionIds[regionIndex],
      status: random.chance(0.95) ? 'ACTIVE' : 'DRAFT',
    });
    for (const categoryId of random.sample(categoryIds, random.int(1, 2))) {
      pivot.rows.push({ service_id: serviceId, service_category_id: categoryId });
    }
    if (area === 'MUNICIPALITIES') {
      const members = places.byRegion[regionIndex!];
      for (const m of random.sample(members, Math.min(2, members.length))) {
        served.rows.push({ service_id: serviceId, municipality_id: m.id });
      }
    }
    services.push({ id: serviceId, regionIndex });
  }
  return services;
}

/** Schedule tables; created on first use so that their rows come before their owners'. */
function scheduleTables(b: Builder) {
  return {
    schedule: b.table('schedule', {
      id: 'uuid',
      ...STAMP_COLUMNS,
      always_open: 'boolean',
      holiday_policy: 'holiday_policy',
    }),
    rule: b.table('schedule_rule', {
      id: 'uuid',
      schedule_id: 'uuid',
      position: 'smallint',
      weekdays: 'smallint[]',
      opens: 'time',
      closes: 'time',
      over_midnight: 'boolean',
      interval: 'smallint',
      anchor_date: 'date',
      nth_of_month: 'smallint',
    }),
    exception: b.table('schedule_exception', {
      id: 'uuid',
      schedule_id: 'uuid',
      start_date: 'date',
      end_date: 'date',
      closed: 'boolean',
      reason_fi: 'text',
    }),
  };
}

type RuleShape = [weekdays: number[], opens: string, closes: string, interval?: number];
const WEEKLY_PATTERNS: RuleShape[][] = [
  [
    [[1, 2, 3, 4], '08:00', '16:00'],
    [[5], '08:00', '14:00'],
    [[2], '16:00', '19:00'],
  ],
  [
    [[1, 2, 3], '08:00', '15:30'],
    [[4], '10:00', '18:00'],
    [[5], '08:00', '13:00'],
  ],
  [
    [[1, 3, 5], '09:00', '12:00'],
    [[2, 4], '12:00', '15:00'],
    [[6], '10:00', '14:00', 2],
  ],
  [
    [[1, 2, 3, 4, 5], '08:00', '16:00'],
    [[3], '17:00', '19:00', 2],
    [[6], '10:00', '13:00', 4],
  ],
];

/** A schedule of about three rules; some with a closure in December. Returns its id. */
function addSchedule(b: Builder, random: Random, ruleCount?: number): string {
  const t = scheduleTables(b);
  const scheduleId = b.next('schedule');
  const holidayPolicy = random.chance(0.8) ? 'CLOSED_ON_HOLIDAYS' : 'CLOSED_ON_HOLIDAYS_AND_EVES';
  t.schedule.rows.push({
    id: scheduleId,
    ...stamp,
    always_open: false,
    holiday_policy: holidayPolicy,
  });
  const pattern = random.pick(WEEKLY_PATTERNS).slice(0, ruleCount ?? 3);
  pattern.forEach(([weekdays, opens, closes, interval], position) => {
    t.rule.rows.push({
      id: b.next('rule'),
      schedule_id: scheduleId,
      position,
      weekdays,
      opens,
      closes,
      over_midnight: false,
      interval: interval ?? 1,
      anchor_date: interval ? '2026-01-05' : null,
      nth_of_month: null,
    });
  });
  if (random.chance(0.1)) {
    const day = random.int(1, 28);
    t.exception.rows.push({
      id: b.next('exception'),
      schedule_id: scheduleId,
      start_date: `2026-12-${String(day).padStart(2, '0')}`,
      end_date: `2026-12-${String(day + random.int(0, 2)).padStart(2, '0')}`,
      closed: true,
      reason_fi: 'Koulutuspäivä',
    });
  }
  return scheduleId;
}

function stationsOf(
  scale: number,
  random: Random,
  b: Builder,
  places: Places,
  orgs: Organizations,
  services: ServiceRow[],
) {
  scheduleTables(b);
  const stationTable = b.table('station', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    ...TEXT3('name'),
    region_id: 'uuid',
    municipality_id: 'uuid',
    street_address: 'text',
    postal_code: 'varchar(5)',
    post_office: 'text',
    latitude: 'float8',
    longitude: 'float8',
    phone: 'text',
    languages: 'text[]',
    operator_kind: 'operator_kind',
    operator_id: 'uuid',
    active: 'boolean',
    source: 'text',
    schedule_id: 'uuid',
  });
  const deliveryTable = b.table('service_at_station', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    service_id: 'uuid',
    station_id: 'uuid',
    notes_fi: 'text',
    active: 'boolean',
    schedule_id: 'uuid',
  });
  const count = STATIONS_PER_SCALE * scale;
  const regionCount = places.regionIds.length;
  const activeIds: string[] = [];
  const activeByRegion = new Array<number>(regionCount).fill(0);
  const byRegion: string[][] = Array.from({ length: regionCount }, () => []);
  const perMunicipality = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const regionIndex = i % regionCount;
    // The region's first municipality (its centre) gets a quarter of its stations.
    const candidates = places.byRegion[regionIndex];
    const place = random.chance(0.25) ? candidates[0] : random.pick(candidates);
    const n = (perMunicipality.get(place.id) ?? 0) + 1;
    perMunicipality.set(place.id, n);
    const stationId = b.next('station');
    const contracted = random.chance(0.15);
    const active = random.chance(0.97);
    const swedish = place.language !== 'FI';
    stationTable.rows.push({
      id: stationId,
      ...stamp,
      name_fi: `${place.name.fi}n terveysasema ${n}`,
      name_sv: swedish ? `${place.name.sv ?? place.name.fi} hälsostation ${n}` : null,
      name_en: null,
      region_id: places.regionIds[regionIndex],
      municipality_id: place.id,
      street_address: `Terveystie ${n}`,
      postal_code: String(10000 + ((i * 37) % 89999)).padStart(5, '0'),
      post_office: place.name.fi.toUpperCase(),
      latitude: round(place.latitude + (random.next() - 0.5) * 0.1, 6),
      longitude: round(place.longitude + (random.next() - 0.5) * 0.2, 6),
      phone: `09 ${String(1000000 + i)}`,
      languages: swedish ? ['fi', 'sv'] : random.chance(0.2) ? ['fi', 'en'] : ['fi'],
      operator_kind: contracted ? 'CONTRACTED' : 'OWN',
      operator_id: contracted ? random.pick(orgs.contractors) : orgs.own[regionIndex],
      active,
      source: 'bench',
      schedule_id: addSchedule(b, random),
    });
    byRegion[regionIndex].push(stationId);
    if (active) {
      activeIds.push(stationId);
      activeByRegion[regionIndex]++;
    }
    for (const service of random.sample(services, random.int(15, 25))) {
      deliveryTable.rows.push({
        id: b.next('delivery'),
        ...stamp,
        service_id: service.id,
        station_id: stationId,
        notes_fi: random.chance(0.3) ? 'Ajanvaraus puhelimitse.' : null,
        active: random.chance(0.95),
        schedule_id: random.chance(0.25) ? addSchedule(b, random, random.int(1, 3)) : null,
      });
    }
  }
  return { activeIds, activeByRegion, byRegion };
}

/** About one counsellor per ten stations, each receiving at five stations of their region. */
function counsellorsOf(
  scale: number,
  random: Random,
  b: Builder,
  places: Places,
  stationsByRegion: string[][],
): void {
  const counsellors = b.table('counsellor', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    name: 'text',
    title_fi: 'text',
    region_id: 'uuid',
    phone: 'text',
    languages: 'text[]',
    consultation_channels: 'text[]',
    active: 'boolean',
  });
  const receptions = b.table('reception', {
    id: 'uuid',
    ...STAMP_COLUMNS,
    counsellor_id: 'uuid',
    station_id: 'uuid',
    modes: 'text[]',
    target_groups: 'text[]',
    free: 'boolean',
    active: 'boolean',
    schedule_id: 'uuid',
  });
  const count = (STATIONS_PER_SCALE / 10) * scale;
  for (let i = 0; i < count; i++) {
    const regionIndex = i % places.regionIds.length;
    const counsellorId = b.next('counsellor');
    counsellors.rows.push({
      id: counsellorId,
      ...stamp,
      name: `Ohjaaja ${i + 1}`,
      title_fi: 'sosiaaliohjaaja',
      region_id: places.regionIds[regionIndex],
      phone: `040 ${String(1000000 + i)}`,
      languages: random.chance(0.2) ? ['fi', 'sv'] : ['fi'],
      consultation_channels: ['PHONE', 'SECURE_MESSAGE'],
      active: true,
    });
    for (const stationId of random.sample(stationsByRegion[regionIndex], 5)) {
      receptions.rows.push({
        id: b.next('reception'),
        ...stamp,
        counsellor_id: counsellorId,
        station_id: stationId,
        modes: random.sample(['WALK_IN', 'APPOINTMENT', 'PHONE', 'REMOTE'], random.int(1, 2)),
        target_groups: random.sample(TARGET_GROUPS, random.int(0, 2)),
        free: true,
        active: true,
        schedule_id: addSchedule(b, random, 1),
      });
    }
  }
}

const CHUNK = 5000;

/** Inserts every table in order, in chunks of one multi-row INSERT each, then ANALYZE. */
export async function loadDataset(client: Client, tables: Table[]): Promise<void> {
  await client.query('begin');
  for (const table of tables) {
    const names = Object.keys(table.columns).map((c) => `"${c}"`);
    const types = Object.entries(table.columns).map(([c, type]) => `"${c}" ${type}`);
    const sql =
      `insert into "${table.name}" (${names.join(', ')}) select ${names.join(', ')}` +
      ` from jsonb_to_recordset($1::jsonb) as x(${types.join(', ')})`;
    for (let i = 0; i < table.rows.length; i += CHUNK) {
      await client.query(sql, [JSON.stringify(table.rows.slice(i, i + CHUNK))]);
    }
  }
  await client.query('commit');
  await client.query('analyze');
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
