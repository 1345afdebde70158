import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, wcagViolations } from '#test-support/browser';
import { startTestApp, type TestApp } from '#test-support/local-app';
import { currentCode, seededPortalUsers, seededUser } from '#test-support/portal-session';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const EMAIL = 'kwadraad.contact@portaal.example';

describe('portal sign-in in Chromium', () => {
  async function signInSteps(page: Page, check: () => Promise<void>) {
    await page.goto(`${app.baseUrl}/portaal`);
    expect(new URL(page.url()).pathname).toBe('/portaal/inloggen');
    await check();

    // Nothing filled in: the error summary links to the fields.
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(() => page.title()).toMatch(/^Fout: /);
    expect(await page.locator('.avg-error-summary a').allTextContents()).toEqual(['Vul uw e-mailadres in.', 'Vul uw wachtwoord in.']);
    await check();

    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByLabel('Wachtwoord').fill(seededPortalUsers().password);
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Code uit uw authenticator-app');
    await check();

    await page.getByLabel('Code van 6 cijfers').fill('000000');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => page.title()).toMatch(/^Fout: Code uit uw authenticator-app/);
    await check();

    await page.getByLabel('Code van 6 cijfers').fill(currentCode(seededUser(EMAIL).totpSecret));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/portaal');
  }

  it('works without JavaScript: password, code, portal, sign out', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInSteps(page, async () => undefined);
    const cookie = (await context.cookies()).find((candidate) => candidate.name === 'portaal_sessie');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/portaal/inloggen');
    expect((await context.cookies()).find((candidate) => candidate.name === 'portaal_sessie')).toBeUndefined();
    await context.close();
  });

  it('has no WCAG 2.1 A or AA violations on the sign-in pages, errors included', async () => {
    // axe runs as a script in the page, so this context allows scripts (the pages have none).
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInSteps(page, async () => expect(await wcagViolations(page)).toEqual([]));
    await context.close();
  });
});
