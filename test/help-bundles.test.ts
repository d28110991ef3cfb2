import { loadConfig } from '../server/src/config';
import { Role } from '../server/src/modules/auth/role';
import { HelpBundles } from '../server/src/modules/directory/help-bundles';
import { useAdminServer } from './support/admin-server';

// What anonymous findHelp requests keep of stations (server/src/modules/directory/help-bundles.ts):
// a repeat reads less, and is as fresh as the public answers are allowed to be.
const { server, admin } = useAdminServer();

const OPTIONS = `query ($input: FindHelpInput!) {
  findHelp(input: $input) {
    total
    options { kind serviceAtStation { id } service { id name { fi } } station { id } }
  }
}`;

/** Jyväskylä's region's stations: the seed has several, with services and receptions. */
const JYVASKYLA = { where: { municipalityCode: '179' } };

/**
 * An anonymous findHelp, each time with another variable (which the query does not use) so that
 * the answer cache, which keeps whole answers, never answers it: what is measured is the reading
 * below it.
 */
let nonce = 0;
async function anonymous(input: object = JYVASKYLA) {
  const response = await server.post(OPTIONS, { input: { ...input, limit: 100 }, nonce: nonce++ });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return {
    statements: Number(response.headers.get('x-sql-statements')),
    deliveries: deliveryIds(body.data.findHelp.options),
    names: body.data.findHelp.options.map((o: any) => o.service?.name.fi),
    total: body.data.findHelp.total as number,
  };
}

const deliveryIds = (options: any[]): string[] =>
  options.map((o) => o.serviceAtStation?.id).filter(Boolean);

async function aDeliveryInJyvaskyla(): Promise<{ id: string; version: number }> {
  const { deliveries } = await anonymous();
  const [row] = await server.sql(`select id, version from service_at_station where id = $1`, [
    deliveries[0],
  ]);
  return row as { id: string; version: number };
}

describe('anonymous findHelp keeps what it read of stations', () => {
  it('reads only its stations on a repeat, and answers as a fresh read does', async () => {
    // After a write through the server nothing is kept.
    const delivery = await aDeliveryInJyvaskyla();
    await noteOn(delivery.id, delivery.version, 'Avoinna');
    const first = await anonymous();
    const repeat = await anonymous();
    // The municipality and its region's stations; their services, the area's services and the
    // schedules are kept.
    expect(first.statements).toBeGreaterThanOrEqual(5);
    expect(repeat.statements).toBe(2);
    expect(repeat.total).toBe(first.total);
    expect(repeat.deliveries.length).toBeGreaterThan(0);
    // A signed-in user reads everything each time: the same options.
    const signedIn = await admin.gql(OPTIONS, { input: { ...JYVASKYLA, limit: 100 } });
    expect(signedIn.findHelp.total).toBe(repeat.total);
    expect(deliveryIds(signedIn.findHelp.options)).toEqual(repeat.deliveries);
  });

  it('answers topics from what it kept, as the statement that reads them does', async () => {
    await anonymous();
    // The seed's Jyväskylä has one service at its stations: social guidance, which answers
    // housing and Kela benefits but not debts.
    for (const topics of [['housing'], ['finances.debt'], ['finances.debt', 'kela-benefits']]) {
      const kept = await anonymous({ ...JYVASKYLA, topics });
      const fresh = await admin.gql(OPTIONS, { input: { ...JYVASKYLA, topics, limit: 100 } });
      expect(kept.statements).toBeLessThanOrEqual(4);
      expect(kept.total).toBe(fresh.findHelp.total);
      expect(kept.deliveries).toEqual(deliveryIds(fresh.findHelp.options));
    }
    expect((await anonymous({ ...JYVASKYLA, topics: ['finances.debt'] })).total).toBe(0);
    expect((await anonymous({ ...JYVASKYLA, topics: ['housing'] })).total).toBeGreaterThan(0);
  });

  it('shows a write through the server at once', async () => {
    const delivery = await aDeliveryInJyvaskyla();
    expect((await anonymous()).deliveries).toContain(delivery.id);
    await admin.gql(
      `mutation ($input: UpdateServiceAtStationInput!) { updateServiceAtStation(input: $input) { id } }`,
      { input: { id: delivery.id, version: delivery.version, active: false } },
    );
    const after = await anonymous();
    expect(after.deliveries).not.toContain(delivery.id);
    expect(after.statements).toBeGreaterThan(2);
  });

  it('is never what a signed-in user gets: a change made beside the server shows to them at once, to the public at the next write', async () => {
    const delivery = await aDeliveryInJyvaskyla();
    const professional = await server.as(Role.PROFESSIONAL);
    // A write through the server starts what is kept afresh (so that the minute cannot run out
    // during this test).
    const version = await noteOn(delivery.id, delivery.version, 'Auki');
    await anonymous();
    // Written straight to the database (another instance of the server, say): this server's
    // kept records do not know it.
    await server.sql(`update service_at_station set active = false where id = $1`, [delivery.id]);
    const signedIn = await professional.gql(OPTIONS, { input: { ...JYVASKYLA, limit: 100 } });
    expect(deliveryIds(signedIn.findHelp.options)).not.toContain(delivery.id);
    // Kept for the public as an answer may be (max-age=60): until a write here, or the minute.
    expect((await anonymous()).deliveries).toContain(delivery.id);
    await noteOn(delivery.id, version, 'Tauolla');
    expect((await anonymous()).deliveries).not.toContain(delivery.id);
  });
});

/** Sets a delivery's notes through the server; returns its new version. */
async function noteOn(id: string, version: number, note: string): Promise<number> {
  const { updateServiceAtStation } = await admin.gql(
    `mutation ($input: UpdateServiceAtStationInput!) {
      updateServiceAtStation(input: $input) { version }
    }`,
    { input: { id, version, notes: { fi: note } } },
  );
  return updateServiceAtStation.version;
}

describe('HelpBundles', () => {
  const bundlesKeeping = (seconds: number) => new HelpBundles(server.app.orm.em, seconds);
  const open = (bundles: HelpBundles, now?: number) => {
    const kept = bundles.open(now);
    if (!kept) throw new Error('nothing kept');
    return kept;
  };

  it('starts a new generation after its time, and at once after a write', () => {
    const bundles = bundlesKeeping(60);
    const t0 = Date.parse('2026-12-01T10:00:00Z');
    open(bundles, t0).keepSpec('a', null);
    expect(open(bundles, t0 + 59_999).spec('a')).toBeNull();
    expect(open(bundles, t0 + 60_000).spec('a')).toBeUndefined();
    open(bundles, t0 + 60_001).keepSpec('b', null);
    bundles.clear();
    expect(open(bundles, t0 + 60_002).spec('b')).toBeUndefined();
  });

  it('does not keep what a request read before a write emptied it', () => {
    const bundles = bundlesKeeping(60);
    const before = open(bundles);
    bundles.clear();
    before.keepSpec('a', null);
    before.keepDeliveries(['station'], []);
    before.keepAreaServices('area', []);
    const after = open(bundles);
    expect(after.spec('a')).toBeUndefined();
    expect(after.deliveriesAt('station')).toBeUndefined();
    expect(after.areaServices('area')).toBeUndefined();
    // Its records belong to an EntityManager of its own, not to a request's.
    expect(after.em).not.toBe(before.em);
  });

  it('does not keep a question about more stations than a quarter of what it holds', () => {
    const kept = open(bundlesKeeping(60));
    expect(kept.fits(500)).toBe(true);
    expect(kept.fits(501)).toBe(false);
  });

  it('keeps nothing with FIND_HELP_KEPT_SECONDS=0, and no longer than a public answer', () => {
    expect(bundlesKeeping(0).open()).toBeNull();
    expect(loadConfig({}).findHelpKeptSeconds).toBe(60);
    expect(loadConfig({ FIND_HELP_KEPT_SECONDS: '0' }).findHelpKeptSeconds).toBe(0);
    expect(() => loadConfig({ FIND_HELP_KEPT_SECONDS: '61' })).toThrow(
      'FIND_HELP_KEPT_SECONDS must be 0-60, got 61',
    );
  });
});
