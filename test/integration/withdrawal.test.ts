import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(async () => app?.stop());

const post = (url: string, fields: Array<[string, string]>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
const versionOn = (page: string) => /name="version" value="(\d+)"/.exec(page)![1]!;
const itemsOf = async (reference: string) => (await app.items()).filter((item) => item.PK === `REQ#${reference}`);
/** The Thuiszitterstafel with RGO: swv-go, the municipality, CJG Rijnmond and RGO. */
const PARTY_COUNT = 4;

describe('withdrawing a request on the status page', () => {
  it('withdraws the whole request after a confirmation step: every task closes, each party hears so by mail, and the status page says so', async () => {
    const { reference, statusLink, email, body } = await routedRequest(app);
    const statusPage = await (await fetch(statusLink)).text();
    expect(statusPage).toContain(`href="${new URL(statusLink).pathname}/intrekken"`);
    // What a party does stands under its bare name (config/regions.json's description), not in brackets in it.
    expect(statusPage).toMatch(/Stichting CJG Rijnmond[^<(]*<div class="utrecht-form-field-description">jeugdgezondheidszorg<\/div>/);

    const choose = await (await fetch(`${statusLink}/intrekken`)).text();
    expect(choose).toContain('Wat wilt u intrekken?');
    const check = await post(`${statusLink}/intrekken`, [
      ['version', versionOn(choose)],
      ['types', 'inzage'],
      ['types', 'rectificatie'],
    ]);
    expect(check.status).toBe(200);
    const checkPage = await check.text();
    expect(checkPage).toContain('Weet u zeker dat u dit wilt intrekken?');
    expect(checkPage).toContain('U trekt het hele verzoek in.');
    // The choice alone withdraws nothing: the tasks are still open.
    expect((await itemsOf(reference)).filter((item) => item.type === 'task').map((item) => item.status)).toEqual(['open', 'open', 'open', 'open']);

    const done = await post(`${statusLink}/intrekken`, [
      ['version', versionOn(checkPage)],
      ['stap', 'intrekken'],
      ['types', 'inzage'],
      ['types', 'rectificatie'],
    ]);
    expect(done.status).toBe(303);
    const after = await (await fetch(new URL(done.headers.get('location')!, statusLink))).text();
    expect(after).toContain('Uw verzoek is ingetrokken');
    expect(after).toContain('<dd>Ingetrokken</dd>');
    expect(after).not.toContain('/intrekken"');
    expect(after).not.toContain('Wie werkt eraan?');

    const items = await itemsOf(reference);
    expect(items.filter((item) => item.type === 'task').map((item) => item.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn', 'withdrawn']);
    const request = items.find((item) => item.SK === 'REQUEST')!;
    expect(request.status).toBe('withdrawn');
    // Out of every Mijn taken and the sweep's index; kept for the retention like a closed request.
    expect(items.some((item) => 'GSI1PK' in item)).toBe(false);
    expect(request.GSI2PK).toBeUndefined();
    expect(typeof request.expiresAt).toBe('number');
    expect(items.some((item) => item.action === 'ingetrokken')).toBe(true);

    const partyMails = await app.mails({ subjectIncludes: `Privacyverzoek ${reference} ingetrokken` });
    // One mail to each of the four parties' mailboxes.
    expect(new Set(partyMails.flatMap((mail) => mail.to)).size).toBe(PARTY_COUNT);
    for (const mail of partyMails) {
      expect(mail.text).not.toContain(body.child.name);
      expect(mail.text).not.toContain(body.requester.name);
    }
    expect((await app.mails({ to: email })).some((mail) => mail.text.includes('ingetrokken'))).toBe(true);

    // A second withdrawal (a back button, a double click) changes nothing and says why.
    const again = await post(`${statusLink}/intrekken`, [
      ['version', versionOn(checkPage)],
      ['stap', 'intrekken'],
      ['types', 'inzage'],
    ]);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('kunt u niet meer intrekken');
  });

  it('withdraws one part: the rest goes on, the tasks stay open', async () => {
    const { reference, statusLink } = await routedRequest(app);
    const choose = await (await fetch(`${statusLink}/intrekken`)).text();
    const done = await post(`${statusLink}/intrekken`, [
      ['version', versionOn(choose)],
      ['stap', 'intrekken'],
      ['types', 'rectificatie'],
    ]);
    expect(done.status).toBe(303);
    const after = await (await fetch(new URL(done.headers.get('location')!, statusLink))).text();
    expect(after).toContain('Dat deel van uw verzoek is ingetrokken');
    expect(after).toContain('<dd>In behandeling</dd>');
    expect(after).toContain('Ingetrokken op');
    const items = await itemsOf(reference);
    expect(items.find((item) => item.SK === 'REQUEST')!.types).toEqual(['inzage']);
    expect(items.filter((item) => item.type === 'task').every((item) => item.status === 'open')).toBe(true);
    const mails = await app.mails({ subjectIncludes: `Privacyverzoek ${reference} ingetrokken` });
    expect(mails[0]!.text).toContain('een deel ingetrokken: rectificatie');
  });

  it('asks again when nothing is chosen, in Dutch, and withdraws nothing', async () => {
    const { reference, statusLink } = await routedRequest(app);
    const choose = await (await fetch(`${statusLink}/intrekken`)).text();
    const response = await post(`${statusLink}/intrekken`, [['version', versionOn(choose)]]);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('href="#types"');
    expect(page).toContain('Kies wat u wilt intrekken.');
    expect((await itemsOf(reference)).find((item) => item.SK === 'REQUEST')!.status).toBe('in_progress');
  });

  it('refuses a confirmation made on a request that changed meanwhile', async () => {
    const { reference, statusLink } = await routedRequest(app);
    const choose = await (await fetch(`${statusLink}/intrekken`)).text();
    const stale = String(Number(versionOn(choose)) - 1);
    const response = await post(`${statusLink}/intrekken`, [
      ['version', stale],
      ['stap', 'intrekken'],
      ['types', 'inzage'],
    ]);
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('Uw verzoek is net veranderd');
    expect((await itemsOf(reference)).find((item) => item.SK === 'REQUEST')!.types).toEqual(['inzage', 'rectificatie']);
  });
});
