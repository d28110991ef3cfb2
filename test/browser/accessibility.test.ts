import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { regionId, serviceAtStationId, stationId } from '../../seeds/ids';
import { Role } from '../../server/src/modules/auth/role';
import { createTestUser, type TestUser } from '../support/users';
import {
  ensureConsoleBuilt,
  eventually,
  launchChromium,
  seriousViolations,
  signIn,
  startConsoleServer,
  type ConsoleServer,
} from './support';

/**
 * WCAG 2.1 AA on the console's main pages (the Finnish accessibility law applies to it): axe-core
 * finds no serious or critical violation on the sign-in page, the lists, the edit forms and the
 * schedule editor, and the schedule editor works from the keyboard alone.
 */
let server: ConsoleServer;
let browser: Browser;
let regionAdmin: TestUser;
let context: BrowserContext;
let page: Page;

jest.setTimeout(120_000);
const STATION = stationId('jyvaskyla-2');
const STATION_NAME = 'Jyväskylän oma terveysasema 2';
/** Lohja is bilingual, and in another region than the Keski-Suomi administrator's. */
const LOHJA = stationId('lohja-keskusta');
/** The first week of an every-other-week rule. */
const ANCHOR = '2026-01-03';

beforeAll(async () => {
  ensureConsoleBuilt();
  [server, browser] = await Promise.all([startConsoleServer(), launchChromium()]);
  regionAdmin = await createTestUser(server.sql, Role.REGION_ADMIN, { region: 'keski-suomi' });
  // An accessibility text in Finnish only: the Lohja station is flagged for its missing Swedish.
  await server.sql(`update station set accessibility_fi = $2 where id = $1`, [
    LOHJA,
    'Esteetön sisäänkäynti pääovelta',
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A browser window of its own, in Finnish as the administrators' browsers are. */
async function openBrowserWindow(): Promise<void> {
  // Reduced motion: the console then has no transitions, so colours are measured at rest.
  context = await browser.newContext({
    locale: 'fi-FI',
    viewport: { width: 1400, height: 1000 },
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  // Leaving a form with unsaved changes asks first (warnWhenUnsavedChanges): leave.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
}

/** Fails naming every violation (rule, element, what to fix), so that the message is the fix list. */
async function expectNoSeriousViolations(what: string) {
  const violations = await seriousViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `${what}: ${violations.length} serious or critical WCAG 2.1 AA violations:\n` +
        violations.join('\n'),
    );
  }
}

const url = (hash: string) => `${server.app.url}/admin/#${hash}`;

describe('axe-core finds no serious or critical WCAG 2.1 A/AA violation', () => {
  beforeAll(openBrowserWindow);
  afterAll(() => context?.close());

  it('on the sign-in page, in the default language', async () => {
    await page.goto(`${server.app.url}/admin/`);
    await page.getByTestId('sign-in').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await expectNoSeriousViolations('sign-in page');
  });

  it('on the sign-in page with a wrong password refused', async () => {
    await page.getByLabel(/^Sähköposti/).fill(regionAdmin.email);
    await page.getByLabel(/^Salasana/).fill('not the password');
    await page.getByTestId('sign-in').click();
    await page.getByText('Väärä sähköpostiosoite tai salasana.').waitFor();
    await expectNoSeriousViolations('sign-in page with an error');
  });

  it('on the dashboard, whose title is the page title', async () => {
    await signIn(page, server.app.url, regionAdmin);
    await expectNoSeriousViolations('dashboard');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tukiverkko');
  });

  it('on the list of stations', async () => {
    await page.goto(url('/stations'));
    await page.getByRole('row', { name: new RegExp(STATION_NAME) }).waitFor();
    await expectNoSeriousViolations('stations list');
    // One top-level heading, the page's title, which the browser tab shows too.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Terveysasemat');
    await eventually(async () => expect(await page.title()).toBe('Terveysasemat – Tukiverkko'));
  });

  it('on the edit form of a station', async () => {
    await page.goto(url(`/stations/${STATION}`));
    await eventually(async () =>
      expect(await page.getByLabel('Nimi (suomi) *').inputValue()).toBe(STATION_NAME),
    );
    await expectNoSeriousViolations('station edit page');
  });

  it('on the schedule editor with its preview', async () => {
    await page.goto(url(`/stations/${STATION}/hours`));
    await page.getByTestId('hours-summary').waitFor();
    await page.getByTestId('preview-interval').first().waitFor();
    await expectNoSeriousViolations('schedule editor');
  });

  it('on the schedule editor with an every-third-week rule and an error from the server', async () => {
    const rule = await addRule(page);
    await rule.getByLabel('maanantai').check();
    await rule.getByRole('textbox', { name: /^Avautuu/ }).fill('12');
    await rule.getByRole('textbox', { name: /^Sulkeutuu/ }).fill('9');
    await rule.getByRole('combobox', { name: /^Toistuu/ }).click();
    await page.getByRole('option', { name: /^Muutaman viikon välein/ }).click();
    await rule.getByRole('spinbutton', { name: /^Kuinka monen viikon välein/ }).fill('3');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByTestId('invalid').waitFor();
    await expectNoSeriousViolations('schedule editor with an invalid rule');
  });

  it('on the list of services', async () => {
    await page.goto(url('/services'));
    await page.getByRole('row').nth(1).waitFor();
    // The previous test's error notification closes by itself; measure this page without it,
    // not while it is being removed.
    await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached' });
    await expectNoSeriousViolations('services list');
  });

  it('on the list of services at stations, and the edit form of one', async () => {
    await page.goto(url('/servicesAtStations'));
    await page.getByRole('row').nth(1).waitFor();
    await expectNoSeriousViolations('services at stations list');
    const id = serviceAtStationId('sosiaaliohjaus-jyvaskyla', 'jyvaskyla-2');
    await page.goto(url(`/servicesAtStations/${id}`));
    await page.getByLabel(/^Lisätiedot \(suomi\)/).waitFor();
    await expectNoSeriousViolations('service at station edit page');
  });

  it('on a list and a form that flag missing Swedish', async () => {
    const filter = encodeURIComponent(JSON.stringify({ regionId: regionId('lansi-uusimaa') }));
    await page.goto(url(`/stations?filter=${filter}`));
    await page
      .getByRole('row', { name: /Lohjan keskustan/ })
      .getByTestId('missing-swedish')
      .waitFor();
    await expectNoSeriousViolations('stations list with a missing-Swedish flag');
    await page.goto(url(`/stations/${LOHJA}`));
    await page.getByRole('alert').filter({ hasText: 'Esteettömyys' }).waitFor();
    await expectNoSeriousViolations('read-only station form with a missing-Swedish notice');
  });

  it('on a list and a form in Swedish, with the page language following', async () => {
    await page.goto(url('/stations'));
    await page.getByRole('button', { name: /suomi/i }).click();
    await page.getByRole('menuitem', { name: 'Svenska' }).click();
    await page.getByRole('menuitem', { name: 'Hälsostationer' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expectNoSeriousViolations('stations list in Swedish');
    await page.goto(url(`/stations/${STATION}/hours`));
    await page.getByTestId('preview-interval').first().waitFor();
    await expectNoSeriousViolations('schedule editor in Swedish');

    await page.getByRole('button', { name: /svenska/i }).click();
    await page.getByRole('menuitem', { name: 'Suomi' }).click();
    await page.getByRole('menuitem', { name: 'Terveysasemat' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
  });
});

describe('the schedule editor from the keyboard alone', () => {
  beforeAll(async () => {
    await openBrowserWindow();
    await signIn(page, server.app.url, regionAdmin);
    await page.goto(url(`/stations/${STATION}/hours`));
    await page.getByTestId('preview-interval').first().waitFor();
  });
  afterAll(() => context?.close());

  it('reaches every control with Tab', async () => {
    // A rule and an exception on the page, so that their inputs and remove buttons are there.
    await addRule(page);
    await page.getByTestId('add-exception').click();
    const stops = await tagTabStops(page);
    expect(stops.length).toBeGreaterThan(20);

    // From the first control of the page's content (the way back), Tab after Tab.
    await page.getByRole('link', { name: 'Takaisin tietoihin' }).focus();
    const reached = new Set<string>();
    for (let i = 0; i < stops.length + 20 && reached.size < stops.length; i++) {
      const stop = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.tabStop,
      );
      if (stop) reached.add(stop);
      await page.keyboard.press('Tab');
    }
    const missed = stops.filter((s) => !reached.has(s.id)).map((s) => s.name);
    expect(missed).toEqual([]);
  });

  it('adds a weekly rule, fills it in and saves it with the keyboard', async () => {
    await page.reload();
    await page.getByTestId('preview-interval').first().waitFor();
    const rules = page.getByTestId('rules').locator('.RaSimpleFormIterator-line');
    const before = await rules.count();

    await page.getByTestId('add-rule').focus();
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await rules.count()).toBe(before + 1));
    const rule = rules.nth(before);

    // Tab from the add button's item onwards: the first stop in the new rule is Monday.
    await rule.getByLabel('maanantai').focus();
    await page.keyboard.press('Tab'); // tiistai
    await page.keyboard.press('Tab'); // keskiviikko
    await page.keyboard.press('Tab'); // torstai
    await page.keyboard.press('Tab'); // perjantai
    await page.keyboard.press('Tab'); // lauantai
    await expectFocused(rule.getByLabel('lauantai'));
    await page.keyboard.press('Space');
    expect(await rule.getByLabel('lauantai').isChecked()).toBe(true);
    await page.keyboard.press('Tab'); // sunnuntai
    await page.keyboard.press('Tab');
    await expectFocused(rule.getByRole('textbox', { name: /^Avautuu/ }));
    await page.keyboard.type('9.30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13');

    // The repeat select opens and chooses with the arrow keys.
    await rule.getByRole('combobox', { name: /^Toistuu/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventually(async () =>
      expect(await rule.getByRole('combobox', { name: /^Toistuu/ }).textContent()).toContain(
        'Muutaman viikon välein',
      ),
    );
    await page.keyboard.press('Tab');
    await expectFocused(rule.getByRole('spinbutton', { name: /^Kuinka monen viikon välein/ }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    const anchor = rule.getByLabel(/^Ensimmäisen kerran/);
    await expectFocused(anchor);
    // Typed, a date's parts go in the order of the browser's own language (Chromium's, not the
    // page's): set it directly, as that order is not the console's to choose.
    await anchor.fill(ANCHOR);

    await page.getByRole('button', { name: 'Tallenna' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Aukioloajat tallennettu').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('hours-summary').textContent()).toContain('la 9.30-13.00'),
    );
  });

  it('removes the rule with the keyboard, through a button that says which rule', async () => {
    const rules = page.getByTestId('rules').locator('.RaSimpleFormIterator-line');
    const count = await rules.count();
    // Back from the add button: the last rule's remove button, named after its rule.
    await page.getByTestId('add-rule').focus();
    await page.keyboard.press('Shift+Tab');
    await expectFocused(page.getByRole('button', { name: `Poista: Sääntö ${count}` }));
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await rules.count()).toBe(count - 1));
    await page.getByRole('button', { name: 'Tallenna' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Aukioloajat tallennettu').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('hours-summary').textContent()).not.toContain('la 9.30'),
    );
  });
});

/** Adds an empty weekly rule with the mouse and returns its inputs. */
async function addRule(page: Page): Promise<Locator> {
  const rules = page.getByTestId('rules').locator('.RaSimpleFormIterator-line');
  const before = await rules.count();
  await page.getByTestId('add-rule').click();
  await eventually(async () => expect(await rules.count()).toBe(before + 1));
  return rules.nth(before);
}

async function expectFocused(locator: Locator) {
  await eventually(async () =>
    expect(await locator.evaluate((element) => element === document.activeElement)).toBe(true),
  );
}

/**
 * Marks every control of the page's content that Tab should reach (enabled, shown, not taken out
 * of the tab order; of a radio group the checked radio) and returns their marks and names.
 */
function tagTabStops(page: Page): Promise<{ id: string; name: string }[]> {
  return page.evaluate(() => {
    const content = document.getElementById('main-content');
    if (!content) throw new Error('No #main-content on the page');
    const candidates = Array.from(
      content.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
    ).filter((element) => {
      if ((element as HTMLInputElement).disabled || element.tabIndex < 0) return false;
      if ((element as HTMLInputElement).type === 'hidden') return false;
      if (element.closest('[aria-hidden="true"], [inert]')) return false;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      if (element.getClientRects().length === 0) return false;
      const radio = element as HTMLInputElement;
      if (radio.type === 'radio') {
        const group = document.querySelectorAll<HTMLInputElement>(
          `input[type="radio"][name="${radio.name}"]`,
        );
        const checked = Array.from(group).find((r) => r.checked) ?? group[0];
        return radio === checked;
      }
      return true;
    });
    return candidates.map((element, i) => {
      element.dataset.tabStop = String(i);
      const name =
        element.getAttribute('aria-label') ||
        (element as HTMLInputElement).labels?.[0]?.textContent ||
        element.textContent ||
        element.outerHTML.slice(0, 80);
      return { id: String(i), name: name.trim() };
    });
  });
}
