import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeProperties } from '#core/theme';
import { launchChromium, navigate, problemsAtCheckedWidths, signInWithBrowser } from '#test-support/browser';
import { startTestApp, type TestApp } from '#test-support/local-app';

/**
 * The beheerder of Goeree-Overflakkee in Chromium with JavaScript switched
 * off: sign in, the home page, add a school board (form with errors, the
 * check page, save), the Thuiszitterstafel, the region's details and look,
 * the people page with an invitation. Every page, the error states
 * included, is checked by axe (WCAG 2.1 A/AA) and for sideways scrolling at
 * 1280 and 320 px; the public status page then carries the region's look.
 */
const BEHEER = 'goeree-overflakkee.beheer@portaal.example';

let app: TestApp;
let browser: Browser;
let axeContext: BrowserContext;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  axeContext = await browser.newContext();
  axeContext.setDefaultNavigationTimeout(60_000);
  axeContext.setDefaultTimeout(60_000);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const h1 = (page: Page) => page.locator('h1').innerText();

/** The page as it is now (a GET again, or the HTML of a POST's answer), checked in a JavaScript context where axe runs. */
async function expectAccessible(page: Page, label: string): Promise<void> {
  await axeContext.clearCookies();
  await axeContext.addCookies(await page.context().cookies());
  const checkPage = await axeContext.newPage();
  try {
    await checkPage.goto(page.url());
    // A POST's answer cannot be fetched again by URL: check the HTML the browser got, on the site's origin.
    if ((await h1(checkPage).catch(() => '')) !== (await h1(page))) await checkPage.setContent(await page.content(), { waitUntil: 'load' });
    expect(await problemsAtCheckedWidths(checkPage), `accessibility and reflow problems on ${label}`).toEqual([]);
  } finally {
    await checkPage.close();
  }
}

describe('the beheerder of Goeree-Overflakkee in Chromium without JavaScript', () => {
  it('adds a board, changes an overleg, the details and look, invites a person; every page accessible', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInWithBrowser(page, `${app.baseUrl}/portaal/beheer`, BEHEER);
    expect(new URL(page.url()).pathname).toBe('/portaal/beheer');
    expect(await h1(page)).toBe('Beheer Goeree-Overflakkee');
    await expectAccessible(page, 'beheer home');

    await navigate(page, page.getByRole('link', { name: 'Organisatie toevoegen' }));
    await expectAccessible(page, 'new party form');
    await navigate(page, page.getByRole('button', { name: 'Verder' }));
    // Nothing filled in: the summary names the problems and links to the fields.
    await expect(page.locator('.avg-error-summary a').allInnerTexts()).resolves.toEqual(['Vul naam van de organisatie in', 'Kies de soort organisatie']);
    await expectAccessible(page, 'new party form with errors');
    await page.getByLabel('Naam van de organisatie').fill('Stichting De Linde');
    await page.getByLabel('Schoolbestuur').check();
    await navigate(page, page.getByRole('button', { name: 'Verder' }));
    expect(await h1(page)).toBe('Controleer uw wijziging');
    await expect(page.locator('main li').allInnerTexts()).resolves.toContain('Organisatie: Stichting De Linde (nieuw)');
    await expectAccessible(page, 'check page');
    await navigate(page, page.getByRole('button', { name: 'Wijziging opslaan' }));
    await expect(page.locator('.utrecht-alert, [role="status"]').first().innerText()).resolves.toContain('De wijziging is opgeslagen');

    await navigate(page, page.getByRole('link', { name: 'Thuiszitterstafel' }));
    await expectAccessible(page, 'overleg form');
    await page.getByLabel('Stichting De Linde').check();
    await navigate(page, page.getByRole('button', { name: 'Verder' }));
    await navigate(page, page.getByRole('button', { name: 'Wijziging opslaan' }));

    await navigate(page, page.getByRole('link', { name: 'Gegevens en huisstijl' }));
    await expectAccessible(page, 'region form');
    await page.getByLabel('Hoofdkleur').fill('#ffdd00');
    await navigate(page, page.getByRole('button', { name: 'Verder' }));
    await expect(page.locator('.avg-error-summary').innerText()).resolves.toContain('het contrast is 1,34 : 1');
    await expectAccessible(page, 'region form with a contrast error');
    await page.getByLabel('Hoofdkleur').fill('#7a1e5a');
    await page.getByLabel('Telefoonnummer (optioneel)').fill('0187 555 010');
    await navigate(page, page.getByRole('button', { name: 'Verder' }));
    await navigate(page, page.getByRole('button', { name: 'Wijziging opslaan' }));

    await navigate(page, page.getByRole('link', { name: 'Mensen' }));
    await expectAccessible(page, 'people');
    await page.getByLabel('Naam', { exact: true }).fill('Fatima Bakker');
    await page.getByLabel('Mailadres').fill('fatima@delinde.example');
    await page.getByRole('radio', { name: 'Stichting De Linde' }).check();
    await page.getByRole('radio', { name: 'Contactpersoon' }).check();
    await navigate(page, page.getByRole('button', { name: 'Uitnodiging versturen' }));
    await expect(page.locator('h2').first().innerText()).resolves.toBe('De uitnodiging is verstuurd');
    await expectAccessible(page, 'people after an invitation');

    // The region's own form now carries its look and contact.
    const form = await context.newPage();
    await form.goto(`${app.baseUrl}/verzoek?regio=goeree-overflakkee`);
    await expect(form.locator('footer').innerText()).resolves.toContain('0187 555 010');
    // The header in the region's colour (600: darker than #7a1e5a, never the shared blue).
    const brand = await form.locator('header').evaluate((header) => getComputedStyle(header).backgroundColor);
    expect(brand).toBe(rgbOf(themeProperties({ primary: '#7a1e5a' })['--avg-brand-600']!));
    await expectAccessible(form, "the region's form in its own look");
    await context.close();
  }, 300_000);
});

function rgbOf(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
