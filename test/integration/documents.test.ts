import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketAccess } from '#adapters/document-bucket';
import { presignDownload } from '#adapters/document-signing';
import { getRuntime } from '#adapters/runtime';
import { DOCUMENT_LIMITS, documentKey } from '#core/documents';
import { letterId } from '#core/decision-letter';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';
import { postForm, signIn } from '#test-support/portal-session';
import { inzageStatementFields } from '#test-support/inzage-answer';

/**
 * Documents against the real local parts: the S3-compatible server (uploads
 * posted to it as a browser does, with the signed form's fields), the
 * checking step on its object events, DynamoDB Local and the SES emulator.
 */
let app: TestApp;
type Session = { cookie: string; csrf: string };
const sessions: Record<string, Session> = {};
const EMAILS = {
  rgo: 'rgo.contact@portaal.example',
  swv: 'swv-go.contact@portaal.example',
  cjg: 'cjg-rijnmond.contact@portaal.example',
  rgoFg: 'rgo.fg@portaal.example',
} as const;
type Who = keyof typeof EMAILS;

beforeAll(async () => {
  app = await startTestApp();
  for (const who of Object.keys(EMAILS) as Who[]) sessions[who] = await signIn(app, EMAILS[who]);
});
afterAll(() => app?.stop());

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const EICAR = Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*');
const EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

const get = (path: string, who?: Who) => fetch(`${app.baseUrl}${path}`, { redirect: 'manual', headers: who ? { cookie: sessions[who]!.cookie } : {} });
const post = (path: string, who: Who, fields: Record<string, string>) => postForm(app, path, { csrf: sessions[who]!.csrf, ...fields }, [sessions[who]!.cookie]);
const itemsOf = async (reference: string) => (await app.items()).filter((item) => item.PK === `REQ#${reference}`);
const documentItems = async (reference: string) => (await itemsOf(reference)).filter((item) => String(item.SK).startsWith('DOC#'));
const objectExists = async (reference: string, id: string) =>
  (await fetch(`${app.system.s3Url}/avg-documenten/${documentKey(reference, id)}`, { method: 'HEAD' })).status === 200;

const routed = () => routedRequest(app);

/** Describes a file as `who`, opens its upload page and posts the bytes to the bucket as the browser form does. */
async function upload(reference: string, who: Who, title: string, bytes: Buffer) {
  const described = await post(`/portaal/verzoeken/${reference}/documenten`, who, { title });
  expect(described.status).toBe(303);
  const uploadPath = described.headers.get('location')!;
  const page = await get(uploadPath, who);
  expect(page.status).toBe(200);
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)" enctype="multipart\/form-data"/.exec(html)![1]!;
  const form = new FormData();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    form.append(name!, value!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
  form.append('file', new Blob([new Uint8Array(bytes)]), 'bestand.pdf');
  const stored = await fetch(action, { method: 'POST', body: form, redirect: 'manual' });
  await app.system.documentsChecked();
  const id = /documenten\/([a-z0-9]+)\/uploaden/.exec(uploadPath)![1]!;
  return { id, page, html, stored };
}

async function decide(reference: string) {
  const version = async () => String((await itemsOf(reference)).find((item) => item.SK === 'REQUEST')!.version);
  for (const [who, party] of [
    ['swv', 'swv-go'],
    ['cjg', 'cjg-rijnmond'],
    ['rgo', 'rgo'],
  ] as const) {
    const task = (await itemsOf(reference)).find((item) => item.SK === `TASK#${party}`)!;
    expect(
      (
        await post(`/portaal/verzoeken/${reference}/antwoord`, who, {
          version: String(task.version),
          'rectificatie.outcome': 'geen gegevens',
          // The school provides its part; its copy is the checked file, so the copy's text stays empty.
          ...(party === 'rgo'
            ? {
                'inzage.outcome': 'verstrekt',
                'inzage.categories': 'schoolgegevens en verzuim',
                'inzage.summary': 'Het leerlingdossier.',
                ...inzageStatementFields('inzage', { copy: '' }),
              }
            : { 'inzage.outcome': 'geen gegevens' }),
        })
      ).status,
    ).toBe(303);
  }
  const gemeente = await signIn(app, 'gemeente-goeree-overflakkee.contact@portaal.example');
  const task = (await itemsOf(reference)).find((item) => item.SK === 'TASK#gemeente-goeree-overflakkee')!;
  await postForm(
    app,
    `/portaal/verzoeken/${reference}/antwoord`,
    { csrf: gemeente.csrf, version: String(task.version), 'inzage.outcome': 'geen gegevens', 'rectificatie.outcome': 'geen gegevens' },
    [gemeente.cookie],
  );
  expect(
    (
      await post(`/portaal/verzoeken/${reference}/identiteit`, 'swv', {
        version: await version(),
        method: 'balie',
        checkedDay: '1',
        checkedMonth: '1',
        checkedYear: '2026',
      })
    ).status,
  ).toBe(303);
  const decided = await post(`/portaal/verzoeken/${reference}/besluit`, 'swv', {
    version: await version(),
    'inzage.outcome': 'toegewezen',
    'inzage.motivation': 'U krijgt een kopie van het dossier.',
    'rectificatie.outcome': 'afgewezen',
    'rectificatie.ground': 'avg-16',
    'rectificatie.motivation': 'De gegevens kloppen.',
  });
  expect(decided.status).toBe(303);
}

describe('a party uploads the copy for its part', () => {
  it('asks for a title first, signs a form for exactly that file, and the checked PDF opens for the party and the coordinator only', async () => {
    const { reference } = await routed();
    const empty = await post(`/portaal/verzoeken/${reference}/documenten`, 'rgo', { title: '  ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Schrijf op wat voor bestand het is');

    const { id, page, html, stored } = await upload(reference, 'rgo', 'Dossier RGO 2025-2026', PDF);
    // The form may post to the bucket and nowhere else besides our own site.
    expect(page.headers.get('content-security-policy')).toContain(`form-action 'self' ${app.system.s3Url}`);
    expect(html).toContain('Hoogstens 25 MB per bestand');
    expect(stored.status).toBe(303);
    expect(stored.headers.get('location')).toContain(`/portaal/verzoeken/${reference}?gelukt=document`);
    const [item] = await documentItems(reference);
    expect(item).toMatchObject({
      id,
      status: 'available',
      fileType: 'pdf',
      size: PDF.length,
      typeCheck: 'passed',
      malwareScan: 'clean',
      owner: { kind: 'party', partyId: 'rgo' },
    });
    const audit = (await itemsOf(reference)).filter((entry) => String(entry.SK).startsWith('AUDIT#')).map((entry) => entry.action);
    expect(audit).toEqual(expect.arrayContaining(['document-aangemaakt', 'document-ontvangen', 'document-goedgekeurd']));

    // The coordinator sees it and downloads exactly these bytes, under the title, as an attachment.
    const casePage = await (await get(`/portaal/verzoeken/${reference}`, 'swv')).text();
    expect(casePage).toContain('Dossier RGO 2025-2026');
    expect(casePage).toContain(`/portaal/verzoeken/${reference}/documenten/${id}`);
    const link = await get(`/portaal/verzoeken/${reference}/documenten/${id}`, 'swv');
    expect(link.status).toBe(303);
    const file = await fetch(link.headers.get('location')!);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="Dossier RGO 2025-2026.pdf"');
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(
      (await itemsOf(reference)).some((entry) => entry.action === 'document-gedownload' && (entry.actor as { partyId?: string }).partyId === 'swv-go'),
    ).toBe(true);

    // Another party sees nothing of it, and its link is refused like a page that does not exist.
    expect(await (await get(`/portaal/verzoeken/${reference}`, 'cjg')).text()).not.toContain('Dossier RGO');
    expect((await get(`/portaal/verzoeken/${reference}/documenten/${id}`, 'cjg')).status).toBe(403);
    expect((await get(`/portaal/verzoeken/${reference}/documenten/${id}/uploaden`, 'cjg')).status).toBe(403);
    // The party's FG sees that it is there, without a download link.
    const fgPage = await (await get(`/portaal/verzoeken/${reference}`, 'rgoFg')).text();
    expect(fgPage).toContain('Dossier RGO 2025-2026');
    expect(fgPage).not.toContain(`/documenten/${id}"`);
    expect((await get(`/portaal/verzoeken/${reference}/documenten/${id}`, 'rgoFg')).status).toBe(403);
  });

  it('refuses an executable renamed .pdf, the EICAR test file and a file over 25 MB, deletes them, and says why in Dutch', async () => {
    const { reference } = await routed();
    const executable = await upload(reference, 'rgo', 'Programma', EXECUTABLE);
    const virus = await upload(reference, 'rgo', 'Testvirus', EICAR);
    const large = await upload(reference, 'rgo', 'Te groot', Buffer.concat([PDF, Buffer.alloc(DOCUMENT_LIMITS.maxFileBytes, 0x20)]));
    const byId = Object.fromEntries((await documentItems(reference)).map((item) => [item.id, item]));
    expect(byId[executable.id]).toMatchObject({ status: 'refused', refusal: 'type' });
    expect(byId[virus.id]).toMatchObject({ status: 'refused', refusal: 'malware' });
    expect(byId[large.id]).toMatchObject({ status: 'refused', refusal: 'too-large' });
    for (const { id } of [executable, virus, large]) expect(await objectExists(reference, id), id).toBe(false);
    const page = await (await get(`/portaal/verzoeken/${reference}`, 'rgo')).text();
    expect(page).toContain('Dit soort bestand nemen wij niet aan');
    expect(page).toContain('In dit bestand is een virus of andere schadelijke software gevonden. Het is gewist.');
    expect(page).toContain('Dit bestand is groter dan 25 MB');
    // A refused file cannot be opened, not even by its own party.
    expect((await get(`/portaal/verzoeken/${reference}/documenten/${executable.id}`, 'rgo')).status).toBe(403);
  });

  it('deletes an object nobody signed a form for', async () => {
    const { reference } = await routed();
    const key = documentKey(reference, 'abcdefghijklmnopqrstuvwxyz');
    const form = new FormData();
    form.append('key', key);
    form.append('file', new Blob([new Uint8Array(PDF)]), 'x.pdf');
    await fetch(`${app.system.s3Url}/avg-documenten`, { method: 'POST', body: form });
    await app.system.documentsChecked();
    expect((await fetch(`${app.system.s3Url}/avg-documenten/${key}`, { method: 'HEAD' })).status).toBe(404);
    expect(await documentItems(reference)).toEqual([]);
  });
});

describe("the page in place of S3's own refusals", () => {
  it('says in Dutch, then in English, what may have gone wrong with an upload or a download, and what to do', async () => {
    const response = await get('/verzoek/bestand-niet-gelukt');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<html lang="nl"');
    expect(page).toContain('<title>Het bestand is niet verstuurd of geopend');
    expect(page).toContain('hoogstens 25 MB');
    expect(page).toContain('werkt 1 minuut');
    // S3's refusal carries no path of ours, so no language: the English follows, marked as English.
    expect(page).toMatch(/<section lang="en"[^>]*>\s*<h2[^>]*>The file was not sent or opened<\/h2>/);
    expect(page).toContain('A link to a file works for 1 minute.');
  });
});

describe('the requester downloads the released copy', () => {
  it('only after the decision, only with a code from the mailbox (5 tries), in a 30-minute session, the exact bytes', async () => {
    const { reference, statusLink, email } = await routed();
    const { id } = await upload(reference, 'rgo', 'Dossier RGO 2025-2026', PDF);
    const token = new URL(statusLink).pathname.split('/').pop()!;
    const filesPath = `/verzoek/status/${token}/bestanden`;

    // Before the decision: nothing to see, nothing to open.
    expect(await (await fetch(statusLink)).text()).not.toContain('id="bestanden"');
    expect((await get(`${filesPath}/${id}`)).status).toBe(404);

    await decide(reference);
    const status = await (await fetch(statusLink)).text();
    expect(status).toContain('Bij het besluit horen 1 bestand.');
    // The status link alone shows no title and opens nothing.
    expect(status).not.toContain('Dossier RGO');
    const withoutCode = await get(`${filesPath}/${id}`);
    expect(withoutCode.status).toBe(303);
    expect(withoutCode.headers.get('location')).toBe(`/verzoek/status/${token}?bestanden=code-nodig#bestanden`);

    const ask = () => postForm(app, filesPath, { step: 'code' });
    const enter = (code: string, cookies: string[] = []) => postForm(app, filesPath, { step: 'code-invoeren', code }, cookies);
    expect((await ask()).headers.get('location')).toBe(`/verzoek/status/${token}?bestanden=code#bestanden`);
    const codeMails = () => app.mails({ to: email, subjectIncludes: 'Uw code om de bestanden te openen' });
    const codeIn = (text: string) => /Uw code is: (\d{6})/.exec(text)![1]!;
    const first = codeIn((await codeMails())[0]!.text);
    const wrong = first === '000000' ? '111111' : '000000';
    const left = [];
    for (let n = 0; n < 5; n++) left.push((await enter(wrong)).headers.get('location'));
    expect(left).toEqual([
      ...[4, 3, 2, 1].map((over) => `/verzoek/status/${token}?bestanden=fout&over=${over}#bestanden`),
      `/verzoek/status/${token}?bestanden=geblokkeerd#bestanden`,
    ]);
    // Locked: even the right code no longer opens anything.
    expect((await enter(first)).headers.get('location')).toBe(`/verzoek/status/${token}?bestanden=geblokkeerd#bestanden`);
    expect(await (await fetch(`${statusLink}?bestanden=geblokkeerd`)).text()).toContain('U heeft 5 keer een verkeerde code ingevuld');

    await ask();
    const mails = await codeMails();
    expect(mails).toHaveLength(2);
    const second = codeIn(mails[1]!.text);
    const opened = await enter(second.replace(/(\d{3})/, '$1 '));
    expect(opened.headers.get('location')).toBe(`/verzoek/status/${token}?bestanden=open#bestanden`);
    const cookie = opened.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^bestanden=[A-Za-z0-9_-]+; Max-Age=1800; Path=\/verzoek\/status; HttpOnly; SameSite=Strict$/);
    const session = cookie.split(';')[0]!;
    // A code opens one session.
    expect((await enter(second)).headers.get('location')).toBe(`/verzoek/status/${token}?bestanden=verlopen#bestanden`);

    const openPage = await (await fetch(statusLink, { headers: { cookie: session } })).text();
    expect(openPage).toContain('Dossier RGO 2025-2026');
    const link = await fetch(`${app.baseUrl}${filesPath}/${id}`, { redirect: 'manual', headers: { cookie: session } });
    expect(link.status).toBe(303);
    const file = await fetch(link.headers.get('location')!);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="Dossier RGO 2025-2026.pdf"');

    const audit = (await itemsOf(reference)).filter((item) => String(item.SK).startsWith('AUDIT#'));
    expect(audit.filter((event) => event.action === 'code-fout')).toHaveLength(4);
    expect(audit.filter((event) => event.action === 'code-geblokkeerd')).toHaveLength(1);
    expect(audit.filter((event) => event.action === 'document-gedownload' && (event.actor as { kind: string }).kind === 'aanvrager')).toHaveLength(1);
    // The school's FG counts the released copy and the download; the coordinating party's FG counts neither as its own.
    const exportOf = async (who: Who | 'swvFg') => {
      const session = who === 'swvFg' ? await signIn(app, 'swv-go.fg@portaal.example') : sessions[who]!;
      const response = await fetch(`${app.baseUrl}/portaal/fg/export`, { headers: { cookie: session.cookie } });
      return (await response.text()).split('\r\n').find((line) => line.startsWith(reference))!;
    };
    expect((await exportOf('rgoFg')).endsWith(';ja;1')).toBe(true);
    expect((await exportOf('swvFg')).endsWith(';nee;0')).toBe(true);
    // The code mail holds the code and nothing else of the request; no mail names the file.
    for (const mail of await app.mails({ to: email })) {
      expect(mail.text).not.toContain('Dossier RGO');
      expect(mail.text).not.toContain('%PDF');
    }
    expect(mails[1]!.text).not.toContain(reference);
  });

  it('refuses a download link once its minute is over', async () => {
    const { reference } = await routed();
    const { id } = await upload(reference, 'rgo', 'Dossier', PDF);
    const access = bucketAccess(getRuntime().env);
    const fresh = await presignDownload(access, {
      key: documentKey(reference, id),
      fileName: 'Dossier.pdf',
      mediaType: 'application/pdf',
      expiresSeconds: 60,
      now: new Date(),
    });
    expect((await fetch(fresh)).status).toBe(200);
    const old = await presignDownload(access, {
      key: documentKey(reference, id),
      fileName: 'Dossier.pdf',
      mediaType: 'application/pdf',
      expiresSeconds: 60,
      now: new Date(Date.now() - 61_000),
    });
    expect((await fetch(old)).status).toBe(403);
  });
});

describe('retention of the files', () => {
  it('deletes every object of a closed request once its retention has passed, before its object list, and not a day earlier', async () => {
    const { reference, receivedOn } = await routed();
    const files = [await upload(reference, 'rgo', 'Dossier RGO', PDF), await upload(reference, 'swv', 'Verslag overleg', PDF)];
    const refused = await upload(reference, 'rgo', 'Programma', EXECUTABLE);
    await decide(reference);
    const version = String((await itemsOf(reference)).find((item) => item.SK === 'REQUEST')!.version);
    expect((await post(`/portaal/verzoeken/${reference}/sluiten`, 'swv', { version })).status).toBe(303);
    const retainUntil = (await itemsOf(reference)).find((item) => item.SK === 'REQUEST')!.retainUntil as string;
    expect(retainUntil > receivedOn).toBe(true);
    const { handler: purge } = await import('#handlers/purge-documents');
    const dayBefore = new Date(`${retainUntil}T01:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    expect(await purge(undefined, undefined, dayBefore)).toEqual({ requests: 0, objects: 0 });
    for (const { id } of files) expect(await objectExists(reference, id)).toBe(true);

    // The two files, the refused one (its object already gone) and the decision's letter.
    expect(await purge(undefined, undefined, new Date(`${retainUntil}T01:00:00Z`))).toEqual({ requests: 1, objects: 4 });
    for (const { id } of [...files, refused, { id: letterId(0) }]) expect(await objectExists(reference, id)).toBe(false);
    expect(await documentItems(reference)).toEqual([]);
    expect((await itemsOf(reference)).filter((item) => item.SK === 'PURGE-DOCUMENTS')).toEqual([]);
    // The rest of the request expires with the same retention (DynamoDB's TTL; locally the sweep).
    expect((await itemsOf(reference)).every((item) => typeof item.expiresAt === 'number')).toBe(true);
    // Run again: nothing left to do.
    expect(await purge(undefined, undefined, new Date(`${retainUntil}T01:00:00Z`))).toEqual({ requests: 0, objects: 0 });
  });
});

describe('the requester sends a file', () => {
  it('describes it on the status page, uploads it straight to the bucket, and the parties of the request open it after the check', async () => {
    const { reference, statusLink } = await routed();
    const token = new URL(statusLink).pathname.split('/').pop()!;
    const filesPath = `/verzoek/status/${token}/bestanden`;
    const empty = await postForm(app, filesPath, { step: 'beschrijven', title: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Schrijf op wat voor bestand het is');
    const described = await postForm(app, filesPath, { step: 'beschrijven', title: 'Machtiging van de moeder' });
    expect(described.status).toBe(303);
    const uploadPath = described.headers.get('location')!;
    const page = await get(uploadPath);
    expect(page.headers.get('content-security-policy')).toContain(`form-action 'self' ${app.system.s3Url}`);
    const html = await page.text();
    const action = /<form method="post" action="([^"]+)" enctype="multipart\/form-data"/.exec(html)![1]!;
    const form = new FormData();
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) form.append(name!, value!.replace(/&amp;/g, '&'));
    form.append('file', new Blob([new Uint8Array(PDF)]), 'machtiging.pdf');
    const stored = await fetch(action, { method: 'POST', body: form, redirect: 'manual' });
    expect(stored.headers.get('location')).toContain(`/verzoek/status/${token}?bestanden=ontvangen`);
    await app.system.documentsChecked();
    const [item] = await documentItems(reference);
    expect(item).toMatchObject({ status: 'available', owner: { kind: 'requester' }, createdBy: 'aanvrager' });
    expect(await (await fetch(statusLink)).text()).toContain('Machtiging van de moeder: goedgekeurd');
    // Every routed party's contact may need it; FGs see requester files not at all.
    for (const who of ['swv', 'cjg'] as const) {
      const link = await get(`/portaal/verzoeken/${reference}/documenten/${item!.id as string}`, who);
      expect(link.status, who).toBe(303);
      expect(Buffer.from(await (await fetch(link.headers.get('location')!)).arrayBuffer()).equals(PDF)).toBe(true);
    }
    expect(await (await get(`/portaal/verzoeken/${reference}`, 'rgoFg')).text()).not.toContain('Machtiging van de moeder');
    // Another request's status link cannot reach this upload form.
    const other = await routed();
    const otherToken = new URL(other.statusLink).pathname.split('/').pop()!;
    expect((await get(`/verzoek/status/${otherToken}/bestanden/${item!.id as string}/uploaden`)).status).toBe(404);
  });
});

describe('the FG inspects a file for supervision', () => {
  it('opens a file of their own party only with a reason, which the audit trail keeps; never another party’s', async () => {
    const { reference } = await routed();
    const { id } = await upload(reference, 'rgo', 'Dossier RGO', PDF);
    const inspect = (who: Who, reason: string) => post(`/portaal/verzoeken/${reference}/documenten/${id}/inzien`, who, { document: id, reason });
    const page = await (await get(`/portaal/verzoeken/${reference}`, 'rgoFg')).text();
    expect(page).toContain('Waarom wilt u Dossier RGO inzien voor uw toezicht?');
    const empty = await inspect('rgoFg', ' ');
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Schrijf op waarom u het bestand voor uw toezicht wilt inzien.');
    const opened = await inspect('rgoFg', 'Klacht van de ouder over de volledigheid van de kopie');
    expect(opened.status).toBe(303);
    expect(Buffer.from(await (await fetch(opened.headers.get('location')!)).arrayBuffer()).equals(PDF)).toBe(true);
    const event = (await itemsOf(reference)).find((item) => item.action === 'document-ingezien-door-fg')!;
    expect(event.facts).toMatchObject({ document: id, party: 'rgo', reason: 'Klacht van de ouder over de volledigheid van de kopie' });
    // A contact person has no FG step, and the FG of another party cannot use it.
    expect((await inspect('rgo', 'Waarom niet')).status).toBe(403);
    const swvFg = await signIn(app, 'swv-go.fg@portaal.example');
    const other = await postForm(app, `/portaal/verzoeken/${reference}/documenten/${id}/inzien`, { csrf: swvFg.csrf, document: id, reason: 'Toezicht' }, [
      swvFg.cookie,
    ]);
    expect(other.status).toBe(403);
  });
});
