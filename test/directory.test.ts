import { counsellorId, stationId } from '../seeds/ids';
import { startTestServer, TestServer } from './support/test-server';

// The questions the product exists for, asked the way a public app asks them, against the seed.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const OWN = (n: number) => stationId(`jyvaskyla-${n}`);
const CONTRACTED = (n: number) => stationId(`oma-laakarisi-jyvaskyla-${n}`);

describe('the directory', () => {
  it('lists the 22 welfare regions with Finnish and Swedish names', async () => {
    const { regions } = await server.gql(
      `{ regions(page: { limit: 50 }) { total items { code name { fi sv } } } }`,
    );
    expect(regions.total).toBe(22);
    expect(regions.items).toContainEqual({
      code: 'keski-suomi',
      name: { fi: 'Keski-Suomen hyvinvointialue', sv: 'Mellersta Finlands välfärdsområde' },
    });
  });

  it('lists the nine seeded stations of Jyväskylä (179) with their receptions', async () => {
    const { stations } = await server.gql(JYVASKYLA_STATIONS);
    expect(stations.total).toBe(9);
    const ids = stations.items.map((s: any) => s.id).sort();
    expect(ids).toEqual([1, 2, 3, 4, 5, 6].map(OWN).concat([1, 2, 3].map(CONTRACTED)).sort());
    for (const station of stations.items) {
      expect(station.receptions).toHaveLength(1);
      expect(station.receptions[0].counsellor.name).toBe('Marita Korhonen');
    }
    const contracted = stations.items.filter((s: any) => s.operatorKind === 'CONTRACTED');
    expect(contracted.map((s: any) => s.receptions[0].hoursSummary.fi)).toEqual([
      'to 8.30-11.30, joka 3. viikko',
      'to 8.30-11.30, joka 3. viikko',
      'to 8.30-11.30, joka 3. viikko',
    ]);
  });

  // The seed's week (illustrative; see seeds/data/counsellors.ts): own stations 1-6 on Mon, Tue,
  // Wed mornings (8.30-11.30) and afternoons (12.30-15.30); Thursday mornings one contracted
  // station in a three-week rotation anchored in ISO weeks 2, 3 and 4 of 2026.
  it('merges her receptions in time order over New Year, skipping Epiphany', async () => {
    const times = await receptionsOf('2026-12-21', '2027-01-17');
    // ISO week 52 of 2026: (52 - 4) % 3 = 0 -> contracted station 3 on Thu 24.12 (Christmas Eve
    // is not a public holiday). Week 53: (53 - 2) % 3 = 0 -> station 1 on 31.12. The count goes
    // on across the year end: 2027 week 1 -> station 2, week 2 -> station 3.
    // Wed 6.1.2027 is Epiphany: both Wednesday receptions are closed.
    const expected = [
      ...week('2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', 3),
      ...week('2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', 1),
      ...week('2027-01-04', '2027-01-05', null, '2027-01-07', 2),
      ...week('2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', 3),
    ];
    expect(times).toEqual(expected);
  });

  it('follows Easter and the change to summer time', async () => {
    const times = await receptionsOf('2027-03-22', '2027-04-18');
    // Easter Sunday 2027 is 28 March: Easter Monday 29.3 closes both Monday receptions; Good
    // Friday has none. Weeks since the anchor week (2026-W02): 2027-W12 is 51 + 12 = 63 weeks,
    // 63 % 3 = 0 -> station 1; W13 -> 2; W14 -> 3; W15 -> 1.
    const expected = [
      ...week('2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', 1),
      ...week(null, '2027-03-30', '2027-03-31', '2027-04-01', 2),
      ...week('2027-04-05', '2027-04-06', '2027-04-07', '2027-04-08', 3),
      ...week('2027-04-12', '2027-04-13', '2027-04-14', '2027-04-15', 1),
    ];
    expect(times).toEqual(expected);
    const raw = await server.gql(UPCOMING, {
      id: counsellorId('marita-korhonen'),
      from: '2027-03-25',
      to: '2027-03-30',
    });
    // Thursday before the change is winter time, Tuesday after it summer time.
    expect(raw.counsellor.upcomingReceptions[0].start).toBe('2027-03-25T08:30:00+02:00');
    expect(raw.counsellor.upcomingReceptions[1].start).toBe('2027-03-30T08:30:00+03:00');
  });

  it('shows Lohja central station closed over Christmas, with the reason', async () => {
    const { station } = await server.gql(STATION_HOURS, {
      id: stationId('lohja-keskusta'),
      from: '2026-12-23',
      to: '2027-01-04',
    });
    const summary = station.openingHours.map(
      (d: any) =>
        `${d.date} ${d.closed ? (d.closedReason?.text.fi ?? 'closed') : d.intervals[0].start.slice(11, 16)}`,
    );
    // Wed 23.12 open; 24.12 Christmas Eve (the station closes on eves too); 25-26.12 holidays;
    // Boxing Day is a Saturday: no rule, so no holiday reason; Sun 27.12 no rule either;
    // 28-31.12 the closure; Fri 1.1 New Year's Day; weekend; Mon 4.1 open.
    expect(summary).toEqual([
      '2026-12-23 08:00',
      '2026-12-24 Jouluaatto',
      '2026-12-25 Joulupäivä',
      '2026-12-26 closed',
      '2026-12-27 closed',
      '2026-12-28 Joulun välipäivinä suljettu',
      '2026-12-29 Joulun välipäivinä suljettu',
      '2026-12-30 Joulun välipäivinä suljettu',
      '2026-12-31 Joulun välipäivinä suljettu',
      '2027-01-01 Uudenvuodenpäivä',
      '2027-01-02 closed',
      '2027-01-03 closed',
      '2027-01-04 08:00',
    ]);
  });

  it("answers a station's own reception times", async () => {
    const { station } = await server.gql(STATION_TIMES, {
      id: CONTRACTED(1),
      from: '2026-12-01',
      to: '2027-01-31',
    });
    // Station 1 is on in weeks 50 and 53 of 2026 and week 3 of 2027 (every third week).
    expect(station.upcomingReceptions.map((t: any) => t.start.slice(0, 10))).toEqual([
      '2026-12-10',
      '2026-12-31',
      '2027-01-21',
    ]);
  });
});

/** One week of the seed: Mon, Tue, Wed at two own stations each, Thu at one contracted one. */
function week(
  mon: string | null,
  tue: string | null,
  wed: string | null,
  thu: string,
  contracted: number,
): string[] {
  const day = (date: string | null, first: number) =>
    date ? [`${date} 08:30 ${OWN(first)}`, `${date} 12:30 ${OWN(first + 1)}`] : [];
  return [...day(mon, 1), ...day(tue, 3), ...day(wed, 5), `${thu} 08:30 ${CONTRACTED(contracted)}`];
}

async function receptionsOf(from: string, to: string): Promise<string[]> {
  const { counsellor } = await server.gql(UPCOMING, {
    id: counsellorId('marita-korhonen'),
    from,
    to,
  });
  return counsellor.upcomingReceptions.map(
    (t: any) => `${t.start.slice(0, 10)} ${t.start.slice(11, 16)} ${t.reception.station.id}`,
  );
}

const JYVASKYLA_STATIONS = `{
  stations(filter: { municipalityCodes: ["179"] }, page: { limit: 50 }) {
    total
    items {
      id name { fi } operatorKind
      receptions { modes counsellor { name } hoursSummary { fi } }
    }
  }
}`;
const STATION_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) {
  station(id: $id) { openingHours(from: $from, to: $to) { date closed intervals { start } closedReason { text { fi } } } }
}`;
const UPCOMING = `query ($id: ID!, $from: Date!, $to: Date!) {
  counsellor(id: $id) { upcomingReceptions(from: $from, to: $to) { start end reception { station { id } } } }
}`;
const STATION_TIMES = `query ($id: ID!, $from: Date!, $to: Date!) {
  station(id: $id) { upcomingReceptions(from: $from, to: $to) { start reception { counsellor { name } } } }
}`;
