import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, wcagViolations } from '#test-support/browser';
import { startTestApp, type TestApp } from '#test-support/local-app';
import { postForm, signIn } from '#test-support/portal-session';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const heading = (page: Page) => page.locator('h1').textContent();

async function fillValidForm(page: Page, email: string) {
  await page.getByLabel('Which school does the child go to?').selectOption({ label: 'RGO Middelharnis' });
  await page.getByLabel('Thuiszitterstafel').check();
  await page.getByLabel('See the data (access)').check();
  await page.getByLabel('Which data is it about?').fill('I want to know what was said about my daughter.');
  await page.getByLabel('I am a parent with parental authority').check();
  await page.getByLabel('Your name').fill('Anouk Bakker');
  await page.getByLabel('Your e-mail address').fill(email);
  await page.getByLabel('Name of the child').fill('Lotte Bakker');
  await page.getByLabel('Day').fill('12');
  await page.getByLabel('Month').fill('6');
  await page.getByLabel('Year').fill('2014');
}

/** The English form's last step posted straight away (the browser journey above walks every step): a request in English. */
function sendEnglishForm(fields: Record<string, string> & { email: string }) {
  return fetch(`${app.baseUrl}/en/verzoek`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      stap: 'versturen',
      overleg: 'goeree-overflakkee/go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: 'inzage',
      role: 'ouder',
      name: 'Anouk Bakker',
      childName: 'Lotte Bakker',
      dobDay: '12',
      dobMonth: '6',
      dobYear: '2014',
      details: 'Which data do you have about us?',
      submissionId: `english-${fields.email}`,
      ...fields,
    }).toString(),
  });
}

describe('the public pages in English', () => {
  it.each([
    { width: 1280, javaScript: false },
    { width: 1280, javaScript: true },
    { width: 320, javaScript: true },
  ])(
    'at $width px (script: $javaScript): switch from Dutch, errors, check, send, confirm and the status page in English, with English mails; axe finds nothing',
    async ({ width, javaScript }) => {
      const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 720 } });
      const page = await context.newPage();
      // axe runs as a script in the page: only with script on; the run without it shows the pages work without.
      const checkPage = async (what: string) => {
        expect(await page.getAttribute('html', 'lang'), what).toBe('en');
        if (javaScript) expect(await wcagViolations(page), `${what} at ${width}`).toEqual([]);
      };

      await page.goto(`${app.baseUrl}/verzoek`);
      await page.getByRole('link', { name: 'English' }).click();
      expect(new URL(page.url()).pathname).toBe('/en/verzoek');
      expect(await page.getAttribute('a[hreflang="nl"]', 'lang')).toBe('nl');
      await checkPage('the first step');
      await page.getByLabel('In which municipality does the child live?').selectOption('Goeree-Overflakkee');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => page.locator('#school').count()).toBe(1);
      await checkPage('the form');
      // The region's own descriptions are Dutch (the beheer pages take them so), and marked as such.
      expect(await page.locator('#overleg-choice-hint').getAttribute('lang')).toBe('nl');

      // Every error at once, in English.
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      const summary = (await page.locator('.avg-error-summary').textContent())!;
      expect(summary).toContain('Something went wrong');
      expect(summary).toContain('Choose what you want to ask.');
      expect(summary).toContain('Fill in your e-mail address.');
      expect(summary).not.toMatch(/Vul |Kies /);
      await checkPage('the form with errors');

      const email = `english-${width}-${javaScript}-${Date.now()}@voorbeeld.nl`;
      await fillValidForm(page, email);
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect.poll(() => heading(page)).toBe('Check your request');
      await checkPage('the check step');
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect.poll(() => heading(page)).toBe('Request received');
      expect(await page.locator('main').textContent()).toMatch(/by \w+day,? \d{1,2} \w+ 20\d\d at the latest/);
      await checkPage('the receipt');

      // The mail is in the request's language, and its links lead to the English pages.
      const [mail] = await app.mails({ to: email });
      expect(mail!.subject).toMatch(/^Confirm your privacy request AVG-/);
      expect(mail!.text).toContain('Dear requester,');
      const confirmLink = /https?:\/\/\S+\/en\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
      const statusLink = /https?:\/\/\S+\/en\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
      await page.goto(confirmLink);
      await checkPage('the confirmation question');
      await page.getByRole('button', { name: 'Yes, confirm my request' }).click();
      await expect.poll(() => heading(page)).toBe('Request confirmed');
      await checkPage('the confirmation');

      await page.goto(statusLink);
      expect(await heading(page)).toMatch(/^Your request AVG-/);
      expect(await page.locator('main').textContent()).toContain('Being handled');
      await checkPage('the status page');
      // Sending a file: its description's rule in English, then the upload page.
      await page.getByRole('button', { name: 'Continue to upload' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('Write what kind of file it is, for example: Authorisation from the mother.');
      await checkPage('the status page with the file error');
      await page.getByLabel('What kind of file is it?').fill('Authorisation from the mother');
      await page.getByRole('button', { name: 'Continue to upload' }).click();
      await expect.poll(() => heading(page)).toBe('Upload file');
      expect(await page.locator('main').textContent()).toContain('Authorisation from the mother');
      await checkPage('the upload page');
      await page.getByRole('link', { name: 'Back to your status page' }).click();
      expect(await page.locator('main').textContent()).toContain('not uploaded yet');
      // One thing asked: withdrawing goes straight to the check step.
      await page.getByRole('link', { name: 'Withdraw request' }).click();
      expect(await heading(page)).toBe('Are you sure you want to withdraw this?');
      await checkPage('the withdraw check');
      await page.getByRole('button', { name: 'Yes, withdraw' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('Your request has been withdrawn.');
      expect(new URL(page.url()).pathname).toBe(new URL(statusLink).pathname);
      expect(await page.locator('main').textContent()).toContain('Withdrawn on');
      await checkPage('the status page after withdrawing');
      const [news] = await app.mails({ to: email, subjectIncludes: 'News about your privacy request' });
      expect(news!.text).toContain('You have withdrawn (a part of) your request.');
      expect(news!.text).toContain(new URL(statusLink).pathname);

      // The switch keeps the page: the same status page in Dutch.
      await page.getByRole('link', { name: 'Nederlands' }).click();
      expect(new URL(page.url()).pathname).toBe(new URL(statusLink).pathname.replace(/^\/en/, ''));
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      expect(await heading(page)).toMatch(/^Uw verzoek AVG-/);
      await context.close();
    },
    60_000,
  );

  it.each([1280, 320])('at %i px: the statements, contact, a lost link and a page that does not exist, in English, without WCAG violations', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 720 } });
    const page = await context.newPage();
    for (const [link, title] of [
      ['Accessibility statement', 'Accessibility statement'],
      ['Privacy statement', 'Privacy statement'],
      ['Contact', 'Contact'],
    ] as const) {
      await page.goto(`${app.baseUrl}/en/verzoek`);
      await page.locator('footer').getByRole('link', { name: link, exact: true }).click();
      await expect.poll(() => heading(page)).toBe(title);
      expect(new URL(page.url()).pathname).toMatch(/^\/en\//);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await wcagViolations(page), `${title} at ${width}`).toEqual([]);
    }
    await page.goto(`${app.baseUrl}/en/verzoek/status-opnieuw`);
    expect(await heading(page)).toBe('Get the link to your status page again');
    expect(await wcagViolations(page), `status link again at ${width}`).toEqual([]);
    await page.getByRole('button', { name: 'Send me the link' }).click();
    expect(await page.locator('.avg-error-summary').textContent()).toContain('Fill in the reference of your request.');
    expect(await wcagViolations(page), `status link again with errors at ${width}`).toEqual([]);
    await page.getByLabel('Reference of your request').fill('AVG-7K3M-Q9TZ');
    await page.getByLabel('Your e-mail address').fill('nobody@voorbeeld.nl');
    await page.getByRole('button', { name: 'Send me the link' }).click();
    expect(await heading(page)).toBe('Check your mailbox');
    expect(await wcagViolations(page), `status link sent at ${width}`).toEqual([]);
    expect((await page.goto(`${app.baseUrl}/en/verzoek/bevestigen/not-a-token`))!.status()).toBe(404);
    expect(await heading(page)).toBe('This link does not work');
    expect(await wcagViolations(page), `unknown confirmation link at ${width}`).toEqual([]);
    expect((await page.goto(`${app.baseUrl}/en/verzoek/status/not-a-token`))!.status()).toBe(404);
    expect(await heading(page)).toBe('This link does not work');
    expect(await wcagViolations(page), `unknown status link at ${width}`).toEqual([]);
    expect((await page.goto(`${app.baseUrl}/en/does-not-exist`))!.status()).toBe(404);
    expect(await heading(page)).toBe('This page does not exist');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await wcagViolations(page), `404 at ${width}`).toEqual([]);
    await context.close();
  });

  it.each([1280, 320])(
    'at %i px: a decision on the English status page keeps its Dutch text, marked as Dutch, with the note that it counts; axe finds nothing',
    async (width) => {
      // Sent from the English form (its last step), so the request's mails are English.
      const email = `english-decision-${width}-${Date.now()}@voorbeeld.nl`;
      const sent = await sendEnglishForm({ email, details: 'Which data do you have about my daughter?' });
      expect(sent.status).toBe(200);
      const reference = /AVG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await sent.text())![0];
      const [mail] = await app.mails({ to: email });
      await fetch(/https?:\/\/\S+\/en\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0], { method: 'POST' });
      const statusPath = new URL(/https?:\/\/\S+\/en\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail!.text)![0]).pathname;
      const version = async (sk: string) => String((await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === sk)!.version);
      for (const party of ['swv-go', 'cjg-rijnmond', 'rgo', 'gemeente-goeree-overflakkee']) {
        const session = await signIn(app, `${party}.contact@portaal.example`);
        const answered = await postForm(
          app,
          `/portaal/verzoeken/${reference}/antwoord`,
          { csrf: session.csrf, version: await version(`TASK#${party}`), 'inzage.outcome': 'geen gegevens' },
          [session.cookie],
        );
        expect(answered.status, party).toBe(303);
      }
      const coordinator = await signIn(app, 'swv-go.contact@portaal.example');
      // The portal stays Dutch, and tells the coordinator in which language the requester reads.
      const casePage = await (await fetch(`${app.baseUrl}/portaal/verzoeken/${reference}`, { headers: { cookie: coordinator.cookie } })).text();
      expect(casePage).toContain('<html lang="nl"');
      expect(casePage).toContain('Engels: de aanvrager leest de statuspagina en de e-mails in het Engels.');
      const post = async (action: string, fields: Record<string, string>) =>
        postForm(app, `/portaal/verzoeken/${reference}/${action}`, { csrf: coordinator.csrf, version: await version('REQUEST'), ...fields }, [
          coordinator.cookie,
        ]);
      expect((await post('identiteit', { method: 'balie', checkedDay: '1', checkedMonth: '1', checkedYear: '2026' })).status).toBe(303);
      expect((await post('besluit', { 'inzage.outcome': 'toegewezen', 'inzage.motivation': 'Er zijn geen gegevens gevonden.' })).status).toBe(303);

      const context = await browser.newContext({ viewport: { width, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}${statusPath}`);
      expect(await page.locator('main').textContent()).toContain('Decision sent');
      expect(await page.locator('main').textContent()).toContain('This page is a translation.');
      const decision = page.locator('main [lang="nl"]').first();
      expect(await decision.textContent()).toContain('Er zijn geen gegevens gevonden.');
      expect(await decision.textContent()).toContain('Uw rechten');
      expect(await wcagViolations(page), `decided status page at ${width}`).toEqual([]);
      // The letter, by a code mailed in English; the download session holds on the English pages.
      expect(await app.letters()).toMatchObject({ made: 1, failed: 0 });
      await page.reload();
      const files = page.getByRole('region', { name: 'Files' });
      expect(await files.innerText()).toContain('To open the letter with the decision, first ask for a code.');
      await files.getByRole('button', { name: 'Send me a code' }).click();
      await expect.poll(() => files.innerText()).toContain('We have sent a code to your e-mail address.');
      const [codeMail] = await app.mails({ to: email, subjectIncludes: 'Your code to open the files' });
      const code = /Your code is: (\d{6})/.exec(codeMail!.text)![1]!;
      await files.getByLabel('Code from the e-mail').fill(code);
      await files.getByRole('button', { name: 'Open files' }).click();
      await expect.poll(() => files.innerText()).toContain('You can now download the files for 30 minutes in this browser.');
      expect(await wcagViolations(page), `decided status page, files open, at ${width}`).toEqual([]);
      const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Download Besluit AVG-/ }).click()]);
      expect(letter.suggestedFilename()).toMatch(/^Besluit AVG-[A-Z0-9]{4}-[A-Z0-9]{4}\.pdf$/);
      await context.close();
    },
  );

  it.each([1280, 320])('at %i px: asking together from the English form, the other one gets an English invitation and joins in English', async (width) => {
    const [email, coEmail] = [`english-parent-${width}-${Date.now()}@voorbeeld.nl`, `english-youth-${width}-${Date.now()}@voorbeeld.nl`];
    const sent = await sendEnglishForm({ email, coRole: 'jongere', coName: 'Lotte Bakker', coEmail, dobYear: '2012' });
    expect(sent.status, await sent.clone().text()).toBe(200);
    const [invite] = await app.mails({ to: coEmail });
    expect(invite!.subject).toMatch(/^Will you join privacy request AVG-/);
    const joinLink = /https?:\/\/\S+\/en\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(invite!.text)![0];
    const context = await browser.newContext({ viewport: { width, height: 720 } });
    const page = await context.newPage();
    await page.goto(joinLink);
    expect(await heading(page)).toBe('Join the request');
    expect(await wcagViolations(page), `join question at ${width}`).toEqual([]);
    await page.getByRole('button', { name: 'Yes, I join' }).click();
    await expect.poll(() => heading(page)).toBe('You have joined the request');
    expect(await wcagViolations(page), `joined at ${width}`).toEqual([]);
    await page.getByRole('link', { name: 'To your status page' }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/en\/verzoek\/status\//);
    expect(await heading(page)).toMatch(/^Your request AVG-/);
    await context.close();
  });
});
