import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { counsellorId, serviceId, stationId } from '../../seeds/ids';
import { Role } from '../../server/src/modules/auth/role';
import { apiClient, type ApiClient } from '../support/test-server';
import { createTestUser, type TestUser } from '../support/users';
import {
  ensureConsoleBuilt,
  eventually,
  launchChromium,
  recordRequests,
  startConsoleServer,
  type ConsoleServer,
  seriousViolations,
} from './support';

/**
 * The referral work in a real browser against the real server and a fresh seeded database: a
 * Jyväskylä nurse refers a client to the counsellor Marita Korhonen and consults her about
 * another case; the counsellor takes the referral through to completion; the region
 * administrator looks at the statistics.
 */
let server: ConsoleServer;
let browser: Browser;
let professional: TestUser;
let counsellor: TestUser;
let regionAdmin: TestUser;
const requested: string[] = [];

const TIMEOUT = 20_000;
jest.setTimeout(120_000);

const STATION_NAME = 'Jyväskylän oma terveysasema 1';
const CLIENT = { name: 'Maija Meikäläinen', phone: '040 123 4567', times: 'arkiaamuisin' };
const MESSAGE = 'Velkaantunut, tarvitsee apua Kela-hakemuksen kanssa.';
const CONSULTATION = 'Miten asumistukea haetaan, kun vuokra on jäänyt maksamatta?';
const SERVICE_NAME = 'Terveysaseman sosiaaliohjaus (Jyväskylä)';

/** Filled in as the story goes on. */
let referralId: string;
let consultationId: string;

beforeAll(async () => {
  ensureConsoleBuilt();
  [server, browser] = await Promise.all([startConsoleServer(), launchChromium()]);
  professional = await createTestUser(server.sql, Role.PROFESSIONAL, { region: 'keski-suomi' });
  counsellor = await createTestUser(server.sql, Role.COUNSELLOR, {
    region: 'keski-suomi',
    counsellorId: counsellorId('marita-korhonen'),
  });
  regionAdmin = await createTestUser(server.sql, Role.REGION_ADMIN, { region: 'keski-suomi' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'fi-FI',
    viewport: { width: 1400, height: 1000 },
    // No transitions in the console then: axe measures colours at rest, not mid-fade.
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(TIMEOUT);
  recordRequests(context, requested);
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, user: TestUser) {
  await page.goto(`${server.app.url}/admin/`);
  await page.getByLabel(/^Sähköposti/).fill(user.email);
  await page.getByLabel(/^Salasana/).fill(user.password);
  await page.getByTestId('sign-in').click();
  await page.getByRole('menuitem', { name: 'Etusivu' }).waitFor();
}

/** The API as the signed-in user of the browser context (its session cookie). */
async function apiAs(context: BrowserContext): Promise<ApiClient> {
  const [session] = await context.cookies();
  return apiClient(server.app.url, `${session.name}=${session.value}`);
}

/** No serious or critical WCAG 2.1 A/AA violation on the whole page as it is now. */
async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

const text = (locator: Locator, expected: string) =>
  eventually(async () => expect(await locator.textContent()).toContain(expected));

const status = (page: Page) => page.getByTestId('referral-status').first();

/** The id of the record the page shows: `#/<resource>/<id>/show`. */
const shownId = (page: Page) => new URL(page.url()).hash.split('/')[2];

/**
 * Holds the page's findHelp requests until `release`: `held()` tells how many are waiting.
 */
async function holdFindHelp(page: Page) {
  let waiting = 0;
  let open!: () => void;
  const released = new Promise<void>((resolve) => (open = resolve));
  await page.route('**/graphql', async (request) => {
    const body = request.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName === 'ReferFindHelp') {
      waiting++;
      await released;
    }
    await request.fallback();
  });
  return {
    held: () => waiting,
    release: async () => {
      open();
      await page.unrouteAll({ behavior: 'wait' });
    },
  };
}

async function pickStation(page: Page) {
  await page.getByLabel('Lähettävä asema').click();
  await page.getByRole('option', { name: STATION_NAME }).click();
}

describe('a health professional', () => {
  let context: BrowserContext;
  let page: Page;
  /** The variables of every sendReferral the page made. */
  const sent: Record<string, unknown>[] = [];
  beforeAll(async () => {
    ({ context, page } = await newPage());
    page.on('request', (request) => {
      const body = request.postDataJSON?.() as { operationName?: string; variables?: any } | null;
      if (body?.operationName === 'SendReferral') sent.push(body.variables.input);
    });
  });
  afterAll(() => context?.close());

  it('sees the receptions and services at their station for the topics, and sends a referral', async () => {
    await signIn(page, professional);
    await page.getByRole('menuitem', { name: 'Ohjaa asiakas' }).click();
    await pickStation(page);
    await page.getByLabel('Talous ja raha-asiat').check();
    await page.getByLabel('Kelan etuudet ja hakemukset').check();

    // findHelp's answer: Marita Korhonen's reception at the station with its next times, and
    // the matching services; her reception is offered as the receiver.
    await text(page.getByTestId('receptions'), 'Marita Korhonen');
    await text(page.getByTestId('receptions'), 'Seuraavat:');
    await text(page.getByTestId('services'), SERVICE_NAME);
    const marita = page.getByRole('radio', { name: /^Marita Korhonen/ });
    await eventually(async () => expect(await marita.isChecked()).toBe(true));
    await expectAccessible(page);

    await page.getByLabel('Muutaman päivän sisällä').check();
    // Without consent a referral cannot be sent.
    await page.getByLabel('Asiakkaan nimi').fill(CLIENT.name);
    await page.getByLabel('Puhelinnumero').fill(CLIENT.phone);
    await page.getByLabel('Milloin asiakkaan tavoittaa').fill(CLIENT.times);
    await page.getByLabel('Viesti').fill(MESSAGE);
    await page.getByTestId('send-referral').click();
    await page.getByText('Ohjaus vaatii asiakkaan suostumuksen').first().waitFor();
    expect(sent).toHaveLength(0);

    await page.getByLabel('Asiakas suostuu').check();
    await page.getByLabel('Suullisesti vastaanotolla').check();
    await text(page.getByTestId('consent-recorded-by'), `Test ${Role.PROFESSIONAL}`);
    await page.getByTestId('send-referral').click();
    await page.getByText('Ohjaus lähetetty').waitFor();
    await text(status(page), 'Uusi');
    referralId = shownId(page);

    const [row] = await server.sql(
      `select kind, status, urgency, client_name, client_phone, client_language,
              client_contact_times, message, consent_method, consent_recorded_by_id,
              consent_recorded_at, sender_id, counsellor_id, sending_station_id,
              receiving_station_id
         from referral where id = $1`,
      [referralId],
    );
    expect(row).toMatchObject({
      kind: 'REFERRAL',
      status: 'SENT',
      urgency: 'SOON',
      client_name: CLIENT.name,
      client_phone: CLIENT.phone,
      client_language: 'fi',
      client_contact_times: CLIENT.times,
      message: MESSAGE,
      consent_method: 'ORAL',
      consent_recorded_by_id: professional.id,
      sender_id: professional.id,
      counsellor_id: counsellorId('marita-korhonen'),
      sending_station_id: stationId('jyvaskyla-1'),
      receiving_station_id: stationId('jyvaskyla-1'),
    });
    expect(row.consent_recorded_at).toBeInstanceOf(Date);
  });

  it('sends an anonymous consultation from a form without personal fields', async () => {
    await page.getByRole('menuitem', { name: 'Ohjaa asiakas' }).click();
    // The station is remembered from the last time.
    await text(page.getByTestId('receptions'), 'Marita Korhonen');
    // findHelp answers again for the topic picked; until it does, the last answer stays (the
    // lists above the form emptied at every pick, and a click meanwhile landed elsewhere).
    const { held, release } = await holdFindHelp(page);
    await page.getByLabel('Asuminen').check();
    await eventually(async () => expect(held()).toBeGreaterThan(0));
    const receptions = page.getByTestId('receptions');
    await eventually(async () => expect(await receptions.getAttribute('aria-busy')).toBe('true'));
    expect(await receptions.textContent()).toContain('Marita Korhonen');
    await release();
    await eventually(async () => expect(await receptions.getAttribute('aria-busy')).toBe('false'));
    await text(page.getByTestId('services'), SERVICE_NAME);
    await text(page.getByTestId('receptions'), 'Marita Korhonen');
    await page.getByLabel('Konsultaatio (anonyymi)').check();
    await page.getByTestId('consultation-notice').waitFor();
    for (const label of ['Asiakkaan nimi', 'Puhelinnumero', 'Asiakas suostuu', 'Asiointikieli']) {
      expect(await page.getByLabel(label).count()).toBe(0);
    }
    await page.getByLabel('Viesti').fill(CONSULTATION);
    await page.getByTestId('send-referral').click();
    await page.getByText('Konsultaatio lähetetty').waitFor();
    consultationId = shownId(page);

    // Nothing personal left the browser, and nothing was stored.
    const input = sent.at(-1)!;
    expect(input).toMatchObject({ kind: 'CONSULTATION', message: CONSULTATION });
    expect(Object.keys(input)).not.toContain('client');
    expect(Object.keys(input)).not.toContain('consent');
    const [row] = await server.sql(
      `select kind, status, client_name, client_phone, client_language, client_contact_times,
              consent_method, consent_recorded_at, consent_recorded_by_id, counsellor_id
         from referral where id = $1`,
      [consultationId],
    );
    expect(row).toEqual({
      kind: 'CONSULTATION',
      status: 'SENT',
      client_name: null,
      client_phone: null,
      client_language: null,
      client_contact_times: null,
      consent_method: null,
      consent_recorded_at: null,
      consent_recorded_by_id: null,
      counsellor_id: counsellorId('marita-korhonen'),
    });
  });
});

describe('the counsellor', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ context, page } = await newPage()));
  afterAll(() => context?.close());

  const inbox = () => page.getByRole('menuitem', { name: /^Ohjauspyynnöt/ });

  it('sees the unread count and the inbox, without personal data in the list', async () => {
    await signIn(page, counsellor);
    // The accessible name: the visible name and the count in words.
    await page.getByRole('menuitem', { name: /^Ohjauspyynnöt\s?, 2 uutta$/ }).waitFor();
    await text(page.getByTestId('unread-count'), '2');
    await inbox().click();
    await eventually(async () => expect(await page.getByRole('row').count()).toBe(3));
    expect(await page.getByText(CLIENT.name).count()).toBe(0);
    await expectAccessible(page);
    // Listing read no personal data: nothing of the counsellor's in the access log yet.
    expect(await accessLogReads(referralId, counsellor.id)).toEqual([]);
  });

  it('opens the referral (logged with the view as reason), receives it, marks it contacted and completes it', async () => {
    await page.getByRole('row', { name: /Talous ja raha-asiat/ }).click();
    await text(page.getByTestId('client-name'), CLIENT.name);
    await text(page.getByTestId('message'), MESSAGE);
    await text(status(page), 'Uusi');
    const reads = await accessLogReads(referralId, counsellor.id);
    expect(reads).toHaveLength(1);
    expect(reads[0].reason).toContain('query ReferralInboxShow: referral');
    expect(reads[0].reason).toContain('client');
    await expectAccessible(page);

    await page.getByTestId('step-RECEIVE').click();
    await text(status(page), 'Vastaanotettu');
    // The accessible name: the visible name and the count in words.
    await page.getByRole('menuitem', { name: /^Ohjauspyynnöt\s?, 1 uusi$/ }).waitFor();

    await page.getByTestId('step-CONTACT').click();
    await text(status(page), 'Yhteys otettu');

    await page.getByTestId('step-COMPLETE').click();
    const dialog = page.getByRole('dialog', { name: 'Merkitse valmiiksi' });
    await dialog.getByLabel('Palvelut, joihin asiakas ohjattiin').fill('sosiaaliohjaus');
    await page.getByRole('option', { name: SERVICE_NAME }).click();
    await dialog.getByLabel('Seurasi yhteisvastaanotto').check();
    await dialog.getByLabel('Seurasi verkostopalaveri').check();
    await dialog.getByLabel('Huomautus').fill('Kela-hakemus tehty yhdessä.');
    await dialog.getByTestId('confirm-step').click();
    await text(status(page), 'Valmis');
    await text(page.getByTestId('referral-history'), 'Kela-hakemus tehty yhdessä.');
    expect(await page.getByTestId('referral-steps').count()).toBe(0);

    // As stored, and as the API tells it.
    const [row] = await server.sql(
      `select status, received_at, first_contact_at, closed_at, outcome_joint_reception,
              outcome_home_visit, outcome_network_meeting,
              array(select service_id from referral_outcome_service where referral_id = r.id) as services,
              array(select action::text from referral_event where referral_id = r.id order by at) as actions
         from referral r where id = $1`,
      [referralId],
    );
    expect(row).toMatchObject({
      status: 'COMPLETED',
      outcome_joint_reception: true,
      outcome_home_visit: false,
      outcome_network_meeting: true,
      services: [serviceId('sosiaaliohjaus-jyvaskyla')],
      actions: ['SEND', 'RECEIVE', 'CONTACT', 'COMPLETE'],
    });
    for (const at of ['received_at', 'first_contact_at', 'closed_at']) {
      expect(row[at]).toBeInstanceOf(Date);
    }
    const { referral } = await (await apiAs(context)).gql(REFERRAL, { id: referralId });
    expect(referral).toMatchObject({
      status: 'COMPLETED',
      allowedActions: [],
      outcome: { jointReception: true, networkMeeting: true, homeVisit: false },
      events: [
        { action: 'SEND', actor: { id: professional.id } },
        { action: 'RECEIVE', actor: { id: counsellor.id } },
        { action: 'CONTACT', actor: { id: counsellor.id } },
        { action: 'COMPLETE', actor: { id: counsellor.id } },
      ],
    });
  });

  it('is told when the referral changed since the page was read, and sees it as it is now', async () => {
    await page.goto(`${server.app.url}/admin/#/referralInbox/${consultationId}/show`);
    await text(status(page), 'Uusi');
    await page.getByTestId('step-RECEIVE').waitFor();
    // Meanwhile, in another tab: received.
    const api = await apiAs(context);
    const { referral } = await api.gql(REFERRAL, { id: consultationId });
    await api.gql(RECEIVE, { input: { id: consultationId, version: referral.version } });

    await page.getByTestId('step-RECEIVE').click();
    await page.getByText('Joku muu muutti tietoa sillä välin').waitFor();
    await text(status(page), 'Vastaanotettu');
    await page.getByTestId('step-CONTACT').waitFor();
    const [row] = await server.sql(
      `select status, (select count(*)::int from referral_event where referral_id = $1) as events
         from referral where id = $1`,
      [consultationId],
    );
    expect(row).toEqual({ status: 'RECEIVED', events: 2 });
  });

  it('records an anonymous contact in a few clicks', async () => {
    await page.getByRole('menuitem', { name: 'Yhteydenotot' }).click();
    await page.getByRole('link', { name: 'Kirjaa yhteydenotto' }).click();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(
      new Date(),
    );
    expect(await page.getByLabel('Päivä').inputValue()).toBe(today);
    await page.getByLabel('Terveysasema').click();
    await page.getByRole('option', { name: STATION_NAME }).click();
    await page.getByLabel('Puhelin', { exact: true }).check();
    await page.getByLabel('Asuminen').check();
    await page.getByLabel('25–44').check();
    await page.getByLabel('Hoitaja').check();
    await page.getByTestId('record-contact').click();
    await page.getByText('Yhteydenotto kirjattu').waitFor();
    // Ready for the next one: the day and station stay, the rest is cleared.
    await eventually(async () => expect(await page.getByLabel('Asuminen').isChecked()).toBe(false));

    const rows = await server.sql(
      `select to_char(date, 'YYYY-MM-DD') as date, station_id, channel, age_group, referred_by,
              array(select c.code from contact_record_topic t join service_category c
                      on c.id = t.service_category_id where t.contact_record_id = r.id) as topics
         from contact_record r where recorded_by_id = $1`,
      [counsellor.id],
    );
    expect(rows).toEqual([
      {
        date: today,
        station_id: stationId('jyvaskyla-1'),
        channel: 'PHONE',
        age_group: 'AGE_25_44',
        referred_by: 'NURSE',
        topics: ['housing'],
      },
    ]);
    await page.getByRole('menuitem', { name: 'Yhteydenotot' }).click();
    await eventually(async () => expect(await page.getByRole('row').count()).toBe(2));
  });
});

describe('back with the professional', () => {
  it('sees the referral completed with its outcome, and turns the consultation into a referral', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, professional);
      await page.getByRole('menuitem', { name: 'Lähetetyt ohjaukset' }).click();
      const row = page.getByRole('row', { name: /Talous ja raha-asiat/ });
      await text(row, 'Valmis');
      await text(page.getByRole('row', { name: /Asuminen/ }), 'Vastaanotettu');
      await row.click();
      await text(status(page), 'Valmis');
      await text(page.getByText(SERVICE_NAME).first(), SERVICE_NAME);
      // Completed: nothing left to cancel.
      expect(await page.getByTestId('step-CANCEL').count()).toBe(0);

      // The consultation, now with the client's consent, becomes a referral of the same case.
      await page.getByRole('menuitem', { name: 'Lähetetyt ohjaukset' }).click();
      await page.getByRole('row', { name: /Asuminen/ }).click();
      await page.getByTestId('step-CONVERT').click();
      const dialog = page.getByRole('dialog', { name: 'Muuta ohjaukseksi' });
      await dialog.getByLabel('Asiakas suostuu').check();
      await dialog.getByLabel('Kirjallisesti, asiakkaan allekirjoittamana').check();
      await dialog.getByLabel('Asiakkaan nimi').fill('Matti Meikäläinen');
      await dialog.getByLabel('Puhelinnumero').fill('050 765 4321');
      await dialog.getByTestId('confirm-step').click();
      await page.getByText('Konsultaatio lähetetty uudelleen ohjauksena').waitFor();
      await text(status(page), 'Uusi');
      await text(page.getByTestId('client-name'), 'Matti Meikäläinen');
      const [converted] = await server.sql(
        `select kind, status, started_as_consultation, client_name, consent_method, message
           from referral where id = $1`,
        [consultationId],
      );
      // The consultation's message stays when no new one is written.
      expect(converted).toEqual({
        kind: 'REFERRAL',
        status: 'SENT',
        started_as_consultation: true,
        client_name: 'Matti Meikäläinen',
        consent_method: 'WRITTEN',
        message: CONSULTATION,
      });
    } finally {
      await context.close();
    }
  });
});

describe('the region administrator', () => {
  it('sees the statistics as charts with their figures in tables, for the period picked', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, regionAdmin);
      await page.getByRole('menuitem', { name: 'Tilastot' }).click();
      // This year: the two referrals of this story (one began as a consultation), one completed of
      // one closed.
      await text(page.getByTestId('referrals-total'), '2 (ohjauksia: 2, konsultaatioita: 0)');
      await text(page.getByTestId('completed-share'), '100');
      await expectAccessible(page);

      // Last year: the seeded (illustrative) Jyväskylä contacts.
      await page.getByTestId('preset-LAST_YEAR').click();
      await text(page.getByTestId('contacts-total'), '240');
      const topics = page.getByTestId('by-topic').getByRole('row');
      await text(topics.nth(1), 'Talous ja raha-asiat72');
      await text(topics.nth(2), 'Kelan etuudet ja hakemukset60');
      await text(page.getByTestId('by-channel').getByRole('row', { name: /Ajanvaraus/ }), '40 %');
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});

it('sent no request to any host but the server on this machine', () => {
  const origin = new URL(server.app.url).origin;
  expect(requested.length).toBeGreaterThan(20);
  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

/** The access log's reads of the referral's personal data by the user. */
async function accessLogReads(id: string, actorId: string) {
  return server.sql<{ reason: string }>(
    `select reason from audit_event
      where entity_type = 'Referral' and entity_id = $1 and actor_id = $2 and action = 'READ'
      order by at`,
    [id, actorId],
  );
}

const REFERRAL = `query ($id: ID!) {
  referral(id: $id) {
    id version status allowedActions
    outcome { jointReception homeVisit networkMeeting services { id } }
    events { action actor { id } }
  }
}`;

const RECEIVE = `mutation ($input: ReferralTransitionInput!) {
  receiveReferral(input: $input) { id status }
}`;
