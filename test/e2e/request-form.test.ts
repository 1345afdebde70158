import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, wcagViolations } from '#test-support/browser';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The first step: the municipality, then the region's own form. */
async function startAtMunicipality(page: Page, municipality = 'Goeree-Overflakkee') {
  await page.goto(`${app.baseUrl}/verzoek`);
  await page.getByLabel('In welke gemeente woont het kind?').selectOption(municipality);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect.poll(() => page.locator('#school').count()).toBe(1);
}

async function fillValidForm(page: Page, email: string) {
  await page.getByLabel('Op welke school zit het kind?').selectOption({ label: 'RGO Middelharnis' });
  await page.getByLabel('Thuiszitterstafel').check();
  await page.getByLabel('Gegevens inzien (inzage)').check();
  await page.getByLabel('Om welke gegevens gaat het?').fill('Ik wil weten wat er over mijn dochter is besproken.');
  await page.getByLabel('Ik ben ouder met gezag').check();
  await page.getByLabel('Uw naam').fill('Anouk Bakker');
  await page.getByLabel('Uw e-mailadres').fill(email);
  await page.getByLabel('Naam van het kind').fill('Lotte Bakker');
  await page.getByLabel('Dag').fill('12');
  await page.getByLabel('Maand').fill('6');
  await page.getByLabel('Jaar').fill('2014');
}

describe('the pages a public service must have', () => {
  it.each([1280, 320])(
    'at %i px: toegankelijkheidsverklaring, privacyverklaring, contact and 404, each linked from the footer, without WCAG violations',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/verzoek`);
      for (const [link, title] of [
        ['Toegankelijkheidsverklaring', 'Toegankelijkheidsverklaring'],
        ['Privacyverklaring', 'Privacyverklaring'],
        ['Contact', 'Contact'],
      ] as const) {
        await page.goto(`${app.baseUrl}/verzoek`);
        await page.locator('footer').getByRole('link', { name: link, exact: true }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(title);
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        expect(await wcagViolations(page), `${title} at ${width}`).toEqual([]);
      }
      expect(await page.locator('main').textContent()).toContain('Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee');
      await page.goto(`${app.baseUrl}/privacyverklaring`);
      expect(await page.locator('main').textContent()).toContain('wissen wij het verzoek helemaal');
      expect((await page.goto(`${app.baseUrl}/bestaat-niet`))!.status()).toBe(404);
      expect(await wcagViolations(page), `404 at ${width}`).toEqual([]);
      await context.close();
    },
  );
});

describe('the form in Chromium', () => {
  it('works without JavaScript: submit, confirm by mail, routed to all four parties', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = `e2e-${Date.now()}@voorbeeld.nl`;
    await startAtMunicipality(page);
    await fillValidForm(page, email);
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    // The check step: every answer once more, with a change button; nothing is stored yet.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Controleer uw verzoek');
    expect(await page.locator('main').textContent()).toContain('RGO Middelharnis, Middelharnis');
    await page.getByRole('button', { name: 'Wijzigen uw naam' }).click();
    await expect.poll(() => page.getByLabel('Uw naam').inputValue()).toBe('Anouk Bakker');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Controleer uw verzoek');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();

    await expect.poll(() => page.locator('h1').textContent()).toBe('Verzoek ontvangen');
    const reference = (await page.locator('.avg-reference').textContent())!;
    expect(reference).toMatch(/^AVG-/);
    expect(await page.locator('main').textContent()).toMatch(/uiterlijk \w+dag \d{1,2} \w+ 20\d\d/);

    const [mail] = await app.mails({ to: email });
    const link = /https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
    await page.goto(link);
    await page.getByRole('button', { name: 'Ja, bevestig mijn verzoek' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Verzoek bevestigd');

    const partyMails = await app.mails({ subjectIncludes: `Nieuw privacyverzoek ${reference}` });
    expect(partyMails.map((m) => m.to[0]).sort()).toEqual(
      ['avg@gemeente-go.example', 'privacy@cjg-rijnmond.example', 'privacy@rgo.example', 'privacy@swv-go.example'].sort(),
    );
    for (const partyMail of partyMails) {
      for (const personal of ['Lotte', 'Bakker', '2014', 'dochter', email]) expect(partyMail.text).not.toContain(personal);
    }
    await context.close();
  });

  it.each([1280, 320])(
    'at %i px without JavaScript: every error at once, in the order of the form, focus on the summary, each link landing with its question and message in view',
    async (width) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 720 } });
      const page = await context.newPage();
      await startAtMunicipality(page);
      await fillValidForm(page, 'not-an-address');
      // Nothing asked, and a birth date in the future, beside the invalid e-mail address.
      await page.getByLabel('Gegevens inzien (inzage)').uncheck();
      await page.getByLabel('Jaar').fill('2030');
      await page.getByRole('button', { name: 'Verzoek versturen' }).click();
      await expect.poll(() => page.title()).toMatch(/^Fout: /);
      const links = page.locator('.avg-error-summary a');
      expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(['#types', '#email', '#dobDay']);
      // The summary has the focus on arrival (autofocus, no script).
      expect(await page.evaluate(() => document.activeElement?.classList.contains('avg-error-summary'))).toBe(true);
      for (const [href, question] of [
        ['#types', 'Wat wilt u vragen?'],
        ['#email', 'Uw e-mailadres'],
        ['#dobDay', 'Geboortedatum van het kind'],
      ] as const) {
        await page.locator(`.avg-error-summary a[href="${href}"]`).click();
        const field = page.locator(href);
        const group = page.locator('.avg-form-field--invalid', { has: field });
        const inView = async (locator: ReturnType<Page['locator']>) =>
          locator.evaluate((element) => {
            const box = element.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          });
        expect(await inView(group.locator('.utrecht-form-field-error-message').first()), `${href} message at ${width}`).toBe(true);
        expect(await inView(group.getByText(question, { exact: true }).first()), `${href} question at ${width}`).toBe(true);
        expect(await inView(field), `${href} input at ${width}`).toBe(true);
      }
      // axe needs script: the same error page is checked with it below.
      await context.close();
    },
    60_000,
  );

  it('has no WCAG 2.1 A or AA violations on any page of the journey, errors included', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/verzoek`);
    expect(await wcagViolations(page)).toEqual([]);
    await startAtMunicipality(page);
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect.poll(() => page.title()).toMatch(/^Fout: /);
    expect(await page.locator('.avg-error-summary li').count()).toBeGreaterThanOrEqual(5);
    // The summary links take the user to the field.
    await page.locator('.avg-error-summary a[href="#email"]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    expect(await wcagViolations(page)).toEqual([]);

    const email = `axe-${Date.now()}@voorbeeld.nl`;
    await fillValidForm(page, email);
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Controleer uw verzoek');
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Verzoek ontvangen');
    expect(await wcagViolations(page)).toEqual([]);

    const [mail] = await app.mails({ to: email });
    await page.goto(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0]);
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, bevestig mijn verzoek' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Verzoek bevestigd');
    expect(await wcagViolations(page)).toEqual([]);

    // An address that does not exist: a page of its own, with the way back.
    expect((await page.goto(`${app.baseUrl}/verzoek/bestaat-niet`))!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Deze pagina bestaat niet');
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a gemachtigde acting for a parent', () => {
  it('without JavaScript, by keyboard: asks for a parent, is told what is missing, checks, confirms, is asked for the machtiging, and the coordinator must check that', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = `gemachtigde-${Date.now()}@voorbeeld.nl`;
    await startAtMunicipality(page);
    await fillValidForm(page, email);
    await page.getByLabel('Ik vraag het namens iemand anders (gemachtigde)').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    // Whom they act for is missing: the three questions, in the order of the form.
    await expect.poll(() => page.title()).toMatch(/^Fout: /);
    expect(await page.locator('.avg-error-summary a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      '#actsForRole',
      '#actsForName',
      '#representativeKind',
    ]);
    await page.getByLabel('een ouder met gezag').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Naam van die persoon').fill('Marco Bakker');
    await page.getByLabel('Cliëntondersteuner').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Verzoek versturen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Controleer uw verzoek');
    const check = (await page.locator('main').textContent())!;
    for (const shown of ['Ik vraag het namens iemand anders (gemachtigde)', 'een ouder met gezag', 'Marco Bakker', 'Cliëntondersteuner'])
      expect(check).toContain(shown);
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Verzoek ontvangen');
    const reference = (await page.locator('.avg-reference').textContent())!;

    const [mail] = await app.mails({ to: email });
    await page.goto(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0]);
    await page.getByRole('button', { name: 'Ja, bevestig mijn verzoek' }).click();
    await page.goto(/https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail!.text)![0]);
    expect(await page.getByRole('heading', { name: 'Stuur de machtiging mee' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Naar "Een bestand meesturen"' }).click();
    expect(await page.locator('#meesturen').count()).toBe(1);

    const request = (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST')!;
    expect(request.requester).toMatchObject({
      role: 'gemachtigde',
      name: 'Anouk Bakker',
      actingFor: { role: 'ouder', name: 'Marco Bakker', kind: 'clientondersteuner' },
    });
    await context.close();
  });

  it.each([1280, 320])(
    'at %i px: the form with its acting-for questions and their errors, and the status page asking for the machtiging, without WCAG violations',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 720 } });
      const page = await context.newPage();
      await startAtMunicipality(page);
      expect(await wcagViolations(page), `form at ${width}`).toEqual([]);
      await fillValidForm(page, `gemachtigde-axe-${width}-${Date.now()}@voorbeeld.nl`);
      await page.getByLabel('Ik vraag het namens iemand anders (gemachtigde)').check();
      await page.getByRole('button', { name: 'Verzoek versturen' }).click();
      await expect.poll(() => page.title()).toMatch(/^Fout: /);
      expect(await wcagViolations(page), `errors at ${width}`).toEqual([]);
      const { statusLink } = await routedRequest(app, {
        requester: {
          role: 'gemachtigde',
          name: 'Anouk Bakker',
          email: `g-${width}-${Date.now()}@voorbeeld.nl`,
          actingFor: { role: 'jongere', name: 'Sem', kind: 'advocaat' },
        },
      });
      await page.goto(statusLink);
      expect(await page.getByRole('heading', { name: 'Stuur de machtiging mee' }).count()).toBe(1);
      expect(await wcagViolations(page), `status page at ${width}`).toEqual([]);
      await context.close();
    },
  );
});

describe('asking together: a parent with the youth', () => {
  it('without JavaScript, by keyboard: the parent names the youth, checks and sends; the youth joins by their own link and reads the status page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const parent = `ouder-samen-${Date.now()}@voorbeeld.nl`;
    const youth = `jongere-samen-${Date.now()}@voorbeeld.nl`;
    await startAtMunicipality(page);
    await fillValidForm(page, parent);
    await page.getByLabel('Mijn kind (de jongere)').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Naam van wie samen met u vraagt').fill('Lotte Bakker');
    await page.getByLabel('E-mailadres van wie samen met u vraagt').fill(youth);
    await page.getByRole('button', { name: 'Verzoek versturen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Controleer uw verzoek');
    const check = (await page.locator('main').textContent())!;
    for (const shown of ['Samen vragen (niet verplicht)', 'Mijn kind (de jongere)', youth]) expect(check).toContain(shown);
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Verzoek ontvangen');

    const [confirmation] = await app.mails({ to: parent });
    await page.goto(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(confirmation!.text)![0]);
    await page.getByRole('button', { name: 'Ja, bevestig mijn verzoek' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Verzoek bevestigd');

    const youthContext = await browser.newContext({ javaScriptEnabled: false });
    const youthPage = await youthContext.newPage();
    const [invite] = await app.mails({ to: youth });
    await youthPage.goto(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(invite!.text)![0]);
    await youthPage.getByRole('button', { name: 'Ja, ik doe mee' }).focus();
    await youthPage.keyboard.press('Enter');
    await expect.poll(() => youthPage.locator('h1').textContent()).toBe('U doet mee met het verzoek');
    await youthPage.getByRole('link', { name: 'Naar uw statuspagina' }).click();
    await expect.poll(() => youthPage.locator('main').textContent()).toContain('Wie werkt eraan?');
    await context.close();
    await youthContext.close();
  });

  it.each([1280, 320])('at %i px: the form asking together with its error, the invitation and the joined page, without WCAG violations', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 720 } });
    const page = await context.newPage();
    await startAtMunicipality(page);
    await fillValidForm(page, `ouder-axe-${width}-${Date.now()}@voorbeeld.nl`);
    await page.getByLabel('Mijn ouder met gezag').check();
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect.poll(() => page.title()).toMatch(/^Fout: /);
    expect(await page.locator('.avg-error-summary a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      '#coRole',
      '#coName',
      '#coEmail',
    ]);
    expect(await wcagViolations(page), `errors at ${width}`).toEqual([]);
    const youth = `jongere-axe-${width}-${Date.now()}@voorbeeld.nl`;
    await routedRequest(app, { coRequester: { role: 'jongere', name: 'Sem de Vries', email: youth } });
    const [invite] = await app.mails({ to: youth });
    await page.goto(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(invite!.text)![0]);
    expect(await wcagViolations(page), `invitation at ${width}`).toEqual([]);
    await page.getByRole('button', { name: 'Ja, ik doe mee' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('U doet mee met het verzoek');
    expect(await wcagViolations(page), `joined at ${width}`).toEqual([]);
    await context.close();
  });
});

describe('withdrawing a request', () => {
  it('without JavaScript, by keyboard: choose a part, confirm, and the parties stop work on it; then the rest, and every task closes', async () => {
    const { reference, statusLink } = await routedRequest(app);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(statusLink);
    await page.getByRole('link', { name: 'Verzoek intrekken' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('legend').first().textContent()).toBe('Wat wilt u intrekken?');
    await page.getByLabel('Gegevens laten verbeteren (rectificatie)').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Verder' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Weet u zeker dat u dit wilt intrekken?');
    await page.getByRole('button', { name: 'Ja, trek in' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Dat deel van uw verzoek is ingetrokken');
    const tasks = async () => (await app.items()).filter((item) => item.PK === `REQ#${reference}` && item.type === 'task').map((item) => item.status);
    expect(await tasks()).toEqual(['open', 'open', 'open', 'open']);

    // What is left is one type: the confirmation comes at once.
    await page.getByRole('link', { name: 'Verzoek intrekken' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('U trekt het hele verzoek in.');
    await page.getByRole('button', { name: 'Ja, trek in' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Uw verzoek is ingetrokken');
    expect(await page.locator('main').textContent()).not.toContain('Wie werkt eraan?');
    expect(await tasks()).toEqual(['withdrawn', 'withdrawn', 'withdrawn', 'withdrawn']);
    await context.close();
  });

  it.each([1280, 320])('at %i px: the choice, its error, the confirmation and the status page after it, without WCAG violations', async (width) => {
    const { statusLink } = await routedRequest(app);
    const context = await browser.newContext({ viewport: { width, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${statusLink}/intrekken`);
    expect(await wcagViolations(page), `choice at ${width}`).toEqual([]);
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(() => page.title()).toMatch(/^Fout: /);
    expect(await wcagViolations(page), `error at ${width}`).toEqual([]);
    await page.getByLabel('Gegevens inzien (inzage)').check();
    await page.getByLabel('Gegevens laten verbeteren (rectificatie)').check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Weet u zeker dat u dit wilt intrekken?');
    expect(await wcagViolations(page), `confirmation at ${width}`).toEqual([]);
    await page.getByRole('button', { name: 'Ja, trek in' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Uw verzoek is ingetrokken');
    expect(await wcagViolations(page), `status page at ${width}`).toEqual([]);
    await context.close();
  });
});
