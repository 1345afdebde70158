import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(async () => app?.stop());

const linkIn = (text: string, kind: 'bevestigen' | 'status') => new RegExp(`https?://\\S+/verzoek/${kind}/[A-Za-z0-9_-]+`).exec(text)?.[0];
const post = (url: string, fields: Array<[string, string]> = []) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

describe('asking together: a parent with the youth', () => {
  it('invites the youth by their own link, lets them join once, and sends them the news with their own status link', async () => {
    const youth = `jongere-${randomUUID().slice(0, 8)}@voorbeeld.nl`;
    const body = validRequest({ coRequester: { role: 'jongere', name: 'Sem de Vries', email: youth } });
    const { status, body: answer } = await postJson(app, body);
    expect(status).toBe(201);
    const reference = answer.reference as string;

    const [invite] = await app.mails({ to: youth });
    expect(invite!.subject).toBe(`Doet u mee met privacyverzoek ${reference}?`);
    for (const personal of ['Sem', 'Marieke', '2013', body.requester.email]) expect(invite!.text).not.toContain(personal);
    const joinLink = linkIn(invite!.text, 'bevestigen')!;
    // Their link is not the requester's status link, and alone (a mail scanner's GET) it joins nothing.
    expect(invite!.text).not.toMatch(/\/verzoek\/status\//);
    expect(await (await fetch(joinLink)).text()).toContain('Ja, ik doe mee');
    const request = async () => (await app.items()).find((item) => item.PK === `REQ#${reference}` && item.SK === 'REQUEST') as Record<string, any>;
    expect((await request()).coRequester).toMatchObject({ confirmedAt: null });

    // Joining before the requester confirmed: the request still lapses with its 7 days.
    const joined = await (await post(joinLink)).text();
    expect(joined).toContain('U doet mee met het verzoek');
    expect((await request()).coRequester.confirmedAt).toEqual(expect.any(String));
    expect(typeof (await request()).expiresAt).toBe('number');
    expect(await (await post(joinLink)).text()).toContain('U deed al mee met het verzoek');
    const youthStatus = new URL(/href="(\/verzoek\/status\/[A-Za-z0-9_-]+)"/.exec(joined)![1]!, app.baseUrl).toString();

    // The requester confirms: routed, and nothing of the youth's joining is undone.
    const [confirmation] = await app.mails({ to: body.requester.email });
    await post(linkIn(confirmation!.text, 'bevestigen')!);
    const routed = await request();
    expect(routed.status).toBe('in_progress');
    expect(routed.expiresAt).toBeUndefined();
    expect(routed.coRequester.confirmedAt).toEqual(expect.any(String));
    const youthPage = await (await fetch(youthStatus)).text();
    expect(youthPage).toContain(reference);
    expect(youthPage).toContain('Wie werkt eraan?');
    // Only the requester ends the request: the youth's page offers no withdrawal, and a post of one changes nothing.
    expect(youthPage).not.toContain('/intrekken"');
    const notYours = await post(`${youthStatus}/intrekken`, [
      ['version', String(routed.version)],
      ['stap', 'intrekken'],
      ['types', 'inzage'],
      ['types', 'rectificatie'],
    ]);
    expect(notYours.status).toBe(403);
    expect(await notYours.text()).toContain('Alleen wie het verzoek deed, kan het intrekken.');
    expect((await request()).status).toBe('in_progress');

    // The requester withdraws a part: both hear it, each with their own status link.
    const requesterStatus = linkIn(confirmation!.text, 'status')!;
    const choose = await (await fetch(`${requesterStatus}/intrekken`)).text();
    const version = /name="version" value="(\d+)"/.exec(choose)![1]!;
    expect(
      (
        await post(`${requesterStatus}/intrekken`, [
          ['version', version],
          ['stap', 'intrekken'],
          ['types', 'rectificatie'],
        ])
      ).status,
    ).toBe(303);
    const news = (await app.mails({ to: youth })).filter((mail) => mail.text.includes('ingetrokken'));
    expect(news).toHaveLength(1);
    expect(linkIn(news[0]!.text, 'status')).toBe(youthStatus);
    expect(linkIn(news[0]!.text, 'status')).not.toBe(requesterStatus);
    expect((await app.items()).some((item) => item.PK === `REQ#${reference}` && item.action === 'medeaanvrager-bevestigd')).toBe(true);

    // Then the rest: the request ends, and both status links expire with it.
    const rest = await (await fetch(`${requesterStatus}/intrekken`)).text();
    const restVersion = /name="version" value="(\d+)"/.exec(rest)![1]!;
    expect(
      (
        await post(`${requesterStatus}/intrekken`, [
          ['version', restVersion],
          ['stap', 'intrekken'],
          ['types', 'inzage'],
        ])
      ).status,
    ).toBe(303);
    const ended = await request();
    expect(ended.status).toBe('withdrawn');
    const links = (await app.items()).filter((item) => item.type === 'token' && item.reference === reference && item.purpose === 'status');
    expect(links).toHaveLength(2);
    for (const link of links) expect(link.expiresAt).toBe(ended.expiresAt);
  });

  it('refuses two parents together, and the own address, before anything is stored', async () => {
    const { status, body } = await postJson(app, validRequest({ coRequester: { role: 'ouder', name: 'Peter de Vries', email: 'peter@voorbeeld.nl' } }));
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('coRequester.role');
  });
});
