import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#core/calendar-date';
import { getRuntime } from '#adapters/runtime';
import { sweep } from '#application/sweep';
import { sweepDeps } from '#handlers/daily-sweep';
import { postForm, signIn } from '#test-support/portal-session';
import { postJson, startTestApp, type TestApp, validRequest } from '#test-support/local-app';

/**
 * Retention, driven by the sweep as of a chosen day (as `npm run sweep -- --today` does): locally the
 * sweep deletes what DynamoDB's TTL deletes in AWS. This file keeps closed requests 30 days (RETENTION_DAYS).
 */
let app: TestApp;
const previous = process.env.RETENTION_DAYS;
beforeAll(async () => {
  process.env.RETENTION_DAYS = '30';
  app = await startTestApp();
}, 120_000);
afterAll(async () => {
  process.env.RETENTION_DAYS = previous;
  await app?.stop();
});

const sweepOn = (day: string) => sweep(sweepDeps(getRuntime()), new Date(`${day}T06:30:00Z`));
const itemsOf = async (reference: string) => (await app.items()).filter((item) => item.PK === `REQ#${reference}`);
const tokensOf = async (reference: string) => (await app.items()).filter((item) => String(item.PK).startsWith('TOKEN#') && item.reference === reference);

/** A confirmed inzage request every party answered with "geen gegevens", identity checked and decided by the coordinator (the first party). */
async function decidedRequest(body: ReturnType<typeof validRequest>, parties: string[]) {
  const { body: answer } = await postJson(app, body);
  const reference = answer.reference as string;
  const [mail] = await app.mails({ to: body.requester.email });
  await fetch(/https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail!.text)![0], { method: 'POST' });
  const statusLink = /https?:\/\/\S+\/verzoek\/status\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
  const item = async (sk: string) => (await itemsOf(reference)).find((candidate) => candidate.SK === sk)!;
  for (const party of parties) {
    const session = await signIn(app, `${party}.contact@portaal.example`);
    const answered = await postForm(
      app,
      `/portaal/verzoeken/${reference}/antwoord`,
      { csrf: session.csrf, version: String((await item(`TASK#${party}`)).version), 'inzage.outcome': 'geen gegevens' },
      [session.cookie],
    );
    expect(answered.status, party).toBe(303);
  }
  const coordinator = await signIn(app, `${parties[0]}.contact@portaal.example`);
  const post = async (action: string, fields: Record<string, string>) =>
    postForm(app, `/portaal/verzoeken/${reference}/${action}`, { csrf: coordinator.csrf, version: String((await item('REQUEST')).version), ...fields }, [
      coordinator.cookie,
    ]);
  expect((await post('identiteit', { method: 'balie', checkedDay: '1', checkedMonth: '1', checkedYear: '2026' })).status).toBe(303);
  expect((await post('besluit', { 'inzage.outcome': 'toegewezen', 'inzage.motivation': 'Niets gevonden.' })).status).toBe(303);
  return { reference, answer, statusLink, item, post };
}

describe('retention', () => {
  it('removes an unconfirmed request after 7 days, with its tokens, and not before', async () => {
    const body = validRequest();
    const { body: answer } = await postJson(app, body);
    const reference = answer.reference as string;
    await sweepOn(addDays(answer.receivedOn, 6));
    expect((await itemsOf(reference)).length).toBeGreaterThan(0);
    const report = await sweepOn(addDays(answer.receivedOn, 8));
    expect(report.purged).toBeGreaterThan(0);
    expect(await itemsOf(reference)).toEqual([]);
    expect(await tokensOf(reference)).toEqual([]);
  });

  it('removes a closed request and everything of it once the retention after closing has passed', async () => {
    const { reference, answer, statusLink, item, post } = await decidedRequest(validRequest({ types: ['inzage'] }), [
      'swv-go',
      'cjg-rijnmond',
      'rgo',
      'gemeente-goeree-overflakkee',
    ]);
    expect((await post('sluiten', {})).status).toBe(303);
    expect((await item('REQUEST')).retainUntil).toBe(addDays(answer.receivedOn, 30));

    await sweepOn(addDays(answer.receivedOn, 29));
    expect((await itemsOf(reference)).length).toBeGreaterThan(5);
    expect((await fetch(statusLink)).status).toBe(200);
    await sweepOn(addDays(answer.receivedOn, 31));
    // The decision's letter is a file: the object list goes once its objects are deleted (docs/documents.md, Retention).
    const { handler: purge } = await import('#handlers/purge-documents');
    expect(await purge(undefined, undefined, new Date(`${addDays(answer.receivedOn, 31)}T01:00:00Z`))).toEqual({ requests: 1, objects: 1 });
    expect(await itemsOf(reference)).toEqual([]);
    expect(await tokensOf(reference)).toEqual([]);
    expect((await fetch(statusLink)).status).toBe(404);
  });

  it('keeps a party’s own part longer where its selection list asks for it: its task and the letter, nothing else', async () => {
    // Midden-Gelre: the RBL (leerplicht) keeps its part 1826 days (config/regions.json); the covenant's year is 30 days here.
    const { reference, statusLink, item, post } = await decidedRequest(
      validRequest({ regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling', variablePartyId: undefined, types: ['inzage'] }),
      ['rbl-midden-gelre', 'passend-wijs', 'de-verbinding', 'de-liemers'],
    );
    expect(await app.letters()).toMatchObject({ made: 1 });
    expect((await post('sluiten', {})).status).toBe(303);
    const closed = await item('REQUEST');
    const closedOn = closed.retainUntil ? addDays(closed.retainUntil as string, -30) : '';
    const kept = addDays(closedOn, 1826);
    expect(closed.retainedParts).toMatchObject([{ partyId: 'rbl-midden-gelre', until: kept }]);
    const letterSk = 'DOC#besluitbrief00000000000001';
    const letterObject = async () =>
      (await fetch(`${app.system.s3Url}/avg-documenten/verzoeken/${reference}/besluitbrief00000000000001`, { method: 'HEAD' })).status === 200;

    // After the covenant's year: only the RBL's task and the decision as sent (the letter and its object) remain.
    const { handler: purge } = await import('#handlers/purge-documents');
    await sweepOn(addDays(closedOn, 31));
    expect(await purge(undefined, undefined, new Date(`${addDays(closedOn, 31)}T01:00:00Z`))).toEqual({ requests: 0, objects: 0 });
    const left = (await itemsOf(reference)).map((candidate) => String(candidate.SK)).sort();
    expect(left).toEqual([letterSk, 'PURGE-DOCUMENTS', 'TASK#rbl-midden-gelre']);
    expect(await letterObject()).toBe(true);
    expect((await item('PURGE-DOCUMENTS')).GSI2SK).toBe(`${kept}#${reference}`);
    expect(await tokensOf(reference)).toEqual([]);
    expect((await fetch(statusLink)).status).toBe(404);

    // On the RBL's own day: the letter's object first, then its list; the task with TTL.
    expect(await purge(undefined, undefined, new Date(`${addDays(kept, -1)}T01:00:00Z`))).toEqual({ requests: 0, objects: 0 });
    expect(await purge(undefined, undefined, new Date(`${kept}T01:00:00Z`))).toEqual({ requests: 1, objects: 1 });
    expect(await letterObject()).toBe(false);
    await sweepOn(addDays(kept, 1));
    expect(await itemsOf(reference)).toEqual([]);
  });
});
