import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate } from '#texts/format';
import { remedies } from '#texts/nl/remedies';
import { deadlineArithmetic } from '#core/deadline';
import { REFUSAL_GROUNDS } from '#core/party-answer';
import { parseRegionConfig } from '#core/region-config';
import { directory as makeDirectory } from '#core/directory';
import { PAGE_HEADERS } from '#handlers/http/responses';
import { launchChromium, problemsAtCheckedWidths } from '#test-support/browser';
import { type SentMail, startTestApp, type TestApp } from '#test-support/local-app';
import { currentCode, seededPortalUsers, seededUser } from '#test-support/portal-session';

/**
 * The whole life of a request in Chromium with JavaScript switched off, as the
 * requester and every party's contact person use it: the public form, the
 * confirmation mail, the portal (password + TOTP), each party's answer, art. 19,
 * a question to the requester, the extension, the decision, closing; and the
 * requester's status page along the way.
 *
 * axe runs as a script, so it runs in a second, JavaScript-enabled context that
 * carries the same cookies: a page reached by GET is loaded again from the
 * server at the same URL; a page that is the answer to a POST (receipt,
 * confirmation, sign-in steps, a form with errors) cannot be fetched again
 * without repeating the POST, so the HTML the no-JS browser received is served
 * at the same URL (with the site's own headers and stylesheet) and checked.
 */
let app: TestApp;
let browser: Browser;
let axeContext: BrowserContext;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  axeContext = await browser.newContext();
  // axe runs alongside the journey; on two busy cores a page may wait its turn longer than Playwright's default 30 s.
  axeContext.setDefaultNavigationTimeout(60_000);
  axeContext.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const regions = makeDirectory(
  parseRegionConfig(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../config/regions.json'), 'utf8')), 'config/regions.json'),
);
const partyName = (id: string) => regions.party(id)!.name;
const contactOf = (partyId: string) => `${partyId}.contact@portaal.example`;

// ---------------------------------------------------------------------------
// Browser helpers
// ---------------------------------------------------------------------------

/** The method of the request that produced each page's current document (after redirects). */
const documentMethod = new WeakMap<Page, string>();

async function noJsPage(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  // The journey's budget is 90 s; on two busy cores one navigation may take longer than Playwright's default 30 s.
  context.setDefaultNavigationTimeout(60_000);
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documentMethod.set(page, request.method());
  });
  return page;
}

/** Clicks a button or link and waits until the next document has loaded (without JavaScript every action is a navigation). */
async function navigate(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() }), target.click()]);
  await page.waitForLoadState('load');
}

async function goto(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('load');
}

const h1 = (page: Page) => page.locator('h1').innerText();
const pathOf = (page: Page) => new URL(page.url()).pathname;
const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');
/** The value next to a term in a summary list (<dt>term</dt><dd>value</dd>). */
const summaryValue = async (page: Page, term: string) =>
  (await page.locator(`xpath=//dt[normalize-space()="${term}"]/following-sibling::dd[1]`).innerText()).replace(/\s+/g, ' ').trim();

const axeChecked: string[] = [];
/** axe runs while the journey goes on (the page it checks is already loaded); each settles to its error or null. */
const axeRunning: Array<Promise<unknown>> = [];

/**
 * Loads the page the no-JS browser shows now into the JS-enabled context (same URL, same cookies) and starts
 * axe on it (WCAG 2.1 A and AA); `expectAllAccessible` waits for the results.
 */
async function expectAccessible(page: Page, label: string): Promise<void> {
  const url = page.url();
  const method = documentMethod.get(page) ?? 'GET';
  await axeContext.clearCookies();
  await axeContext.addCookies(await page.context().cookies());
  const checkPage = await axeContext.newPage();
  try {
    if (method !== 'GET') {
      const html = await page.content();
      await checkPage.route(
        (candidate) => candidate.href === url,
        (route) => route.fulfill({ status: 200, headers: PAGE_HEADERS, body: html }),
        { times: 1 },
      );
    }
    await checkPage.goto(url);
    // The same page, not a redirect to the sign-in page or an error.
    expect(await h1(checkPage), `${label}: same page in the axe context`).toBe(await h1(page));
  } catch (error) {
    await checkPage.close();
    throw error;
  }
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

/** The public form, filled in the way a requester does. */
async function fillRequestForm(
  page: Page,
  request: {
    municipality: string;
    /** The school by its own name, for an overleg with a school board; else the kinderopvang or gemeente by id. */
    school?: string;
    overleg: string;
    variableParty?: string;
    types: string[];
    details: string;
    name: string;
    email: string;
    child: string;
    dob: [string, string, string];
  },
) {
  // The first step: the municipality names the region.
  await page.getByLabel('In welke gemeente woont het kind?').selectOption(request.municipality);
  await navigate(page, page.getByRole('button', { name: 'Verder' }));
  if (request.school) await page.getByLabel('Op welke school zit het kind?').selectOption({ label: request.school });
  await page.getByLabel(request.overleg).check();
  if (request.variableParty) await page.getByLabel('Kinderopvang of gemeente van het kind').selectOption(request.variableParty);
  for (const type of request.types) await page.getByLabel(type, { exact: true }).check();
  await page.getByLabel('Om welke gegevens gaat het?').fill(request.details);
  await page.getByLabel('Ik ben ouder met gezag').check();
  await page.getByLabel('Uw naam').fill(request.name);
  await page.getByLabel('Uw e-mailadres').fill(request.email);
  await page.getByLabel('Naam van het kind').fill(request.child);
  await page.getByLabel('Dag').fill(request.dob[0]);
  await page.getByLabel('Maand').fill(request.dob[1]);
  await page.getByLabel('Jaar').fill(request.dob[2]);
}

const CONFIRM_LINK = /https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/;
const STATUS_LINK = /https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/;

/** Step 1 of the journey: form, receipt, confirmation mail, confirm. Returns the reference and the status link. */
async function submitAndConfirm(
  page: Page,
  request: Parameters<typeof fillRequestForm>[1],
  check: boolean,
): Promise<{ reference: string; statusLink: string; deadline: string }> {
  await goto(page, `${app.baseUrl}/verzoek`);
  if (check) await expectAccessible(page, 'the form');
  await fillRequestForm(page, request);
  if (check) await expectAccessible(page, 'the form of the region');
  await navigate(page, page.getByRole('button', { name: 'Verzoek versturen' }));
  expect(await h1(page)).toBe('Controleer uw verzoek');
  if (check) await expectAccessible(page, 'the check step');
  await navigate(page, page.getByRole('button', { name: 'Verzoek versturen' }));
  expect(await h1(page)).toBe('Verzoek ontvangen');
  if (check) await expectAccessible(page, 'the receipt');
  const reference = await page.locator('.avg-reference').innerText();
  expect(reference).toMatch(/^AVG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const deadline = /uiterlijk (\w+dag \d{1,2} \w+ 20\d\d)/.exec(await mainText(page))![1]!;

  const [mail] = await app.mails({ to: request.email });
  expect(mail!.subject).toBe(`Bevestig uw privacyverzoek ${reference}`);
  const statusLink = STATUS_LINK.exec(mail!.text)![0];
  await goto(page, CONFIRM_LINK.exec(mail!.text)![0]);
  expect(await h1(page)).toBe('Verzoek bevestigen');
  if (check) await expectAccessible(page, 'the confirm question');
  await navigate(page, page.getByRole('button', { name: 'Ja, bevestig mijn verzoek' }));
  expect(await h1(page)).toBe('Verzoek bevestigd');
  expect(await mainText(page)).toContain(`uiterlijk ${deadline}`);
  if (check) await expectAccessible(page, 'the confirmed page');
  return { reference, statusLink, deadline };
}

/** Signs in through both steps (password, then the code from the authenticator) and lands on "Mijn taken". */
async function signIn(page: Page, email: string, check: boolean): Promise<void> {
  await goto(page, `${app.baseUrl}/portaal`);
  expect(pathOf(page)).toBe('/portaal/inloggen');
  if (check) await expectAccessible(page, 'sign-in: e-mail address and password');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(seededPortalUsers().password);
  await navigate(page, page.getByRole('button', { name: 'Verder' }));
  expect(await h1(page)).toBe('Code uit uw authenticator-app');
  if (check) await expectAccessible(page, 'sign-in: code');
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel('Code van 6 cijfers').fill(currentCode(seededUser(email).totpSecret));
    await navigate(page, page.getByRole('button', { name: 'Inloggen' }));
    if (pathOf(page) === '/portaal' || attempt === 1) break;
    // A code typed at the very end of its 30 seconds: the authenticator shows the next one.
    await new Promise((done) => setTimeout(done, 30_250 - (Date.now() % 30_000)));
  }
  expect(pathOf(page)).toBe('/portaal');
  expect(await h1(page)).toBe('Mijn taken');
}

/** "Mijn taken": the rows for this reference (answer task, art. 19 task), each with its deadline and the days left. */
async function tasksFor(page: Page, reference: string): Promise<string[]> {
  await goto(page, `${app.baseUrl}/portaal`);
  expect(await h1(page)).toBe('Mijn taken');
  const rows = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
  return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

async function openFromTasks(page: Page, reference: string): Promise<void> {
  await navigate(page, page.getByRole('link', { name: reference }).first());
  expect(pathOf(page)).toBe(`/portaal/verzoeken/${reference}`);
  expect(await h1(page)).toBe(`Verzoek ${reference}`);
}

type TypeAnswer = { outcome: string; categories?: string[]; summary?: string; source?: string; copy?: string; change?: string };

/** Fills in "Antwoord van uw organisatie" per requested type and saves it. */
async function answerAs(page: Page, answers: Record<string, TypeAnswer>): Promise<void> {
  const form = page.getByRole('region', { name: /^Antwoord van uw organisatie/ });
  for (const [type, answer] of Object.entries(answers)) {
    const group = form.getByRole('group', { name: type, exact: true });
    await group.getByRole('radio', { name: answer.outcome, exact: true }).check();
    for (const category of answer.categories ?? []) await group.getByRole('checkbox', { name: category, exact: true }).check();
    if (answer.summary) await group.getByLabel('Samenvatting voor de aanvrager').fill(answer.summary);
    // The form proposes the covenant's purposes, recipients and retention; the source and the copy are the party's to type.
    if (answer.source) await group.getByLabel('Waar komen de gegevens vandaan?').fill(answer.source);
    if (answer.copy) await group.getByLabel('Kopie van de gegevens').fill(answer.copy);
    if (answer.change) await group.getByLabel('Wat heeft u aangepast?').fill(answer.change);
  }
  await navigate(page, form.getByRole('button', { name: 'Antwoord opslaan' }));
  expect(await page.getByRole('status').innerText()).toBe('Het antwoord van uw organisatie is opgeslagen.');
}

const coordinatorForm = (page: Page, heading: string) => page.locator('form', { has: page.getByRole('heading', { name: heading, exact: true }) });

/** The coordinator records who asks (an inzage is not decided without it), by keyboard-free clicks and typing only. */
async function recordIdentityCheck(page: Page, method: string, day: { day: string; month: string; year: string }) {
  const section = page.getByRole('region', { name: 'Wie vraagt het?' });
  await section.getByRole('radio', { name: method }).check();
  await section.getByLabel('Dag').fill(day.day);
  await section.getByLabel('Maand').fill(day.month);
  await section.getByLabel('Jaar').fill(day.year);
  await navigate(page, section.getByRole('button', { name: 'Controle vastleggen' }));
  expect(await page.getByRole('status').innerText()).toBe('Vastgelegd: hoe u heeft gecontroleerd wie de aanvrager is.');
}

/** Mail privacy: nothing about the child, the requester or the content of the case ever goes by mail. */
function expectNoPersonalData(mails: SentMail[], forbidden: string[]) {
  for (const mail of mails) {
    for (const text of forbidden) {
      expect(mail.subject, `subject of "${mail.subject}" to ${mail.to.join(', ')}`).not.toContain(text);
      expect(mail.text, `text of "${mail.subject}" to ${mail.to.join(', ')}`).not.toContain(text);
    }
  }
}

/** Mails to the requester: the reference and links to the confirmation or the status page, nothing else that varies. */
function expectOnlyReferenceAndLinks(mails: SentMail[], reference: string, links: string[]) {
  for (const mail of mails) {
    expect(mail.subject).toMatch(new RegExp(`^(Bevestig uw privacyverzoek|Nieuws over uw privacyverzoek) ${reference}$`));
    expect(mail.text).toContain(reference);
    for (const url of mail.text.match(/https?:\/\/\S+/g) ?? []) expect(links).toContain(url);
    // No other request is mentioned.
    expect(mail.text.match(/AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/g)?.every((found) => found === reference)).toBe(true);
  }
}

// ---------------------------------------------------------------------------
// The journeys
// ---------------------------------------------------------------------------

describe('the whole journey in Chromium without JavaScript', () => {
  it('A: Thuiszitterstafel Goeree-Overflakkee with RGO, from form to closing, every page accessible', async () => {
    const requester = {
      municipality: 'Goeree-Overflakkee',
      school: 'RGO Middelharnis',
      overleg: 'Thuiszitterstafel',
      types: ['Gegevens inzien (inzage)', 'Gegevens laten verbeteren (rectificatie)'],
      details: 'Ik wil alle verslagen zien. In het verslag van maart staat de diagnose ADHD; die klopt niet.',
      name: 'Marieke de Vries',
      email: `journey-a-${Date.now()}@voorbeeld.nl`,
      child: 'Sem de Vries',
      dob: ['17', '5', '2013'] as [string, string, string],
    };
    const question = 'Kunt u een kopie van uw legitimatiebewijs laten zien bij de balie van het samenwerkingsverband?';
    const requesterAnswer = 'Ja, ik kom donderdagmiddag langs met mijn paspoort.';
    const extensionReason = 'Vier organisaties zoeken in hun dossiers; een daarvan heeft een archief op papier.';
    const inzageMotivation = 'U krijgt inzage in alle gegevens die de organisaties over Sem hebben. Zie de samenvattingen hieronder.';
    const rectificatieMotivation = 'De diagnose is door een arts gesteld en staat zo in het verslag. Uw zienswijze is aan het dossier toegevoegd.';
    const summaries: Record<string, string> = {
      'swv-go': 'Twee verslagen van de thuiszitterstafel en het groeidocument.',
      'gemeente-goeree-overflakkee': 'Het verzuimdossier van leerplicht met drie meldingen.',
      'cjg-rijnmond': 'Het dossier van de jeugdarts met het verslag van maart.',
      rgo: 'De leerlinggegevens, het verzuimoverzicht en het ontwikkelingsperspectiefplan.',
    };

    // 1. The requester: form, receipt, mail, confirmation.
    const requesterPage = await noJsPage();
    const { reference, statusLink, deadline } = await submitAndConfirm(requesterPage, requester, true);
    expect(await requesterPage.getByRole('listitem').allInnerTexts()).toEqual(
      expect.arrayContaining(['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo'].map(partyName)),
    );

    await goto(requesterPage, statusLink);
    expect(await h1(requesterPage)).toBe(`Uw verzoek ${reference}`);
    expect(await summaryValue(requesterPage, 'Status')).toBe('In behandeling');
    expect(await summaryValue(requesterPage, 'Antwoord uiterlijk')).toBe(deadline);

    // 2. Every party's contact signs in once, finds the task and answers. CJG Rijnmond corrects the data (rectificatie),
    //    so the other three get an art. 19 task.
    const pages: Record<string, Page> = {};
    const order = ['cjg-rijnmond', 'swv-go', 'gemeente-goeree-overflakkee', 'rgo'];
    for (const partyId of order) {
      const first = partyId === order[0];
      const page = (pages[partyId] = await noJsPage());
      await signIn(page, contactOf(partyId), first);
      const rows = await tasksFor(page, reference);
      if (first) await expectAccessible(page, 'my tasks');
      // The answer task (and, after CJG Rijnmond's correction, the art. 19 task), each with the deadline and the days left.
      expect(rows.some((row) => row.includes(`Antwoord voor uw organisatie${partyId === 'swv-go' ? ' (u bent aanspreekpunt)' : ''}`))).toBe(true);
      expect(rows.filter((row) => row.includes('Wijziging doorvoeren (art. 19 AVG)'))).toHaveLength(first ? 0 : 1);
      // The coordinator also has its own step on the request: collecting the answers (one is in).
      expect(rows.filter((row) => row.includes('Antwoorden verzamelen (1 van 4 antwoorden binnen)'))).toHaveLength(partyId === 'swv-go' ? 1 : 0);
      expect(rows).toHaveLength(first ? 1 : partyId === 'swv-go' ? 3 : 2);
      for (const row of rows) {
        expect(row).toContain(deadline);
        expect(row).toMatch(/nog \d+ dagen/);
      }
      await openFromTasks(page, reference);

      if (first) {
        // A plain party: no coordinator panel, no logbook; the answer form. The child and requester are shown here, in the portal.
        expect(await page.getByRole('heading', { name: 'Als aanspreekpunt' }).count()).toBe(0);
        expect(await page.getByRole('heading', { name: 'Logboek' }).count()).toBe(0);
        expect(await mainText(page)).toContain(requester.details);
        await expectAccessible(page, 'case page as a party, with the answer form');

        // Saved empty: the error summary, whose links move focus to the field.
        await navigate(page, page.getByRole('button', { name: 'Antwoord opslaan' }));
        expect(await page.title()).toMatch(/^Fout: Verzoek /);
        const links = page.locator('.avg-error-summary a');
        // Each link says which part of the form it is about.
        expect(await links.allInnerTexts()).toEqual(['Inzage: Kies een uitkomst.', 'Rectificatie: Kies een uitkomst.']);
        await expectAccessible(page, 'case page with errors in the answer form');
        for (const [n, field] of ['antwoord-inzage-outcome', 'antwoord-rectificatie-outcome'].entries()) {
          expect(await links.nth(n).getAttribute('href')).toBe(`#${field}`);
          await links.nth(n).click();
          await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(field);
        }
        await answerAs(page, {
          Inzage: {
            outcome: 'verstrekt',
            categories: ['verslagen van het overleg', 'gegevens over gezondheid'],
            summary: summaries[partyId],
            source: 'Uit het overleg.',
            copy: `Kopie van ${partyId}: verslag van 3 maart.`,
          },
          Rectificatie: { outcome: 'gerectificeerd', change: 'In het verslag van 3 maart staat nu de juiste school.' },
        });
        await expectAccessible(page, 'case page after saving the answer');
      } else {
        // The art. 19 task: CJG Rijnmond changed data; apply it here too.
        const art19 = page.locator('.panel-box', { has: page.getByRole('heading', { name: 'Wijziging doorvoeren (art. 19 AVG)' }) });
        // What was changed, in the changing party's own words, so the same change can be applied here.
        expect(await art19.innerText()).toContain(`${partyName('cjg-rijnmond')} heeft gegevens aangepast.`);
        expect(await art19.innerText()).toContain('Rectificatie (gerectificeerd): In het verslag van 3 maart staat nu de juiste school.');
        if (partyId === 'swv-go') await expectAccessible(page, 'case page with an art. 19 task');
        await navigate(page, art19.getByRole('button', { name: 'Wijziging is doorgevoerd' }));
        expect(await page.getByRole('status').innerText()).toBe('Vastgelegd: de wijziging is doorgevoerd.');
        expect(await page.getByRole('button', { name: 'Wijziging is doorgevoerd' }).count()).toBe(0);
        await answerAs(page, {
          Inzage: {
            outcome: 'verstrekt',
            categories: ['schoolgegevens en verzuim'],
            summary: summaries[partyId],
            source: 'Van de mentor.',
            copy: `Kopie van ${partyId}: verzuim sinds september.`,
          },
          Rectificatie: { outcome: 'geen gegevens' },
        });
      }
      // Answered (and art. 19 done): nothing left on "Mijn taken" for this request, but for the coordinator its own step.
      const left = await tasksFor(page, reference);
      if (partyId === 'swv-go') expect(left.map((row) => row.includes('Antwoorden verzamelen'))).toEqual([true]);
      else expect(left).toEqual([]);
    }

    // The requester sees who was informed of the correction, and that everyone answered.
    await goto(requesterPage, statusLink);
    const informed = ['swv-go', 'gemeente-goeree-overflakkee', 'rgo'].map(partyName);
    const passedOn = requesterPage.getByText(`${partyName('cjg-rijnmond')} heeft gegevens aangepast en dit doorgegeven aan: `);
    const told = /doorgegeven aan: (.*)\.$/.exec((await passedOn.innerText()).trim())![1]!;
    expect(informed.every((name) => told.includes(name))).toBe(true);
    expect(told.length).toBe(informed.join(', ').length);
    expect(
      (await requesterPage.getByRole('listitem').allInnerTexts()).filter((item) => item.split('\n')[0]!.endsWith('heeft gezocht en geantwoord')),
    ).toHaveLength(4);
    await expectAccessible(requesterPage, 'status page with the organisations informed (art. 19)');

    // 3. The coordinator sees every answer side by side and asks a question.
    const coordinator = pages['swv-go']!;
    await goto(coordinator, `${app.baseUrl}/portaal/verzoeken/${reference}`);
    const answersTable = coordinator.getByRole('table', { name: 'Stand van elke organisatie' });
    for (const partyId of order) {
      const row = (
        await answersTable
          .getByRole('row')
          .filter({ hasText: partyName(partyId) })
          .innerText()
      ).replace(/\s+/g, ' ');
      expect(row).toContain('Beantwoord');
      expect(row).toContain(`Inzage: verstrekt`);
      expect(row).toContain(summaries[partyId]);
      expect(row).toContain(partyId === 'cjg-rijnmond' ? 'Rectificatie: gerectificeerd' : 'Rectificatie: geen gegevens');
    }
    expect(await coordinator.getByRole('heading', { name: 'Logboek' }).count()).toBe(1);
    await expectAccessible(coordinator, 'case page as coordinator, with the coordinator panel and logbook');

    // A note to one party, inside the portal: that party reads it and answers there; another party sees neither.
    const caseUrl = `${app.baseUrl}/portaal/verzoeken/${reference}`;
    const noteQuestion = 'Welk dossier bedoelt u in uw antwoord?';
    const noteAnswer = 'Het leerlingdossier van schooljaar 2025-2026.';
    const coordinatorNotes = coordinator.locator('#berichten form');
    await coordinatorNotes.getByLabel('Aan welke organisatie?').selectOption({ label: partyName('rgo') });
    await coordinatorNotes.getByLabel('Uw bericht').fill(noteQuestion);
    await navigate(coordinator, coordinatorNotes.getByRole('button', { name: 'Bericht plaatsen' }));
    const school = pages['rgo']!;
    await goto(school, caseUrl);
    expect((await school.locator('#berichten').innerText()).replace(/\s+/g, ' ')).toContain(noteQuestion);
    await school.locator('#berichten form').getByLabel('Uw bericht').fill(noteAnswer);
    await navigate(school, school.locator('#berichten form').getByRole('button', { name: 'Bericht plaatsen' }));
    await expectAccessible(school, 'case page with a note and its answer');
    const youthCare = pages['cjg-rijnmond']!;
    await goto(youthCare, caseUrl);
    expect(await mainText(youthCare)).not.toContain(noteQuestion);
    expect(await mainText(youthCare)).not.toContain(noteAnswer);
    await goto(coordinator, caseUrl);
    expect((await coordinator.locator('#berichten').innerText()).replace(/\s+/g, ' ')).toContain(noteAnswer);

    const questionForm = coordinatorForm(coordinator, 'Vraag stellen aan de aanvrager');
    await questionForm.getByLabel('Uw vraag').fill(question);
    await navigate(coordinator, questionForm.getByRole('button', { name: 'Vraag versturen' }));
    expect(await coordinator.getByRole('status').innerText()).toBe('De vraag staat op de statuspagina van de aanvrager. De termijn staat stil.');
    expect(await summaryValue(coordinator, 'Status')).toBe('Wacht op antwoord van de aanvrager');

    await goto(requesterPage, statusLink);
    expect(await summaryValue(requesterPage, 'Status')).toBe('Wacht op uw antwoord');
    expect(await summaryValue(requesterPage, 'Antwoord uiterlijk')).toBe(
      `De termijn staat stil tot u de vraag hieronder beantwoordt. Daarna schuift de datum op. Tot nu toe: ${deadline}`,
    );
    const questionBox = requesterPage.getByRole('region', { name: 'Wij hebben een vraag' });
    expect(await questionBox.locator('p.pre').innerText()).toBe(question);
    await expectAccessible(requesterPage, 'status page with the question form');
    await questionBox.getByLabel('Uw antwoord').fill(requesterAnswer);
    await navigate(requesterPage, questionBox.getByRole('button', { name: 'Antwoord versturen' }));
    expect(await requesterPage.getByRole('status').innerText()).toBe('Uw antwoord is verstuurd. De termijn loopt weer.');
    expect(await summaryValue(requesterPage, 'Status')).toBe('In behandeling');
    expect(await requesterPage.getByRole('region', { name: 'Wij hebben een vraag' }).count()).toBe(0);
    await expectAccessible(requesterPage, 'status page after answering the question');

    // The deadline moves by the calendar days the clock stood still (0 when asked and answered on one day).
    const record = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST') as {
      receivedOn: string;
      pauses: Array<{ startedOn: string; endedOn?: string }>;
    };
    const afterPause = deadlineArithmetic({ receivedOn: record.receivedOn, extended: false, pauses: record.pauses });
    expect(record.pauses).toHaveLength(1);
    if (afterPause.pausedDays === 0) {
      expect(record.pauses[0]!.startedOn).toBe(record.pauses[0]!.endedOn);
      expect(await summaryValue(requesterPage, 'Antwoord uiterlijk')).toBe(deadline);
    } else {
      expect(await summaryValue(requesterPage, 'Antwoord uiterlijk')).toBe(longDate('nl', afterPause.deadline!));
      expect(longDate('nl', afterPause.deadline!)).not.toBe(deadline);
    }
    const deadlineAfterPause = await summaryValue(requesterPage, 'Antwoord uiterlijk');

    // 4. The coordinator extends by two months, with a reason the requester reads.
    await goto(coordinator, `${app.baseUrl}/portaal/verzoeken/${reference}`);
    expect(await coordinator.getByText(requesterAnswer).count()).toBe(1);
    const extendForm = coordinatorForm(coordinator, 'Termijn verlengen');
    await extendForm.getByLabel('Verlengen met').selectOption('2');
    await extendForm.getByLabel('Reden voor de aanvrager').fill(extensionReason);
    await navigate(coordinator, extendForm.getByRole('button', { name: 'Termijn verlengen' }));
    expect(await coordinator.getByRole('status').innerText()).toBe('De termijn is verlengd. De aanvrager is op de hoogte gebracht.');

    const extended = longDate('nl', deadlineArithmetic({ receivedOn: record.receivedOn, extended: true, extensionMonths: 2, pauses: record.pauses }).deadline!);
    await goto(requesterPage, statusLink);
    expect(await summaryValue(requesterPage, 'Termijn verlengd')).toBe(`Met 2 maanden. Reden: ${extensionReason}`);
    expect(await summaryValue(requesterPage, 'Antwoord uiterlijk')).toBe(extended);
    expect(extended).not.toBe(deadlineAfterPause);
    await expectAccessible(requesterPage, 'status page after the extension');

    // ... records who asks (seen at the desk), which an inzage needs before the decision ...
    await goto(coordinator, `${app.baseUrl}/portaal/verzoeken/${reference}`);
    expect(await coordinator.locator('#besluit-form').innerText()).toContain('Leg eerst vast hoe u heeft gecontroleerd wie de aanvrager is');
    const [year, month, day] = record.receivedOn.split('-') as [string, string, string];
    await recordIdentityCheck(coordinator, 'Identiteitsbewijs gezien aan de balie', { day, month, year });
    await expectAccessible(coordinator, 'request page after the identity check');

    // ... and decides: inzage granted, rectificatie refused with a ground.
    const decisionForm = coordinatorForm(coordinator, 'Besluit versturen');
    const inzage = decisionForm.getByRole('group', { name: 'Inzage', exact: true });
    await inzage.getByRole('radio', { name: 'toegewezen', exact: true }).check();
    await inzage.getByLabel('Motivering voor de aanvrager').fill(inzageMotivation);
    const rectificatie = decisionForm.getByRole('group', { name: 'Rectificatie', exact: true });
    await rectificatie.getByRole('radio', { name: 'afgewezen', exact: true }).check();
    await rectificatie.getByLabel('Grond bij (gedeeltelijke) afwijzing').selectOption('avg-16');
    await rectificatie.getByLabel('Motivering voor de aanvrager').fill(rectificatieMotivation);
    // First the preview: exactly what the requester will read, with one primary button that sends it.
    await navigate(coordinator, decisionForm.getByRole('button', { name: 'Bekijk het besluit voordat u het verstuurt' }));
    expect(await h1(coordinator)).toBe(`Controleer het besluit: ${reference}`);
    const previewed = (await coordinator.getByRole('region', { name: 'Het besluit' }).innerText()).replace(/\s+/g, ' ');
    expect(previewed).toContain(`Inzage: toegewezen. ${inzageMotivation}`);
    expect(await coordinator.locator('.utrecht-button--primary-action').count()).toBe(1);
    await expectAccessible(coordinator, 'decision preview');
    await navigate(coordinator, coordinator.getByRole('button', { name: 'Besluit versturen' }));
    expect(await coordinator.getByRole('status').innerText()).toBe('Het besluit is verstuurd.');
    expect(await summaryValue(coordinator, 'Status')).toBe('Besluit verstuurd');
    expect(await coordinator.getByRole('heading', { name: 'Verstuurd besluit' }).count()).toBe(1);
    await expectAccessible(coordinator, 'case page as coordinator after the decision');

    await goto(requesterPage, statusLink);
    expect(await summaryValue(requesterPage, 'Status')).toBe('Besluit verstuurd');
    const decision = (await requesterPage.getByRole('region', { name: 'Het besluit' }).innerText()).replace(/\s+/g, ' ');
    expect(decision).toContain(`Besluit van ${partyName('swv-go')}, namens alle organisaties van het overleg.`);
    expect(decision).toContain(`Inzage: toegewezen. ${inzageMotivation}`);
    expect(decision).toContain(`Rectificatie: afgewezen. ${rectificatieMotivation}`);
    expect(decision).toContain(`Grond voor de afwijzing: ${REFUSAL_GROUNDS['avg-16']}.`);
    // Rectification refused as a whole: under each organisation its own remedies. The municipality and the
    // openbaar school board are public bodies: bezwaar at each; the samenwerkingsverband and youth care
    // are not: the AP and the district court.
    expect(decision).toContain(remedies.complaint(partyName('swv-go')));
    expect(decision).toContain(remedies.court(partyName('swv-go')));
    expect(decision).toContain(`bezwaar maken bij ${partyName('gemeente-goeree-overflakkee')}.`);
    expect(decision).toContain(`bezwaar maken bij ${partyName('rgo')}.`);
    expect(decision).not.toContain(`bezwaar maken bij ${partyName('swv-go')}`);
    expect(decision).not.toContain(`bezwaar maken bij ${partyName('cjg-rijnmond')}`);
    expect(decision).toContain(remedies.accessRights);
    // With inzage granted, each organisation in layers: the summary, then (folded) the art. 15 details and the copy.
    const held = requesterPage.getByRole('region', { name: 'Welke gegevens de organisaties hebben' });
    for (const partyId of order) {
      const box = held.getByRole('region', { name: partyName(partyId), exact: true });
      expect((await box.innerText()).replace(/\s+/g, ' ')).toContain(summaries[partyId]);
      expect(await box.innerText()).not.toContain(`Kopie van ${partyId}`);
      await box.getByText('Meer over deze gegevens, en de kopie').click();
      const details = (await box.innerText()).replace(/\s+/g, ' ');
      expect(details).toContain(`Kopie van ${partyId}:`);
      expect(details).toContain('Waarvoor Om samen met de andere organisaties van het overleg');
      expect(details).toContain('Hoe lang bewaard Tot hoogstens een jaar');
    }
    expect((await held.innerText()).replace(/\s+/g, ' ')).toContain('Soorten gegevens verslagen van het overleg, gegevens over gezondheid');
    await expectAccessible(requesterPage, 'status page after the decision');

    // 5. The coordinator closes the request.
    await goto(coordinator, `${app.baseUrl}/portaal/verzoeken/${reference}`);
    await navigate(coordinator, coordinator.getByRole('button', { name: 'Verzoek afsluiten' }));
    expect(await coordinator.getByRole('status').innerText()).toBe('Het verzoek is afgesloten.');
    expect(await summaryValue(coordinator, 'Status')).toBe('Afgesloten');
    await goto(requesterPage, statusLink);
    expect(await summaryValue(requesterPage, 'Status')).toBe('Afgesloten');

    // Mail: the parties got tasks and news without any personal data; the requester only the reference and links.
    const forParties = (await app.mails({ subjectIncludes: reference })).filter((mail) => !mail.to.includes(requester.email));
    // (Other notices to parties may be added over time; every one of them is checked below.)
    const contacts = order.map((id) => regions.party(id)!.contact);
    for (const mail of forParties) expect(contacts).toEqual(expect.arrayContaining(mail.to));
    expect(forParties.map((mail) => `${mail.subject} → ${mail.to.join(',')}`)).toEqual(
      expect.arrayContaining([
        ...order.map((id) => `Nieuw privacyverzoek ${reference} → ${regions.party(id)!.contact}`),
        ...['swv-go', 'gemeente-goeree-overflakkee', 'rgo'].map((id) => `Gegevens aangepast bij privacyverzoek ${reference} → ${regions.party(id)!.contact}`),
        `Antwoord van de aanvrager bij privacyverzoek ${reference} → ${regions.party('swv-go')!.contact}`,
      ]),
    );
    expectNoPersonalData(forParties, [
      requester.child,
      'Sem',
      '2013',
      '17 mei',
      requester.details,
      'ADHD',
      requester.name,
      'Marieke',
      requester.email,
      requesterAnswer,
      question,
      ...Object.values(summaries),
    ]);

    const forRequester = await app.mails({ to: requester.email });
    expect(forRequester.map((mail) => mail.subject)).toEqual([
      `Bevestig uw privacyverzoek ${reference}`,
      ...Array(4).fill(`Nieuws over uw privacyverzoek ${reference}`), // doorgegeven (art. 19), vraag, verlengd, besluit
    ]);
    const confirmLink = CONFIRM_LINK.exec(forRequester[0]!.text)![0];
    expectOnlyReferenceAndLinks(forRequester, reference, [confirmLink, statusLink]);
    expectNoPersonalData(forRequester, [
      requester.child,
      'Sem',
      requester.details,
      'ADHD',
      requester.name,
      question,
      requesterAnswer,
      extensionReason,
      inzageMotivation,
      rectificatieMotivation,
      'toegewezen',
      'afgewezen',
      'Autoriteit Persoonsgegevens',
      ...Object.values(summaries),
      ...Object.keys(summaries).map(partyName),
    ]);

    for (const page of [requesterPage, ...Object.values(pages)]) await page.context().close();
    await expectAllAccessible();
    expect(axeChecked).toHaveLength(23);
  }, 150_000);

  it('B: Leerplicht en RMC West-Kennemerland with Velsen: a municipality decides, so the decision names bezwaar', async () => {
    const requester = {
      municipality: 'Velsen',
      overleg: 'Leerplicht en RMC West-Kennemerland',
      variableParty: 'gemeente-velsen',
      types: ['Gegevens inzien (inzage)'],
      details: 'Ik wil weten wat leerplicht over het verzuim van mijn zoon heeft vastgelegd.',
      name: 'Yusuf Demir',
      email: `journey-b-${Date.now()}@voorbeeld.nl`,
      child: 'Emre Demir',
      dob: ['3', '9', '2012'] as [string, string, string],
    };
    const motivation = 'U krijgt inzage in het verzuimdossier van leerplicht.';
    const summaries: Record<string, string> = {
      'rbl-leerplein': 'Het RMC-dossier met twee gesprekken.',
      'gemeente-velsen': 'Drie verzuimmeldingen van de school en het verslag van de leerplichtambtenaar.',
    };

    const requesterPage = await noJsPage();
    const { reference, statusLink } = await submitAndConfirm(requesterPage, requester, false);

    const pages: Record<string, Page> = {};
    for (const partyId of ['gemeente-velsen', 'rbl-leerplein']) {
      const page = (pages[partyId] = await noJsPage());
      await signIn(page, contactOf(partyId), false);
      const rows = await tasksFor(page, reference);
      // The coordinating RBL also sees its own step on the request.
      expect(rows).toHaveLength(partyId === 'rbl-leerplein' ? 2 : 1);
      for (const row of rows) expect(row).toMatch(/nog \d+ dagen/);
      await openFromTasks(page, reference);
      await answerAs(page, {
        Inzage: { outcome: 'verstrekt', categories: ['schoolgegevens en verzuim'], summary: summaries[partyId], source: 'Van de mentor.', copy: 'Verzuim.' },
      });
    }

    const coordinator = pages['rbl-leerplein']!;
    await goto(coordinator, coordinator.url());
    const [year, month, day] = new Date().toISOString().slice(0, 10).split('-') as [string, string, string];
    await recordIdentityCheck(coordinator, 'De aanvrager is bekend bij het overleg', { day, month, year });
    const decisionForm = coordinatorForm(coordinator, 'Besluit versturen');
    const inzage = decisionForm.getByRole('group', { name: 'Inzage', exact: true });
    await inzage.getByRole('radio', { name: 'toegewezen', exact: true }).check();
    await inzage.getByLabel('Motivering voor de aanvrager').fill(motivation);
    await navigate(coordinator, decisionForm.getByRole('button', { name: 'Bekijk het besluit voordat u het verstuurt' }));
    await navigate(coordinator, coordinator.getByRole('button', { name: 'Besluit versturen' }));
    expect(await coordinator.getByRole('status').innerText()).toBe('Het besluit is verstuurd.');

    await goto(requesterPage, statusLink);
    const decision = (await requesterPage.getByRole('region', { name: 'Het besluit' }).innerText()).replace(/\s+/g, ' ');
    expect(decision).toContain(`Besluit van ${partyName('rbl-leerplein')}, namens alle organisaties van het overleg.`);
    expect(decision).toContain(`Inzage: toegewezen. ${motivation}`);
    // A municipality's answer is a besluit under the Awb: six weeks for bezwaar at it, also when granted.
    expect(decision).toContain(`bezwaar maken bij ${partyName('rbl-leerplein')}.`);
    expect(decision).toContain('binnen zes weken');
    // Granted in full: nobody refused, so no refusal's complaint or court; the rights of art. 15 stay.
    expect(decision).not.toContain('Bent u het niet eens met de afwijzing');
    expect(decision).not.toContain('de rechtbank vragen');
    expect(decision).toContain(remedies.accessRights);
    const held = await requesterPage.getByRole('region', { name: 'Welke gegevens de organisaties hebben' }).innerText();
    for (const summary of Object.values(summaries)) expect(held).toContain(summary);
    await expectAccessible(requesterPage, 'status page after a municipality decision');
    await expectAllAccessible();

    const forParties = (await app.mails({ subjectIncludes: reference })).filter((mail) => !mail.to.includes(requester.email));
    expect(forParties.map((mail) => `${mail.subject} → ${mail.to.join(',')}`)).toEqual(
      expect.arrayContaining(['rbl-leerplein', 'gemeente-velsen'].map((id) => `Nieuw privacyverzoek ${reference} → ${regions.party(id)!.contact}`)),
    );
    for (const mail of forParties)
      expect(['rbl-leerplein', 'gemeente-velsen'].map((id) => regions.party(id)!.contact)).toEqual(expect.arrayContaining(mail.to));
    expectNoPersonalData(forParties, [
      requester.child,
      'Emre',
      'Demir',
      '2012',
      requester.details,
      requester.name,
      requester.email,
      ...Object.values(summaries),
    ]);
    const forRequester = await app.mails({ to: requester.email });
    expect(forRequester).toHaveLength(2); // confirmation, then the news of the decision
    expectOnlyReferenceAndLinks(forRequester, reference, [CONFIRM_LINK.exec(forRequester[0]!.text)![0], statusLink]);
    expectNoPersonalData(forRequester, [requester.child, requester.details, motivation, 'toegewezen', 'bezwaar', ...Object.values(summaries)]);

    for (const page of [requesterPage, ...Object.values(pages)]) await page.context().close();
  }, 40_000);
});
