import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { letterId } from '#core/decision-letter';
import { remedies } from '#texts/nl/remedies';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';
import { postForm, signIn } from '#test-support/portal-session';

/**
 * The decision letter against the real local parts: the decision sent in the
 * portal, the render-letters job on its timer writing the PDF to the
 * S3-compatible server, then the coordinator, an FG and the requester (with
 * the code from the mailbox) downloading it; its text read back from the PDF.
 */
let app: TestApp;
type Session = { cookie: string; csrf: string };
const sessions: Record<string, Session> = {};
// The Thuiszitterstafel of Goeree-Overflakkee with a private school board: the municipality is the only public body.
const PARTIES = ['swv-go', 'gemeente-goeree-overflakkee', 'cjg-rijnmond', 'kindwijs'] as const;
const GEMEENTE = 'Gemeente Goeree-Overflakkee';
const PRIVATE = [
  'Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee',
  'Stichting CJG Rijnmond',
  'Stichting voor Protestants-Christelijk Primair Onderwijs op Goeree-Overflakkee',
];

beforeAll(async () => {
  app = await startTestApp();
  for (const party of PARTIES) sessions[party] = await signIn(app, `${party}.contact@portaal.example`);
  sessions.fg = await signIn(app, 'kindwijs.fg@portaal.example');
});
afterAll(() => app?.stop());

const itemsOf = async (reference: string) => (await app.items()).filter((item) => item.PK === `REQ#${reference}`);
const post = (path: string, who: string, fields: Record<string, string>) =>
  postForm(app, path, { csrf: sessions[who]!.csrf, ...fields }, [sessions[who]!.cookie]);
const get = (path: string, who: string) => fetch(`${app.baseUrl}${path}`, { redirect: 'manual', headers: { cookie: sessions[who]!.cookie } });
const version = async (reference: string, sk = 'REQUEST') => String((await itemsOf(reference)).find((item) => item.SK === sk)!.version);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const pageText = (html: string) =>
  collapse(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

async function pdfText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return collapse(text);
}

/** The job's run (locally on a timer, here by the test), then the letter's item. */
async function letterMade(reference: string): Promise<Record<string, unknown>> {
  const pending = (await itemsOf(reference)).find((item) => item.SK === `DOC#${letterId(0)}`);
  expect(pending).toMatchObject({ status: 'checking', GSI3PK: 'LETTER#PENDING' });
  expect(await app.letters()).toMatchObject({ made: 1, failed: 0 });
  // A second run finds nothing left to make.
  expect(await app.letters()).toEqual({ made: 0, refused: 0, ignored: 0, failed: 0 });
  return (await itemsOf(reference)).find((item) => item.SK === `DOC#${letterId(0)}`)!;
}

describe('the decision as a PDF letter', () => {
  it('a municipality refuses under the SWV coordinator: bezwaar for its part only, in the letter as on the status page, for each who may open it', async () => {
    const request = await routedRequest(app, { variablePartyId: 'kindwijs' });
    const { reference, statusLink, email } = request;
    for (const party of PARTIES) {
      const refuses = party === 'gemeente-goeree-overflakkee';
      const answered = await post(`/portaal/verzoeken/${reference}/antwoord`, party, {
        version: await version(reference, `TASK#${party}`),
        'rectificatie.outcome': 'geen gegevens',
        ...(refuses
          ? { 'inzage.outcome': 'afgewezen', 'inzage.ground': 'uavg-41-d', 'inzage.motivation': 'Het onderzoek naar strafbare feiten loopt nog.' }
          : { 'inzage.outcome': 'geen gegevens' }),
      });
      expect(answered.status, party).toBe(303);
    }
    const identity = await post(`/portaal/verzoeken/${reference}/identiteit`, 'swv-go', {
      version: await version(reference),
      method: 'balie',
      checkedDay: '1',
      checkedMonth: '1',
      checkedYear: '2026',
    });
    expect(identity.status).toBe(303);
    const decided = await post(`/portaal/verzoeken/${reference}/besluit`, 'swv-go', {
      version: await version(reference),
      'inzage.outcome': 'deels toegewezen',
      'inzage.ground': 'uavg-41-d',
      'inzage.motivation': 'De gemeente geeft haar gegevens nog niet.',
      'rectificatie.outcome': 'toegewezen',
      'rectificatie.motivation': 'Er was niets te verbeteren.',
    });
    expect(decided.status).toBe(303);

    const letter = await letterMade(reference);
    expect(letter).toMatchObject({ fileType: 'pdf', title: `Besluit ${reference}` });
    expect(letter.GSI3PK).toBeUndefined();

    // The coordinator opens it from the portal.
    const casePage = await (await get(`/portaal/verzoeken/${reference}`, 'swv-go')).text();
    expect(casePage).toContain(`/portaal/verzoeken/${reference}/documenten/${letterId(0)}`);
    const link = await get(`/portaal/verzoeken/${reference}/documenten/${letterId(0)}`, 'swv-go');
    expect(link.status).toBe(303);
    const download = await fetch(link.headers.get('location')!);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(download);

    // Its text is the status page's: every sentence of the decision section is in the letter.
    const status = pageText(await (await fetch(statusLink)).text());
    const decisionOnPage = /Het besluit Verstuurd op [^.]+\. (.*?) Dit besluit staat ook in een brief/.exec(status)![1]!;
    expect(text).toContain(decisionOnPage);
    expect(text).toContain(collapse(remedies.bezwaar(GEMEENTE, 'avg@gemeente-go.example')));
    expect(text).toContain(collapse(remedies.complaint(GEMEENTE)));
    expect(text.split('bezwaar maken bij').length - 1).toBe(1);
    // The private parties granted or had nothing: neither bezwaar nor a complaint or court sentence of their own.
    for (const party of PRIVATE) {
      expect(text).toContain(party);
      expect(text).not.toContain(`bezwaar maken bij ${party}`);
      expect(text).not.toContain(collapse(remedies.complaint(party)));
      expect(text).not.toContain(collapse(remedies.court(party)));
    }
    expect(text).toContain(`Voor het deel van ${GEMEENTE} is dit een besluit in de zin van artikel 1:3`);

    // A party's contact sees no letter; the FG of a routed party inspects it through the audited step.
    expect((await get(`/portaal/verzoeken/${reference}/documenten/${letterId(0)}`, 'cjg-rijnmond')).status).toBe(403);
    const fgPage = await (await get(`/portaal/verzoeken/${reference}`, 'fg')).text();
    expect(fgPage).toContain(`/documenten/${letterId(0)}/inzien`);

    // The requester: the code from the mailbox, then the same PDF.
    const token = new URL(statusLink).pathname.split('/').pop()!;
    const filesPath = `/verzoek/status/${token}/bestanden`;
    await postForm(app, filesPath, { step: 'code' });
    const [codeMail] = await app.mails({ to: email, subjectIncludes: 'Uw code om de bestanden te openen' });
    const code = /Uw code is: (\d{6})/.exec(codeMail!.text)![1]!;
    const opened = await postForm(app, filesPath, { step: 'code-invoeren', code });
    const session = opened.headers.getSetCookie()[0]!.split(';')[0]!;
    const openPage = await (await fetch(statusLink, { headers: { cookie: session } })).text();
    expect(openPage).toContain(`Besluit ${reference}`);
    const own = await fetch(`${app.baseUrl}${filesPath}/${letterId(0)}`, { redirect: 'manual', headers: { cookie: session } });
    expect(own.status).toBe(303);
    const mine = await fetch(own.headers.get('location')!);
    expect(mine.headers.get('content-disposition')).toBe(`attachment; filename="Besluit ${reference}.pdf"`);
    expect(await pdfText(mine)).toBe(text);

    const audit = (await itemsOf(reference)).filter((item) => String(item.SK).startsWith('AUDIT#')).map((item) => item.action);
    expect(audit).toContain('besluitbrief-gemaakt');
    expect(audit.filter((action) => action === 'document-gedownload')).toHaveLength(2);
    // No mail carries the letter or its text.
    for (const mail of await app.mails({ to: email })) expect(mail.text).not.toContain('artikel 1:3');
  });
});
