import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '#application/ports';
import { getRuntime } from '#adapters/runtime';
import { addDays } from '#core/calendar-date';
import { type PlannedRequest, plannedDeadline, playRequest, proefPerson } from '#infra/local/seed-year';
import { launchChromium, navigate, problemsAtCheckedWidths, signInWithBrowser } from '#test-support/browser';
import { startTestApp, type TestApp } from '#test-support/local-app';

/**
 * The FG of swv-go in Chromium with JavaScript switched off: sign in, the
 * overview, the next page, sorting, a filter, the figures with their SVG
 * chart, another period, the export link. axe runs on every page in a second,
 * JavaScript-enabled context with the same cookies (the pages are all GETs,
 * so it loads the same URL again), and finds no WCAG 2.1 A/AA violation.
 */
const TODAY = '2026-03-16';
const FG = 'swv-go.fg@portaal.example';

let app: TestApp;
let browser: Browser;
let axeContext: BrowserContext;
let realClock: Clock;

/** Thirty requests involving swv-go over half a year (more than one page of 25), some decided, some extended; one in Midden-Gelre. */
function plans(): PlannedRequest[] {
  const overleggen = [
    { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'rgo' },
    { regionId: 'goeree-overflakkee', casusoverlegId: 'go-loket-onderwijs-jeugdhulp', variablePartyId: 'ibogo' },
    { regionId: 'goeree-overflakkee', casusoverlegId: 'go-vot', variablePartyId: 'kidzeiland' },
  ];
  const types: PlannedRequest['types'][] = [['inzage'], ['rectificatie', 'inzage'], ['verwijdering'], ['bezwaar']];
  const result: PlannedRequest[] = [];
  for (let i = 0; i < 30; i++) {
    const receivedOn = addDays(TODAY, -6 * i);
    const deadline = plannedDeadline(receivedOn);
    const plan: PlannedRequest = { label: `e2e ${i}`, receivedOn, overleg: overleggen[i % 3]!, types: types[i % 4]!, channel: 'brief', person: proefPerson(i) };
    if (i % 4 === 1 && addDays(deadline, 1) <= TODAY) plan.decide = { on: addDays(deadline, i % 8 === 1 ? -1 : 1), onTime: i % 8 === 1 };
    if (i % 7 === 3) plan.extend = { on: addDays(receivedOn, 10), months: 2 };
    result.push(plan);
  }
  result.push({
    label: 'e2e Midden-Gelre',
    receivedOn: addDays(TODAY, -20),
    overleg: { regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling' },
    types: ['inzage'],
    channel: 'brief',
    person: proefPerson(99),
  });
  return result;
}

const references: string[] = [];
let foreignReference = '';

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  axeContext = await browser.newContext();
  // axe runs alongside the walk through the pages; on two busy cores a page may wait longer than Playwright's default 30 s.
  axeContext.setDefaultNavigationTimeout(60_000);
  axeContext.setDefaultTimeout(60_000);
  const runtime = getRuntime();
  realClock = runtime.clock;
  for (const plan of plans()) {
    const record = await playRequest(runtime, plan);
    if (plan.overleg.regionId === 'midden-gelre') foreignReference = record.reference;
    else references.push(record.reference);
  }
  runtime.clock = { now: () => new Date(`${TODAY}T11:00:00Z`) };
}, 180_000);
afterAll(async () => {
  if (realClock) getRuntime().clock = realClock;
  await browser?.close();
  await app?.stop();
});

async function noJsPage(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

const h1 = (page: Page) => page.locator('h1').innerText();
const search = (page: Page) => new URL(page.url()).searchParams;
const listReferences = (page: Page) => page.locator('#verzoeken tbody tr td:first-child').allInnerTexts();

const axeRunning: Array<Promise<unknown>> = [];
const axeChecked: string[] = [];

/** The same URL again in the JavaScript-enabled context, with the same cookies; axe runs there. */
async function expectAccessible(page: Page, label: string): Promise<void> {
  await axeContext.clearCookies();
  await axeContext.addCookies(await page.context().cookies());
  const checkPage = await axeContext.newPage();
  await checkPage.goto(page.url());
  expect(await h1(checkPage), `${label}: same page in the axe context`).toBe(await h1(page));
  axeRunning.push(
    problemsAtCheckedWidths(checkPage)
      .then((violations) => {
        expect(violations, `accessibility and reflow problems on ${label}`).toEqual([]);
        axeChecked.push(label);
        return null;
      })
      .catch((error: unknown) => error)
      .finally(() => checkPage.close()),
  );
}

async function expectAllAccessible(): Promise<void> {
  const errors = (await Promise.all(axeRunning.splice(0))).filter((error) => error !== null);
  if (errors.length > 0) throw errors[0] as Error;
}

async function signIn(page: Page): Promise<void> {
  await signInWithBrowser(page, `${app.baseUrl}/portaal/fg`, FG);
}

describe('the FG of swv-go in Chromium without JavaScript', () => {
  it('uses the overview, its pages, sorting and filters, and the figures; every page accessible', async () => {
    const page = await noJsPage();
    await signIn(page);
    // Back where the sign-in started (terug), or on "Mijn taken"; either way the navigation leads to the overview.
    if (new URL(page.url()).pathname !== '/portaal/fg') await navigate(page, page.getByRole('link', { name: 'Overzicht FG' }));
    expect(new URL(page.url()).pathname).toBe('/portaal/fg');
    expect(await h1(page)).toBe('Overzicht voor de functionaris gegevensbescherming');
    for (const heading of ['Te laat', 'Deze week', 'Later', 'Verlengd'])
      await expect.poll(() => page.getByRole('heading', { name: new RegExp(`^${heading} \\(\\d+\\)$`) }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('30 verzoeken gevonden.');
    expect(await page.locator('main').innerText()).not.toContain(foreignReference);
    expect(await page.getByText('Pagina 1 van 2').count()).toBe(1);
    const firstPage = await listReferences(page);
    expect(firstPage).toHaveLength(25);
    await expectAccessible(page, 'overview');

    // The next page: the other five.
    await navigate(page, page.getByRole('link', { name: 'Volgende pagina' }));
    expect(search(page).get('pagina')).toBe('2');
    expect(await page.getByText('Pagina 2 van 2').count()).toBe(1);
    const secondPage = await listReferences(page);
    expect(secondPage).toHaveLength(5);
    expect(new Set([...firstPage, ...secondPage])).toEqual(new Set(references));
    await expectAccessible(page, 'overview, page 2');

    // Sorting by date of receipt: ascending, then descending; back to page 1.
    await navigate(page, page.getByRole('link', { name: 'Ontvangen (sorteer oplopend)' }));
    expect(search(page).get('sorteer')).toBe('receivedOn');
    expect(search(page).get('pagina')).toBeNull();
    expect(await page.locator('th[aria-sort]').allInnerTexts()).toEqual([expect.stringMatching(/^Ontvangen/)]);
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    const oldestFirst = await listReferences(page);
    expect(oldestFirst[0]).toBe(references[29]);
    await navigate(page, page.getByRole('link', { name: 'Ontvangen (sorteer aflopend)' }));
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    expect((await listReferences(page))[0]).toBe(references[0]);
    await expectAccessible(page, 'overview sorted by date of receipt, newest first');

    // A filter: inzage, received from 1 January; the sort order stays.
    await page.getByLabel('Soort verzoek').selectOption('inzage');
    await page.getByLabel('Ontvangen vanaf').fill('2026-01-01');
    await navigate(page, page.getByRole('button', { name: 'Filter toepassen' }));
    expect(Object.fromEntries(search(page))).toMatchObject({ soort: 'inzage', van: '2026-01-01', sorteer: 'receivedOn', richting: 'af' });
    // Received from 1 Jan: i = 0..12 (16 Mar back to 1 Jan is 74 days); inzage: i % 4 is 0 or 1: 0 1 4 5 8 9 12.
    const filtered = await listReferences(page);
    expect(filtered).toEqual([0, 1, 4, 5, 8, 9, 12].map((i) => references[i]));
    expect(await page.getByLabel('Soort verzoek').inputValue()).toBe('inzage');
    await expectAccessible(page, 'overview with a filter');
    const exportLink = page.getByRole('link', { name: /^Download de verzoeken ontvangen van 1 januari 2026 tot en met 16 maart 2026/ });
    expect(await exportLink.getAttribute('href')).toBe('/portaal/fg/export?van=2026-01-01&tot=2026-03-16');

    // The figures: the SVG chart with its title and description, and the table with the same numbers.
    await navigate(page, page.getByRole('link', { name: 'Cijfers', exact: true }));
    expect(await h1(page)).toBe('Cijfers over privacyverzoeken');
    const chart = page.getByRole('img', { name: /Verzoeken per maand van ontvangst: op tijd, te laat en nog open/ });
    expect(await chart.count()).toBe(1);
    const values = (await page.locator('svg .fg-chart__value').allTextContents()).map(Number);
    const table = page.getByRole('table', { name: /^Per maand van ontvangst/ });
    // Each bar's number is its month's total received, open requests included.
    const tableValues = (await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.children[1]!.textContent))).map(Number);
    expect(values).toEqual(tableValues);
    expect(values.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0);
    await expectAccessible(page, 'figures, the last twelve months');

    await page.getByLabel('Ontvangen vanaf').fill('2026-01-01');
    await page.getByLabel('Ontvangen tot en met').fill('2026-03-16');
    await navigate(page, page.getByRole('button', { name: 'Cijfers tonen' }));
    expect(Object.fromEntries(search(page))).toEqual({ van: '2026-01-01', tot: '2026-03-16' });
    expect(await table.locator('tbody tr th').allInnerTexts()).toEqual(['januari 2026', 'februari 2026', 'maart 2026']);
    // 13 requests from 1 January (i = 0..12): the total row says so, and so does the export.
    expect(await table.locator('tfoot td').first().innerText()).toBe('13');
    const download = page.getByRole('link', { name: 'Download de verzoeken van deze periode (CSV)' });
    const csv = await page.context().request.get(`${app.baseUrl}${await download.getAttribute('href')}`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(1 + 13);
    await expectAccessible(page, 'figures for a chosen period');

    await expectAllAccessible();
    expect(axeChecked.sort()).toEqual(
      [
        'overview',
        'overview, page 2',
        'overview sorted by date of receipt, newest first',
        'overview with a filter',
        'figures, the last twelve months',
        'figures for a chosen period',
      ].sort(),
    );
    await page.context().close();
  }, 180_000);
});
