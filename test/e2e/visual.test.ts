import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate } from '#core/calendar-date';
import { PAGE_HEADERS } from '#handlers/http/responses';
import { pathIn, pathTo } from '#routes';
import { launchChromium, wcagViolations } from '#test-support/browser';
import { postJson, routedRequest, startTestApp, type TestApp, validRequest } from '#test-support/local-app';
import { postForm, signIn } from '#test-support/portal-session';
import { inzageStatementFields } from '#test-support/inzage-answer';

/**
 * The pages a parent and a coordinator look at most, in Chromium at 1280 and
 * 320 px: a screenshot of each (test-results/screenshots/), no horizontal
 * scrolling of the page, the NL Design System stylesheet and its font really
 * loaded, and no axe violation.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const WIDTHS = [1280, 320] as const;

let app: TestApp;
let browser: Browser;
/** `shows`: what the page must say, so a check of an emptier page does not pass for it. */
const pages: Array<{ name: string; url: string; cookie?: string; html?: string; shows?: string[] }> = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  mkdirSync(SHOTS, { recursive: true });
  const body = validRequest();
  const { body: answer } = await postJson(app, body);
  const [mail] = await app.mails({ to: body.requester.email });
  await fetch(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0], { method: 'POST' });
  const statusUrl = /https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
  const reference = answer.reference as string;

  // The receipt is the answer to a post: posted once here, then served at its own URL with the site's headers.
  const receipt = await fetch(`${app.baseUrl}${pathTo('submitForm')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      overleg: 'goeree-overflakkee/go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: 'inzage',
      role: 'ouder',
      name: 'Schermafdruk Ouder',
      email: `schermafdruk-${Date.now()}@voorbeeld.nl`,
      childName: 'Schermafdruk Kind',
      dobDay: '6',
      dobMonth: '5',
      dobYear: '2014',
      details: 'Welke gegevens hebben jullie over mijn kind?',
      submissionId: `schermafdruk-${Date.now()}`,
    }).toString(),
  });
  expect(receipt.status).toBe(200);

  const coordinator = await signIn(app, 'swv-go.contact@portaal.example');
  const fg = await signIn(app, 'swv-go.fg@portaal.example');
  // A portal page with some history: one party answered.
  const answered = await postForm(
    app,
    pathTo('answer', { reference }),
    {
      csrf: coordinator.csrf,
      version: '1',
      'inzage.outcome': 'verstrekt',
      'inzage.categories': 'NAW-gegevens',
      'inzage.summary': 'Naam en adres.',
      ...inzageStatementFields(),
      'rectificatie.outcome': 'geen gegevens',
    },
    [coordinator.cookie],
  );
  expect(answered.status).toBe(303);

  // A letter registered without an e-mail address: its request page says everything goes by post.
  const today = amsterdamDate(new Date()).split('-');
  const letter = {
    csrf: coordinator.csrf,
    channel: 'brief',
    receivedDay: today[2]!,
    receivedMonth: today[1]!,
    receivedYear: today[0]!,
    overleg: 'goeree-overflakkee/go-thuiszitterstafel',
    variablePartyId: 'rgo',
    types: 'inzage',
    role: 'ouder',
    name: 'Schermafdruk Briefschrijver',
    email: '',
    postalAddress: 'Voorstraat 12\n3241 EG Middelharnis',
    childName: 'Schermafdruk Kind',
    dobDay: '6',
    dobMonth: '5',
    dobYear: '2014',
    details: 'Welke gegevens hebben jullie?',
    submissionId: `schermafdruk-brief-${Date.now()}`,
  };
  const registered = await postForm(app, pathTo('register'), letter, [coordinator.cookie]);
  expect(registered.status).toBe(303);
  const byPost = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(registered.headers.get('location')!)![0];
  // The registration form with every error at its field: the answer to a post, served at its own URL.
  const refused = await postForm(app, pathTo('register'), { ...letter, postalAddress: '', name: '', submissionId: `schermafdruk-fout-${Date.now()}` }, [
    coordinator.cookie,
  ]);
  expect(refused.status).toBe(400);

  // Two requests about one child: one by a gemachtigde, one by a parent asking together with the youth; each page names the other.
  const child = { name: `Schermafdruk Samen ${Date.now()}`, dateOfBirth: '2013-05-17' };
  await routedRequest(app, {
    child,
    requester: {
      role: 'gemachtigde',
      name: 'Schermafdruk Gemachtigde',
      email: `gemachtigde-${Date.now()}@voorbeeld.nl`,
      actingFor: { role: 'ouder', name: 'Schermafdruk Ouder', kind: 'clientondersteuner' },
    },
  });
  const together = await routedRequest(app, {
    child,
    coRequester: { role: 'jongere', name: 'Schermafdruk Jongere', email: `samen-${Date.now()}@voorbeeld.nl` },
  });

  pages.push(
    {
      name: 'portaal-verzoek-samen',
      url: `${app.baseUrl}${pathTo('casePage', { reference: together.reference })}`,
      cookie: coordinator.cookie,
      shows: ['Vraagt samen met', 'Gerelateerd verzoek'],
    },
    { name: 'mijn-taken', url: `${app.baseUrl}${pathTo('myTasks')}`, cookie: coordinator.cookie },
    { name: 'alle-verzoeken', url: `${app.baseUrl}${pathTo('allRequests')}`, cookie: coordinator.cookie },
    { name: 'registreren', url: `${app.baseUrl}${pathTo('registerPage')}`, cookie: coordinator.cookie },
    { name: 'registreren-fouten', url: `${app.baseUrl}/portaal/registreren-fouten`, cookie: coordinator.cookie, html: await refused.text() },
    { name: 'portaal-verzoek-per-post', url: `${app.baseUrl}${pathTo('casePage', { reference: byPost })}`, cookie: coordinator.cookie },
    { name: 'fg-overzicht', url: `${app.baseUrl}${pathTo('fgDashboard')}`, cookie: fg.cookie },
    { name: 'formulier', url: `${app.baseUrl}${pathTo('form')}` },
    // The English twins, with the language switch in the header.
    { name: 'form-en', url: `${app.baseUrl}${pathIn('en', 'form', {}, { regio: 'goeree-overflakkee' })}`, shows: ['Which school does the child go to?'] },
    { name: 'status-en', url: statusUrl.replace('/verzoek/status/', '/en/verzoek/status/'), shows: ['Who is working on it?'] },
    { name: 'ontvangen', url: `${app.baseUrl}/verzoek/ontvangen-schermafdruk`, html: await receipt.text() },
    { name: 'status', url: statusUrl },
    { name: 'portaal-verzoek', url: `${app.baseUrl}${pathTo('casePage', { reference })}`, cookie: coordinator.cookie },
    { name: 'fg-cijfers', url: `${app.baseUrl}${pathTo('fgFigures')}`, cookie: fg.cookie },
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(target: (typeof pages)[number], width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  if (target.cookie) {
    const [name, ...value] = target.cookie.split('=');
    await context.addCookies([{ name: name!, value: value.join('='), url: app.baseUrl }]);
  }
  const page = await context.newPage();
  if (target.html) await page.route(target.url, (route) => route.fulfill({ status: 200, headers: PAGE_HEADERS, body: target.html }));
  const response = await page.goto(target.url);
  expect(response?.status(), target.name).toBe(200);
  await page.waitForLoadState('load');
  await page.evaluate('document.fonts.ready');
  return page;
}

describe('the pages as a parent and a coordinator see them', () => {
  for (const width of WIDTHS) {
    it(`form, receipt, status page, every kind of portal page and the FG pages at ${width} px: no sideways scrolling, the theme and its font loaded, no axe violation`, async () => {
      for (const target of pages) {
        const page = await open(target, width);
        for (const text of target.shows ?? []) expect(await page.locator('main').innerText(), target.name).toContain(text);
        await page.screenshot({ path: resolve(SHOTS, `${target.name}-${width}.png`), fullPage: true });
        const layout = await page.evaluate<{ scrollWidth: number; clientWidth: number; header: string; font: string; fontLoaded: boolean }>(`({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          header: getComputedStyle(document.querySelector('.utrecht-page-header')).backgroundColor,
          font: getComputedStyle(document.body).fontFamily,
          fontLoaded: document.fonts.check('16px "Noto Sans"') && [...document.fonts].some((face) => face.family.includes('Noto Sans') && face.status === 'loaded'),
        })`);
        // For the message: the elements that reach past the right edge.
        const tooWide = await page.evaluate(
          `[...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map((el) => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))`,
        );
        expect(layout.scrollWidth, `${target.name} at ${width} px scrolls sideways: ${JSON.stringify(tooWide)}`).toBeLessThanOrEqual(layout.clientWidth);
        // The header in the theme's brand colour (--avg-brand-600), the text in the served Noto Sans.
        expect(layout.header, target.name).toBe('rgb(20, 63, 114)');
        expect(layout.font, target.name).toContain('Noto Sans');
        expect(layout.fontLoaded, `${target.name}: Noto Sans was not loaded`).toBe(true);
        expect(await wcagViolations(page), `${target.name} at ${width} px`).toEqual([]);
        await page.context().close();
      }
    }, 120_000);
  }
});
