import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { stationId } from '../../seeds/ids';
import { Role } from '../../server/src/modules/auth/role';
import { apiClient } from '../support/test-server';
import { createTestUser, type TestUser } from '../support/users';
import {
  describedBy,
  ensureConsoleBuilt,
  eventually,
  launchChromium,
  recordRequests,
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

async function signIn(page: Page, user: TestUser) {
  await page.goto(`${server.app.url}/admin/`);
  await page.getByLabel(/^Sähköposti/).fill(user.email);
  await page.getByLabel(/^Salasana/).fill(user.password);
  await page.getByTestId('sign-in').click();
  await page.getByRole('menuitem', { name: 'Terveysasemat' }).waitFor();
}

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

  it('shows a station of another region read-only', async () => {
    await page.goto(`${server.app.url}/admin/#/stations/${OTHER_REGION_STATION}`);
    await page.getByTestId('read-only').waitFor();
    await value(page.getByLabel('Nimi (suomi) *'), 'Lohjan keskustan terveysasema');
    expect(await page.getByRole('button', { name: 'Tallenna' }).count()).toBe(0);
    expect(await page.getByLabel('Nimi (suomi) *').isDisabled()).toBe(true);
    await shot(page, '08-other-region');
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

const PUBLIC_HOURS = `query ($id: ID!, $from: Date!, $to: Date!) {
  station(id: $id) {
    hoursSummary { fi }
    openingHours(from: $from, to: $to) { date closed intervals { start } closedReason { text { fi } } }
  }
}`;
