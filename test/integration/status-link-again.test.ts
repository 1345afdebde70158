import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(async () => app?.stop());

const ask = (fields: Record<string, string>) =>
  fetch(`${app.baseUrl}/verzoek/status-opnieuw`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const linkMails = async (email: string) => (await app.mails({ to: email })).filter((mail) => mail.text.includes('U vroeg om de link naar uw statuspagina'));

describe('a lost status link, sent again', () => {
  it('mails the same status link to the address of the request, however the reference and address are typed', async () => {
    const { reference, email, statusLink } = await routedRequest(app);
    const response = await ask({ reference: reference.toLowerCase().replace(/-/g, ' '), email: ` ${email.toUpperCase()} ` });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Kijk in uw mailbox');
    await expect.poll(async () => (await linkMails(email)).length, { timeout: 10_000 }).toBe(1);
    const [mail] = await linkMails(email);
    expect(mail!.text).toContain(statusLink);
    expect(mail!.text).toContain(reference);
  });

  it('answers the same for a pair that does not exist, and sends nothing', async () => {
    const { reference, email } = await routedRequest(app);
    const wrong = await ask({ reference, email: 'iemand-anders@voorbeeld.nl' });
    const unknown = await ask({ reference: 'AVG-0000-0000', email });
    const pages = [await wrong.text(), await unknown.text()].map((page) => page.replace(/\s+/g, ' '));
    expect([wrong.status, unknown.status]).toEqual([200, 200]);
    expect(pages[0]).toBe(pages[1]);
    expect(await app.mails({ to: 'iemand-anders@voorbeeld.nl' })).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await linkMails(email)).toEqual([]);
  });

  it('sends at most 3 a day per reference, and says the same after that', async () => {
    const { reference, email } = await routedRequest(app);
    for (let n = 0; n < 5; n++) expect((await ask({ reference, email })).status).toBe(200);
    await expect.poll(async () => (await linkMails(email)).length, { timeout: 10_000 }).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await linkMails(email)).toHaveLength(3);
  });

  it('says in Dutch what is wrong with the reference or the address, and keeps what was typed', async () => {
    const response = await ask({ reference: 'AVG-12', email: 'geen-adres' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('href="#reference"');
    expect(page).toContain('Vul het kenmerk in zoals het in de e-mail staat');
    expect(page).toContain('Vul een geldig e-mailadres in');
    expect(page).toContain('value="geen-adres"');
  });

  it('is offered where a status link does not work', async () => {
    const page = await (await fetch(`${app.baseUrl}/verzoek/status/bestaat-niet`)).text();
    expect(page).toContain('href="/verzoek/status-opnieuw"');
    expect((await fetch(`${app.baseUrl}/verzoek/status-opnieuw`)).status).toBe(200);
  });
});
