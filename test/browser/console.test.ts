import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { municipalityId, regionId, serviceAtStationId, stationId } from '../../seeds/ids';
import { Role } from '../../server/src/modules/auth/role';
import { apiClient } from '../support/test-server';
import { createTestUser, type TestUser } from '../support/users';
import {
  describedBy,
  ensureConsoleBuilt,
  eventually,
  launchChromium,
  recordRequests,
  signIn as signInAs,
  startConsoleServer,
  type ConsoleServer,
} from './support';

/**
 * The console in a real browser (Debian's Chromium) against the real server and a fresh seeded
 * database: what a Keski-Suomi region administrator does on a Monday morning.
 */
let server: ConsoleServer;
let browser: Browser;
let regionAdmin: TestUser;
const requested: string[] = [];

/** Set CONSOLE_SCREENSHOTS=/some/dir to keep a picture of each step. */
const SHOTS = process.env.CONSOLE_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  // A picture is for looking at afterwards, never a reason for the test to fail.
  await page
    .screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, timeout: 30_000 })
    .catch(() => undefined);
}

beforeAll(async () => {
  ensureConsoleBuilt();
  [server, browser] = await Promise.all([startConsoleServer(), launchChromium()]);
  regionAdmin = await createTestUser(server.sql, Role.REGION_ADMIN, { region: 'keski-suomi' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** How long to wait for the page; generous, as a busy CI machine renders slowly. */
const TIMEOUT = 20_000;
jest.setTimeout(120_000);
const STATION = stationId('jyvaskyla-2');
const STATION_NAME = 'Jyväskylän oma terveysasema 2';
/** Lohja is in Länsi-Uusimaa: another region for a Keski-Suomi administrator. */
const OTHER_REGION_STATION = stationId('lohja-keskusta');

async function newContext(): Promise<BrowserContext> {
  // Finnish dates in date inputs, as the administrators' browsers show them.
  const context = await browser.newContext({
    locale: 'fi-FI',
    viewport: { width: 1400, height: 1000 },
  });
  context.setDefaultTimeout(TIMEOUT);
  recordRequests(context, requested);
  return context;
}

const signIn = (page: Page, user: TestUser) => signInAs(page, server.app.url, user);

const hoursUrl = (id: string) => `${server.app.url}/admin/#/stations/${id}/hours`;

/** Today in Helsinki and n days on, as the schedule engine counts them. */
function helsinkiDate(daysFromToday: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(
    new Date(),
  );
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + daysFromToday);
  return date.toISOString().slice(0, 10);
}

/** Waits until the input has the value. */
const value = (locator: Locator, expected: string) =>
  eventually(async () => expect(await locator.inputValue()).toBe(expected));
/** Waits until the element's text contains the text. */
const text = (locator: Locator, expected: string) =>
  eventually(async () => expect(await locator.textContent()).toContain(expected));

const dayCell = (page: Page, date: string) =>
  page.getByTestId('schedule-preview').locator(`td[data-date="${date}"]`);

describe('opening a new station, as a region administrator', () => {
  let context: BrowserContext;
  let page: Page;
  let newStation: string;
  const NAME = 'Tikkakosken terveysasema';
  /** The first Monday from today on: the reception's first week. */
  const firstMonday = [0, 1, 2, 3, 4, 5, 6]
    .map(helsinkiDate)
    .find((date) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1)!;
  const weeksLater = (weeks: number) => addDays(firstMonday, 7 * weeks);

  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
    await signIn(page, regionAdmin);
  });
  afterAll(() => context?.close());

  it('creates a station in a municipality of the region', async () => {
    await page.getByRole('menuitem', { name: 'Terveysasemat' }).click();
    await page.getByRole('link', { name: 'Luo' }).click();
    await page.getByLabel('Nimi (suomi) *').fill(NAME);
    await pickOption(page, 'Kunta *', 'Jyväskylä');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    // Saved, the form becomes the new station's edit page.
    await eventually(async () => expect(page.url()).toMatch(/#\/stations\/[0-9a-f-]{36}$/));
    newStation = page.url().split('/').pop()!;
    await value(page.getByLabel('Nimi (suomi) *'), NAME);
    await page.getByText('ei aukioloaikoja').first().waitFor();
    await shot(page, '10-new-station');
  });

  it('gives it weekday hours and sees them in the preview', async () => {
    await page.getByTestId('edit-hours').first().click();
    await text(page.getByTestId('hours-summary'), 'ei aukioloaikoja');
    const rule = await addItem(page, 'rules');
    for (const day of ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai']) {
      await rule.getByLabel(day).check();
    }
    await rule.getByRole('textbox', { name: /^Avautuu/ }).fill('8');
    await rule.getByRole('textbox', { name: /^Sulkeutuu/ }).fill('16');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Aukioloajat tallennettu').waitFor();
    await text(page.getByTestId('hours-summary'), 'ma-pe 8.00-16.00');
    await page.getByTestId('preview-interval').filter({ hasText: '8.00–16.00' }).first().waitFor();
    // Weekends stay closed in the preview.
    const saturday = addDays(firstMonday, 5);
    expect(await dayCell(page, saturday).textContent()).toContain('Suljettu');
    await shot(page, '11-new-station-hours');
  });

  it('adds a Monday reception every third week and sees it in the preview', async () => {
    await page.goto(`${server.app.url}/admin/#/receptions/create`);
    // The pickers offer the administrator's own region only: Lohja is in another one. "No
    // options" also shows before the first answer, so the answer to the search is waited for.
    const searched = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && !!response.request().postData()?.includes('Lohjan'),
    );
    await picker(page, 'Terveysasema *').fill('Lohjan');
    await searched;
    await page.locator('.MuiAutocomplete-noOptions').waitFor();
    expect(await page.getByRole('option').count()).toBe(0);
    await picker(page, 'Terveysasema *').fill('');
    await pickOption(page, 'Sosiaaliohjaaja *', 'Marita Korhonen', 'Marita');
    await pickOption(page, 'Terveysasema *', NAME, 'Tikkakosken');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await eventually(async () => expect(page.url()).toMatch(/#\/receptions\/[0-9a-f-]{36}$/));
    await page.getByTestId('edit-hours').first().click();
    await text(page.getByTestId('hours-summary'), 'ei aukioloaikoja');

    const rule = await addItem(page, 'rules');
    await rule.getByLabel('maanantai').check();
    await rule.getByRole('textbox', { name: /^Avautuu/ }).fill('9');
    await rule.getByRole('textbox', { name: /^Sulkeutuu/ }).fill('12');
    await rule.getByRole('combobox', { name: /^Toistuu/ }).click();
    await page.getByRole('option', { name: 'Muutaman viikon välein' }).click();
    await rule.getByRole('spinbutton', { name: /^Kuinka monen viikon välein/ }).fill('3');
    await rule.getByLabel(/^Ensimmäisen kerran/).fill(firstMonday);
    // Open on public holidays too, so that the weeks below do not depend on the calendar.
    await page.getByLabel('Auki pyhinäkin kuten muulloin').check();
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Aukioloajat tallennettu').waitFor();
    await text(page.getByTestId('hours-summary'), 'ma 9.00-12.00');

    // The server's preview: the first Monday and the one three weeks later, not those between.
    await text(dayCell(page, firstMonday), '9.00–12.00');
    await text(dayCell(page, weeksLater(3)), '9.00–12.00');
    for (const monday of [weeksLater(1), weeksLater(2)]) {
      expect(await dayCell(page, monday).textContent()).not.toContain('9.00–12.00');
    }
    await shot(page, '12-reception-every-third-week');
  });

  it('shows the hours and the reception through the public API', async () => {
    const { station } = await apiClient(server.app.url).gql(NEW_STATION_HOURS, {
      id: newStation,
      from: helsinkiDate(0),
      to: helsinkiDate(27),
    });
    expect(station.name.fi).toBe(NAME);
    expect(station.hoursSummary.fi).toContain('ma-pe 8.00-16.00');
    const open = (station.openingHours as OpeningDay[]).filter((d) => d.intervals.length > 0);
    // Four weeks of weekdays, less any public holidays.
    expect(open.length).toBeGreaterThanOrEqual(15);
    for (const day of open) {
      expect([1, 2, 3, 4, 5]).toContain(new Date(`${day.date}T00:00:00Z`).getUTCDay());
      const times = day.intervals.map((i) => [i.start.slice(11, 16), i.end.slice(11, 16)]);
      expect(times).toEqual([['08:00', '16:00']]);
    }
    expect(station.receptions).toHaveLength(1);
    expect(station.receptions[0].counsellor.name).toBe('Marita Korhonen');
    expect(
      station.upcomingReceptions.map((r: { start: string; end: string }) => [
        r.start.slice(0, 16),
        r.end.slice(11, 16),
      ]),
    ).toEqual([
      [`${firstMonday}T09:00`, '12:00'],
      [`${weeksLater(3)}T09:00`, '12:00'],
    ]);
  });
});

describe('the admin console, as a region administrator', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext();
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('signs in and opens a station from the list', async () => {
    await signIn(page, regionAdmin);
    await shot(page, '01-dashboard');
    await page.getByRole('menuitem', { name: 'Terveysasemat' }).click();
    await page.getByLabel('Hae').fill(STATION_NAME);
    // The region filter starts at the administrator's own region; the search finds one station.
    await eventually(async () => expect(await page.getByRole('row').count()).toBe(2));
    await shot(page, '02-stations');
    await page.getByRole('row', { name: new RegExp(STATION_NAME) }).click();
    await value(page.getByLabel('Nimi (suomi) *'), STATION_NAME);
    await shot(page, '03-station');
  });

  it('adds a weekly rule and an exception, saves, and shows the hours the server computes', async () => {
    await page.getByTestId('edit-hours').first().click();
    await text(page.getByTestId('hours-summary'), 'ma-pe 8.00-16.00');

    const rule = await addItem(page, 'rules');
    await rule.getByLabel('lauantai').check();
    await rule.getByRole('textbox', { name: /^Avautuu/ }).fill('10');
    await rule.getByRole('textbox', { name: /^Sulkeutuu/ }).fill('14.30');

    const closedDay = helsinkiDate(9);
    const exception = await addItem(page, 'exceptions');
    await exception.getByLabel(/^Alkaen/).fill(closedDay);
    await exception.getByLabel('Syy (suomi)').fill('Koulutuspäivä');
    await exception.getByLabel('Syy (ruotsi)').fill('Utbildningsdag');
    await shot(page, '04-hours-edited');

    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Aukioloajat tallennettu').waitFor();
    await text(page.getByTestId('hours-summary'), 'la 10.00-14.30');

    // The preview is the server's: the exception day closed with its reason, Saturdays open.
    await text(dayCell(page, closedDay), 'Koulutuspäivä');
    expect(await dayCell(page, closedDay).textContent()).not.toContain('8.00–16.00');
    await page.getByTestId('preview-interval').filter({ hasText: '10.00–14.30' }).first().waitFor();
    await shot(page, '05-hours-saved');

    // What the public API now answers for the station.
    const { station } = await apiClient(server.app.url).gql(PUBLIC_HOURS, {
      id: STATION,
      from: helsinkiDate(0),
      to: helsinkiDate(27),
    });
    expect(station.hoursSummary.fi).toContain('la 10.00-14.30');
    const closed = station.openingHours.find((d: { date: string }) => d.date === closedDay);
    expect(closed).toMatchObject({ closed: true, closedReason: { text: { fi: 'Koulutuspäivä' } } });
    const saturdayOpenings = station.openingHours
      .filter((d: { date: string }) => new Date(`${d.date}T00:00:00Z`).getUTCDay() === 6)
      .flatMap((d: { intervals: { start: string }[] }) =>
        d.intervals.map((i) => i.start.slice(11, 16)),
      );
    expect(saturdayOpenings).toContain('10:00');
  });

  it('shows the server validation error next to the input it is about', async () => {
    const rule = await addItem(page, 'rules');
    await rule.getByLabel('sunnuntai').check();
    await rule.getByRole('textbox', { name: /^Avautuu/ }).fill('16.00');
    await rule.getByRole('textbox', { name: /^Sulkeutuu/ }).fill('8.00');
    await page.getByRole('button', { name: 'Tallenna' }).click();

    const closes = rule.getByRole('textbox', { name: /^Sulkeutuu/ });
    await eventually(async () => expect(await closes.getAttribute('aria-invalid')).toBe('true'));
    // The server's message is the input's own helper text (its accessible description).
    expect(await describedBy(closes)).toContain('closes must be after opens');
    const opens = rule.getByRole('textbox', { name: /^Avautuu/ });
    expect(await opens.getAttribute('aria-invalid')).toBe('false');
    await text(page.getByTestId('invalid'), 'Sääntö 3 · Sulkeutuu');
    await shot(page, '06-validation-error');
  });

  it('shows a conflict in a stale second tab and keeps what was typed there', async () => {
    const [first, second] = [await context.newPage(), await context.newPage()];
    try {
      await Promise.all([first.goto(hoursUrl(STATION)), second.goto(hoursUrl(STATION))]);
      // Chromium hardly renders a tab in the background: act in the one in front.
      await first.bringToFront();
      const late = await addItem(first, 'exceptions');
      await late.getByLabel(/^Alkaen/).fill(helsinkiDate(20));
      await late.getByLabel('Syy (suomi)').fill('Ensimmäisen välilehden muutos');

      await second.bringToFront();
      const early = await addItem(second, 'exceptions');
      await early.getByLabel(/^Alkaen/).fill(helsinkiDate(20));
      await early.getByLabel('Syy (suomi)').fill('Henkilöstökokous');
      await second.getByRole('button', { name: 'Tallenna' }).click();
      await second.getByText('Aukioloajat tallennettu').waitFor();

      await first.bringToFront();
      await first.getByRole('button', { name: 'Tallenna' }).click();
      await text(first.getByTestId('conflict'), 'Joku muu muutti');
      await value(late.getByLabel('Syy (suomi)'), 'Ensimmäisen välilehden muutos');
      await shot(first, '07-conflict');

      // Reloading shows what the other tab saved.
      await first.getByRole('button', { name: 'Lataa uudelleen' }).click();
      await value(
        first.getByTestId('exceptions').getByLabel('Syy (suomi)').last(),
        'Henkilöstökokous',
      );
    } finally {
      await Promise.all([first.close(), second.close()]);
      await page.bringToFront();
    }
  });

  it('shows a conflict on a station form in a stale second tab and keeps what was typed there', async () => {
    const stationUrl = `${server.app.url}/admin/#/stations/${STATION}`;
    const [first, second] = [await context.newPage(), await context.newPage()];
    try {
      await Promise.all([first.goto(stationUrl), second.goto(stationUrl)]);
      await first.bringToFront();
      await value(first.getByLabel('Nimi (suomi) *'), STATION_NAME);
      await first.getByLabel('Katuosoite').fill('Ensimmäisen välilehden katu 1');

      await second.bringToFront();
      await value(second.getByLabel('Nimi (suomi) *'), STATION_NAME);
      await second.getByLabel('Katuosoite').fill('Keskuskatu 2');
      await second.getByRole('button', { name: 'Tallenna' }).click();
      await second.getByText('Tieto päivitetty').waitFor();

      await first.bringToFront();
      await first.getByRole('button', { name: 'Tallenna' }).click();
      await first.getByText('Joku muu muutti tietoa sillä välin').waitFor();
      // Saved pessimistically: nothing was written, and the form still holds what was typed.
      await value(first.getByLabel('Katuosoite'), 'Ensimmäisen välilehden katu 1');
      const [row] = await server.sql('select street_address from station where id = $1', [STATION]);
      expect(row.street_address).toBe('Keskuskatu 2');
      await shot(first, '07b-station-conflict');
    } finally {
      await Promise.all([first.close(), second.close()]);
      await page.bringToFront();
    }
  });

  it('shows a station of another region read-only, and the server refuses changing it', async () => {
    await page.goto(`${server.app.url}/admin/#/stations/${OTHER_REGION_STATION}`);
    await page.getByTestId('read-only').waitFor();
    await value(page.getByLabel('Nimi (suomi) *'), 'Lohjan keskustan terveysasema');
    expect(await page.getByRole('button', { name: 'Tallenna' }).count()).toBe(0);
    expect(await page.getByLabel('Nimi (suomi) *').isDisabled()).toBe(true);
    await shot(page, '08-other-region');

    // Its hours too: no way to save them.
    await page.goto(hoursUrl(OTHER_REGION_STATION));
    await page.getByTestId('read-only').waitFor();
    await page.getByTestId('preview-interval').first().waitFor();
    expect(await page.getByRole('button', { name: 'Tallenna' }).count()).toBe(0);
    expect(await page.getByTestId('add-rule').count()).toBe(0);

    // What the console does not offer, the server refuses to this session anyway.
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const refused = await apiClient(server.app.url, cookie).gqlError(UPDATE_STATION, {
      input: { id: OTHER_REGION_STATION, version: 1, phone: '019 000 0000' },
    });
    expect(refused.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a save when the station moved to another region meanwhile, keeping what was typed', async () => {
    const moving = stationId('jyvaskyla-5');
    await page.goto(`${server.app.url}/admin/#/stations/${moving}`);
    await value(page.getByLabel('Nimi (suomi) *'), 'Jyväskylän oma terveysasema 5');
    await page.getByLabel('Puhelin').fill('014 266 0000');
    // A national administrator moves it to Asikkala (Päijät-Häme) while the form is open.
    await server.sql(
      `update station set municipality_id = $2, region_id = $3, version = version + 1 where id = $1`,
      [moving, municipalityId('016'), regionId('paijat-hame')],
    );
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Palvelin epäsi pyynnön').waitFor();
    await value(page.getByLabel('Puhelin'), '014 266 0000');
    await shot(page, '08b-refused');
  });

  it('switches the console to Swedish and English', async () => {
    await page.goto(`${server.app.url}/admin/#/stations`);
    await page.getByRole('button', { name: /suomi/i }).click();
    await page.getByRole('menuitem', { name: 'Svenska' }).click();
    await page.getByRole('menuitem', { name: 'Hälsostationer' }).waitFor();
    await page.getByRole('columnheader', { name: 'Öppettider' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await shot(page, '09-swedish');

    await page.getByRole('button', { name: /svenska/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Health stations' }).waitFor();
    await page.getByRole('button', { name: /english/i }).click();
    await page.getByRole('menuitem', { name: 'Suomi' }).click();
    await page.getByRole('menuitem', { name: 'Terveysasemat' }).waitFor();
  });

  it('signs out for good', async () => {
    const [session] = await context.cookies();
    await page.getByRole('button', { name: 'Profiili' }).click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    await page.getByTestId('sign-in').waitFor();
    // The old cookie signs nobody in any more.
    const old = apiClient(server.app.url, `${session.name}=${session.value}`);
    expect((await old.gql('{ me { id } }')).me).toBeNull();
    await page.goto(`${server.app.url}/admin/#/stations`);
    await page.getByTestId('sign-in').waitFor();
  });

  it('sent no request to any host but the server on this machine', () => {
    const origin = new URL(server.app.url).origin;
    expect(requested.length).toBeGreaterThan(20);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});

describe('missing Swedish in a bilingual municipality, as a Länsi-Uusimaa administrator', () => {
  let context: BrowserContext;
  let page: Page;
  const LOHJA = OTHER_REGION_STATION;
  const ESPOO_DELIVERY = serviceAtStationId('sosiaaliohjaus-espoo', 'espoo-1');
  const flagIn = (row: Locator) => row.getByTestId('missing-swedish');

  beforeAll(async () => {
    const admin = await createTestUser(server.sql, Role.REGION_ADMIN, { region: 'lansi-uusimaa' });
    context = await newContext();
    page = await context.newPage();
    await signIn(page, admin);
  });
  afterAll(() => context?.close());

  it('flags a station without its Swedish text in the form and in the list', async () => {
    await page.goto(`${server.app.url}/admin/#/stations/${LOHJA}`);
    await value(page.getByLabel('Nimi (suomi) *'), 'Lohjan keskustan terveysasema');
    expect(await page.getByTestId('missing-swedish').count()).toBe(0);

    await page.getByLabel('Esteettömyys (suomi)').fill('Esteetön sisäänkäynti pääovelta');
    // While typing: the Swedish input says it is needed.
    const swedish = page.getByLabel('Esteettömyys (ruotsi)');
    await eventually(async () => expect(await describedBy(swedish)).toContain('Ruotsi tarvitaan'));
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Tieto päivitetty').waitFor();
    // Saved: the server names the field that lacks Swedish, and the form says so.
    await text(page.getByRole('alert').filter({ hasText: 'ruotsinkielinen' }), 'Esteettömyys');
    await shot(page, '13-missing-swedish-form');

    await page.getByRole('menuitem', { name: 'Terveysasemat' }).click();
    const row = page.getByRole('row', { name: /Lohjan keskustan terveysasema/ });
    await flagIn(row).waitFor();
    // The only station of the region that lacks Swedish.
    expect(await page.getByTestId('missing-swedish').count()).toBe(1);
    await shot(page, '14-missing-swedish-list');
  });

  it('flags a service at a station without its Swedish notes, and clears the flag once written', async () => {
    await page.goto(`${server.app.url}/admin/#/servicesAtStations/${ESPOO_DELIVERY}`);
    const finnish = page.getByLabel('Lisätiedot (suomi)');
    await finnish.waitFor();
    expect(await page.getByTestId('missing-swedish').count()).toBe(0);
    await finnish.fill('Ajanvaraus terveysaseman palvelunumerosta.');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Tieto päivitetty').waitFor();
    await text(page.getByRole('alert').filter({ hasText: 'ruotsinkielinen' }), 'Lisätiedot');

    await page.getByRole('menuitem', { name: 'Palvelut asemilla' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Espoon terveysasema 1' });
    await flagIn(row).waitFor();

    // With the Swedish text written, the flag goes in the form and in the list.
    await row.click();
    await page
      .getByLabel('Lisätiedot (ruotsi)')
      .fill('Tidsbokning via hälsostationens servicenummer.');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Tieto päivitetty').waitFor();
    await eventually(async () =>
      expect(await page.getByRole('alert').filter({ hasText: 'ruotsinkielinen' }).count()).toBe(0),
    );
    await page.getByRole('menuitem', { name: 'Palvelut asemilla' }).click();
    await page.getByRole('row').filter({ hasText: 'Espoon terveysasema 1' }).waitFor();
    expect(await page.getByTestId('missing-swedish').count()).toBe(0);
  });
});

/** Adds a rule or an exception to the schedule form and returns its inputs. */
async function addItem(page: Page, list: 'rules' | 'exceptions'): Promise<Locator> {
  // The form shows the saved schedule once it has loaded; count its items only then.
  await page.getByTestId('hours-summary').waitFor();
  const section = page.getByTestId(list);
  const items = section.locator('.RaSimpleFormIterator-line');
  const before = await items.count();
  await section.getByTestId(list === 'rules' ? 'add-rule' : 'add-exception').click();
  await eventually(async () => expect(await items.count()).toBe(before + 1));
  return items.nth(before);
}

/** Picks an option of an autocomplete input by typing (part of) its name. */
async function pickOption(page: Page, label: string, option: string, typed = option) {
  await picker(page, label).fill(typed);
  await page.getByRole('option', { name: option }).click();
  await value(picker(page, label), option);
}

/** The text box of an autocomplete (its open list of options has the same label). */
function picker(page: Page, label: string) {
  return page.getByLabel(label).and(page.getByRole('combobox'));
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

interface OpeningDay {
  date: string;
  intervals: { start: string; end: string }[];
}

const NEW_STATION_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) {
  station(id: $id) {
    name { fi }
    hoursSummary { fi }
    openingHours(from: $from, to: $to) { date intervals { start end } }
    receptions { counsellor { name } }
    upcomingReceptions(from: $from, to: $to) { start end }
  }
}`;

const UPDATE_STATION = `mutation ($input: UpdateStationInput!) { updateStation(input: $input) { id } }`;

const PUBLIC_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) {
  station(id: $id) {
    hoursSummary { fi }
    openingHours(from: $from, to: $to) { date closed intervals { start } closedReason { text { fi } } }
  }
}`;
