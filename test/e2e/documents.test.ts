import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, problemsAtCheckedWidths } from '#test-support/browser';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';
import { currentCode, postForm, seededPortalUsers, seededUser, signIn } from '#test-support/portal-session';
import { inzageStatementFields } from '#test-support/inzage-answer';
import { extractText, getDocumentProxy } from 'unpdf';

/**
 * The answer itself, in Chromium without JavaScript: a party's contact person
 * uploads the copy through the plain HTML form that posts straight to the
 * local S3-compatible server, the coordinator records the identity check and
 * decides, and the requester opens the files with a code from the mailbox and
 * downloads exactly the bytes that were uploaded. axe checks every new page
 * (in a JavaScript context with the same cookies, at 1280 and 320 px).
 */
let app: TestApp;
let browser: Browser;
let axeContext: BrowserContext;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
  axeContext = await browser.newContext();
  axeContext.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const PDF = Buffer.from('%PDF-1.7\n% kopie van het leerlingdossier\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function noJsPage(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
  context.setDefaultTimeout(60_000);
  return context.newPage();
}

async function navigate(page: Page, click: () => Promise<void>) {
  await Promise.all([page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() }), click()]);
  await page.waitForLoadState('load');
}

/** axe on the page's current URL (reached by GET), at both widths, with the page's cookies. */
async function expectAccessible(page: Page, label: string) {
  await axeContext.clearCookies();
  await axeContext.addCookies(await page.context().cookies());
  const check = await axeContext.newPage();
  try {
    await check.goto(page.url());
    expect(await problemsAtCheckedWidths(check), label).toEqual([]);
  } finally {
    await check.close();
  }
}

async function signInPage(page: Page, email: string) {
  await page.goto(`${app.baseUrl}/portaal`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(seededPortalUsers().password);
  await navigate(page, () => page.getByRole('button', { name: 'Verder' }).click());
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel('Code van 6 cijfers').fill(currentCode(seededUser(email).totpSecret));
    await navigate(page, () => page.getByRole('button', { name: 'Inloggen' }).click());
    if (new URL(page.url()).pathname === '/portaal' || attempt === 1) break;
    await new Promise((done) => setTimeout(done, 30_250 - (Date.now() % 30_000)));
  }
}

describe('the copy of the data, from a party to the requester', () => {
  it('uploads without JavaScript, is checked, released by the decision and downloaded with a code, byte for byte', async () => {
    const { body, reference, statusLink, receivedOn } = await routedRequest(app);

    // The school's contact person describes the file, then chooses it in the plain upload form.
    const school = await noJsPage();
    await signInPage(school, 'rgo.contact@portaal.example');
    await school.goto(`${app.baseUrl}/portaal/verzoeken/${reference}`);
    await school.getByLabel('Wat voor bestand is het?').fill('Leerlingdossier RGO 2025-2026');
    await navigate(school, () => school.getByRole('button', { name: 'Verder naar uploaden' }).click());
    expect(await school.locator('h1').innerText()).toBe('Bestand uploaden');
    await expectAccessible(school, 'upload page');
    await school.getByLabel('Kies het bestand').setInputFiles({ name: 'dossier.pdf', mimeType: 'application/pdf', buffer: PDF });
    await navigate(school, () => school.getByRole('button', { name: 'Uploaden' }).click());
    // S3 sent the browser back to the request, where the check is announced.
    expect(new URL(school.url()).pathname).toBe(`/portaal/verzoeken/${reference}`);
    expect(await school.getByRole('status').innerText()).toContain('Het bestand is ontvangen. Wij controleren het nu.');
    await app.system.documentsChecked();
    await school.reload();
    const row = school.getByRole('row', { name: /Leerlingdossier RGO 2025-2026/ });
    expect(await row.innerText()).toContain('Goedgekeurd');
    await expectAccessible(school, 'request page with a checked file');

    // Every party answers; the coordinator records who asks and decides (through the same pages, by HTTP here).
    const sessions = Object.fromEntries(
      await Promise.all(
        ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'rgo'].map(
          async (party) => [party, await signIn(app, `${party}.contact@portaal.example`)] as const,
        ),
      ),
    );
    const items = async () => (await app.items()).filter((item) => item.PK === `REQ#${reference}`);
    const version = async (sk: string) => String((await items()).find((item) => item.SK === sk)!.version);
    const post = (party: string, action: string, fields: Record<string, string>) =>
      postForm(app, `/portaal/verzoeken/${reference}/${action}`, { csrf: sessions[party]!.csrf, ...fields }, [sessions[party]!.cookie]);
    for (const party of Object.keys(sessions)) {
      const answered = await post(party, 'antwoord', {
        version: await version(`TASK#${party}`),
        'inzage.outcome': party === 'rgo' ? 'verstrekt' : 'geen gegevens',
        // The school's copy is its checked file: the copy's text may stay empty.
        ...(party === 'rgo'
          ? {
              'inzage.categories': 'schoolgegevens en verzuim',
              'inzage.summary': 'Het leerlingdossier, als PDF bij dit besluit.',
              ...inzageStatementFields('inzage', { copy: '' }),
            }
          : {}),
        'rectificatie.outcome': 'geen gegevens',
      });
      expect(answered.status, party).toBe(303);
    }
    const [year, month, day] = receivedOn.split('-') as [string, string, string];
    expect(
      (await post('swv-go', 'identiteit', { version: await version('REQUEST'), method: 'balie', checkedDay: day, checkedMonth: month, checkedYear: year }))
        .status,
    ).toBe(303);
    const decided = await post('swv-go', 'besluit', {
      version: await version('REQUEST'),
      'inzage.outcome': 'toegewezen',
      'inzage.motivation': 'U krijgt een kopie van de gegevens.',
      'rectificatie.outcome': 'toegewezen',
      'rectificatie.motivation': 'Er was niets te verbeteren.',
    });
    expect(decided.status).toBe(303);
    // The letters job (every minute in AWS) makes the decision's PDF letter.
    expect(await app.letters()).toMatchObject({ made: 1, failed: 0 });

    // The requester: the status link shows that there is a file, the code opens it.
    const parent = await noJsPage();
    await parent.goto(statusLink);
    const files = parent.getByRole('region', { name: 'Bestanden' });
    expect(await files.innerText()).toContain('Bij het besluit horen 1 bestand.');
    expect(await files.innerText()).not.toContain('Leerlingdossier');
    await expectAccessible(parent, 'status page with files to open');
    await navigate(parent, () => files.getByRole('button', { name: 'Stuur mij een code' }).click());
    expect(await files.innerText()).toContain('Wij hebben een code naar uw e-mailadres gestuurd.');
    await expectAccessible(parent, 'status page asking for the code');
    const [codeMail] = await app.mails({ to: body.requester.email, subjectIncludes: 'Uw code' });
    const code = /Uw code is: (\d{6})/.exec(codeMail!.text)![1]!;
    await files.getByLabel('Code uit de e-mail').fill(code === '000000' ? '111111' : '000000');
    await navigate(parent, () => files.getByRole('button', { name: 'Bestanden openen' }).click());
    expect(await parent.getByRole('alert').innerText()).toBe('Deze code klopt niet. U kunt het nog 4 keer proberen.');
    await files.getByLabel('Code uit de e-mail').fill(code);
    await navigate(parent, () => files.getByRole('button', { name: 'Bestanden openen' }).click());
    expect(await files.innerText()).toContain('U kunt de bestanden nu 30 minuten downloaden in deze browser.');
    await expectAccessible(parent, 'status page with the files open');
    // The link sits with the school's answer, the files layer under its summary and details.
    const schoolPart = parent
      .getByRole('region', { name: 'Welke gegevens de organisaties hebben' })
      .getByRole('region', { name: 'Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee', exact: false });
    expect(await schoolPart.innerText()).toContain('Het leerlingdossier, als PDF bij dit besluit.');
    const [download] = await Promise.all([parent.waitForEvent('download'), schoolPart.getByRole('link', { name: /Leerlingdossier RGO 2025-2026/ }).click()]);
    expect(download.suggestedFilename()).toBe('Leerlingdossier RGO 2025-2026.pdf');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(PDF)).toBe(true);

    // The decision as a letter, under the decision: its text read back from the PDF is the page's.
    const decision = parent.getByRole('region', { name: 'Het besluit' });
    const [letter] = await Promise.all([parent.waitForEvent('download'), decision.getByRole('link', { name: /^Download Besluit AVG-/ }).click()]);
    expect(letter.suggestedFilename()).toMatch(/^Besluit AVG-[A-Z0-9]{4}-[A-Z0-9]{4}\.pdf$/);
    const letterChunks: Buffer[] = [];
    for await (const chunk of await letter.createReadStream()) letterChunks.push(chunk as Buffer);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(letterChunks))), { mergePages: true });
    const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
    const decisionParagraphs = await decision.locator('p.pre').allInnerTexts();
    expect(decisionParagraphs.length).toBeGreaterThan(2);
    for (const paragraph of decisionParagraphs) expect(collapse(text)).toContain(collapse(paragraph));
    expect(collapse(text)).toContain(body.requester.name);
    expect(collapse(text)).toContain('Leerlingdossier RGO 2025-2026');

    // The same status link in another browser opens nothing without its own code.
    const other = await noJsPage();
    await other.goto(statusLink);
    expect(await other.locator('main').innerText()).not.toContain('Leerlingdossier RGO 2025-2026');
    expect(await other.locator('main').innerText()).toContain('Bij dit antwoord horen 1 bestand.');

    // No mail carries a file, its title or anything of the child.
    for (const mail of await app.mails({})) {
      for (const secret of ['Leerlingdossier', '%PDF', body.child.name, body.requester.name])
        expect(mail.text + mail.subject, mail.subject).not.toContain(secret);
    }
    // The page CloudFront shows in place of S3's refusals (an upload over the limit, an expired link).
    await other.goto(`${app.baseUrl}/verzoek/bestand-niet-gelukt`);
    expect(await other.locator('h1').innerText()).toBe('Het bestand is niet verstuurd of geopend');
    await expectAccessible(other, 'the page for refused uploads and downloads');
    for (const page of [school, parent, other]) await page.context().close();
  }, 150_000);
});
