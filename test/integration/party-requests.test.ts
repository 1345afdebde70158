import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { getRuntime } from '#adapters/runtime';
import { partyRequests } from '#adapters/party-requests-store';
import { taskItem } from '#adapters/table-items';
import { addDays } from '#core/calendar-date';
import { PAGE_SIZE } from '#core/party-requests';
import { postForm, signIn } from '#test-support/portal-session';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';

/** Alle verzoeken against DynamoDB Local: the two indexes, the filter, the pages and the search. */
let app: TestApp;
const sessions: Record<string, { cookie: string; csrf: string }> = {};
beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['rgo', 'cjg-rijnmond']) sessions[who] = await signIn(app, `${who}.contact@portaal.example`);
}, 120_000);
afterAll(async () => app?.stop());

const get = (who: string, path: string) => fetch(`${app.baseUrl}${path}`, { headers: { cookie: sessions[who]!.cookie }, redirect: 'manual' });
const referencesOn = (html: string) => [...html.matchAll(/<a href="\/portaal\/verzoeken\/(AVG-[A-Z0-9-]+)"/g)].map((match) => match[1]);

describe('Alle verzoeken', () => {
  it("lists the party's open and answered parts, finds one by reference, and never another party's", async () => {
    const first = await routedRequest(app);
    const second = await routedRequest(app);
    const task = (await app.items()).find((item) => item.PK === `REQ#${first.reference}` && item.SK === 'TASK#rgo')!;
    const answered = await postForm(
      app,
      `/portaal/verzoeken/${first.reference}/antwoord`,
      { csrf: sessions.rgo!.csrf, version: String(task.version), 'inzage.outcome': 'geen gegevens', 'rectificatie.outcome': 'geen gegevens' },
      [sessions.rgo!.cookie],
    );
    expect(answered.status).toBe(303);

    const open = await (await get('rgo', '/portaal/verzoeken')).text();
    expect(referencesOn(open)).toContain(second.reference);
    expect(referencesOn(open)).not.toContain(first.reference);
    const done = await (await get('rgo', '/portaal/verzoeken?toon=beantwoord')).text();
    expect(referencesOn(done)).toEqual([first.reference]);
    expect(done).toContain('Beantwoord');
    const all = referencesOn(await (await get('rgo', '/portaal/verzoeken?toon=alle&volgorde=ontvangen')).text());
    expect(all).toEqual(expect.arrayContaining([first.reference, second.reference]));

    // Typed as people type it: lower case, spaces.
    const typed = first.reference.toLowerCase().replace('-', ' - ');
    const found = await get('rgo', `/portaal/verzoeken?kenmerk=${encodeURIComponent(typed)}`);
    expect(found.status).toBe(303);
    expect(found.headers.get('location')).toBe(`/portaal/verzoeken/${first.reference}`);
    const wrong = await get('rgo', '/portaal/verzoeken?kenmerk=AVG-1234');
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Dit is geen kenmerk.');
  });

  it('says "not found" alike for a request of another overleg and one that does not exist', async () => {
    const elsewhere = await routedRequest(app, { regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling', variablePartyId: undefined });
    const texts: string[] = [];
    for (const reference of [elsewhere.reference, 'AVG-2222-2222']) {
      const response = await get('rgo', `/portaal/verzoeken?kenmerk=${reference}`);
      expect(response.status).toBe(400);
      texts.push((await response.text()).replace(reference, 'KENMERK'));
    }
    expect(texts[0]).toContain('Uw organisatie heeft geen verzoek met dit kenmerk.');
    expect(texts[0]).toBe(texts[1]);
  });

  it('pages through the deadline index and the date-received index without a gap or a repeat', async () => {
    const runtime = getRuntime();
    const partyId = 'test-party';
    const total = PAGE_SIZE + 7;
    for (let n = 0; n < total; n++) {
      const reference = `AVG-PAGE-${String(n).padStart(4, '0')}`;
      await runtime.table.db.send(
        new PutCommand({
          TableName: runtime.table.name,
          Item: taskItem({
            reference,
            partyId,
            kind: 'answer',
            coordinator: false,
            status: n % 3 === 0 ? 'answered' : 'open',
            deadline: addDays('2027-01-01', n % 10),
            receivedOn: addDays('2026-12-01', n % 5),
            version: 1,
            createdAt: '2026-12-01T10:00:00.000Z',
          }),
        }),
      );
    }
    for (const order of ['termijn', 'ontvangen'] as const) {
      const first = await partyRequests(runtime.table, partyId, { order, show: 'alle' });
      expect(first.rows).toHaveLength(PAGE_SIZE);
      expect(first.next).not.toBeNull();
      const second = await partyRequests(runtime.table, partyId, { order, show: 'alle', after: first.next! });
      expect(second.next).toBeNull();
      const seen = [...first.rows, ...second.rows].map((row) => row.task.reference);
      expect(new Set(seen).size).toBe(total);
      const keys = [...first.rows, ...second.rows].map((row) => (order === 'termijn' ? row.task.deadline : row.task.receivedOn!));
      expect(keys).toEqual(order === 'termijn' ? [...keys].sort() : [...keys].sort().reverse());
    }
    const open = await partyRequests(runtime.table, partyId, { order: 'termijn', show: 'open' });
    expect(open.rows.every((row) => row.task.status === 'open')).toBe(true);
    // A cursor made for another party's list is ignored: the list starts again, it never shows their rows.
    const forged = Buffer.from(
      JSON.stringify({ PK: 'REQ#AVG-PAGE-0001', SK: 'TASK#rgo', GSI2PK: 'DEADLINE#rgo', GSI2SK: '2027-01-01#AVG-PAGE-0001' }),
    ).toString('base64url');
    const restarted = await partyRequests(runtime.table, partyId, { order: 'termijn', show: 'alle', after: forged });
    expect(restarted.rows[0]!.task.reference).toBe((await partyRequests(runtime.table, partyId, { order: 'termijn', show: 'alle' })).rows[0]!.task.reference);
  });
});
