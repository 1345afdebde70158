import { describe, expect, it } from 'vitest';
import { confirmationMail, partyTaskMail, requesterNewsMails } from '#core/mails';
import { renderMail } from '#core/mail-rendering';
import { longDate } from '#texts/format';

/**
 * "Nothing but what it is given": the same builder called with two entirely
 * different sets of arguments must produce the same text once each argument
 * is replaced by a placeholder. Anything else (a clock, a stored name, an
 * address) would show up as a difference or would survive in the template.
 */
function template(text: string, values: Record<string, string>): string {
  let out = text;
  // longest first, so a value that contains another is replaced whole
  for (const [key, value] of Object.entries(values).sort((a, b) => b[1].length - a[1].length)) {
    out = out.split(value).join(`{${key}}`);
  }
  return out;
}

const confirmationA = {
  to: 'fatima@voorbeeld.nl',
  reference: 'AVG-7K3M-Q9TZ',
  receivedOn: '2026-12-05',
  deadline: '2027-01-05',
  confirmUrl: 'https://verzoek.example/bevestig/abc123',
  statusUrl: 'https://verzoek.example/status/def456',
};
const confirmationB = {
  to: 'j.jansen@elders.example',
  reference: 'AVG-0000-00ZZ',
  receivedOn: '2026-03-03',
  deadline: '2026-04-07',
  confirmUrl: 'https://ander.example/c?t=zzz',
  statusUrl: 'https://ander.example/s?t=yyy',
};

const partyA = {
  to: 'privacy@swv-go.example',
  reference: 'AVG-7K3M-Q9TZ',
  casusoverlegName: 'Thuiszitterstafel',
  deadline: '2027-01-05',
  portalUrl: 'https://portaal.example/verzoeken/AVG-7K3M-Q9TZ',
  coordinator: true,
};
const partyB = {
  to: 'avg@leerplein.example',
  reference: 'AVG-ABCD-EFGH',
  casusoverlegName: 'Leerplicht en RMC West-Kennemerland',
  deadline: '2026-04-07',
  portalUrl: 'https://p.example/r/1',
  coordinator: true,
};

describe('confirmationMail', () => {
  it('contains the reference, both dates in Dutch and the confirmation link, addressed to the requester', () => {
    const mail = confirmationMail(confirmationA);
    expect(mail.to).toBe('fatima@voorbeeld.nl');
    expect(renderMail(mail).subject).toContain('AVG-7K3M-Q9TZ');
    expect(renderMail(mail).text).toContain('AVG-7K3M-Q9TZ');
    expect(renderMail(mail).text).toContain('zaterdag 5 december 2026');
    expect(renderMail(mail).text).toContain('uiterlijk dinsdag 5 januari 2027');
    expect(renderMail(mail).text).toContain('https://verzoek.example/bevestig/abc123');
  });

  it('contains nothing but what it is given', () => {
    const a = confirmationMail(confirmationA);
    const b = confirmationMail(confirmationB);
    const valuesA = {
      reference: 'AVG-7K3M-Q9TZ',
      receivedOn: 'zaterdag 5 december 2026',
      deadline: 'dinsdag 5 januari 2027',
      link: confirmationA.confirmUrl,
      status: confirmationA.statusUrl,
    };
    const valuesB = {
      reference: 'AVG-0000-00ZZ',
      receivedOn: 'dinsdag 3 maart 2026',
      deadline: 'dinsdag 7 april 2026',
      link: confirmationB.confirmUrl,
      status: confirmationB.statusUrl,
    };
    expect(template(renderMail(a).text, valuesA)).toBe(template(renderMail(b).text, valuesB));
    expect(template(renderMail(a).subject, valuesA)).toBe(template(renderMail(b).subject, valuesB));
    const fixed = template(renderMail(a).text, valuesA);
    // no address, no other link, no ISO date, no reference other than the placeholder
    expect(fixed).not.toMatch(/@/);
    expect(fixed).not.toMatch(/https?:/);
    expect(fixed).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(fixed).not.toMatch(/AVG-/);
    expect(renderMail(a).text).not.toContain(confirmationA.to);
  });

  it('is the same for the same arguments (no clock, no randomness)', () => {
    expect(confirmationMail(confirmationA)).toEqual(confirmationMail({ ...confirmationA }));
  });
});

describe('partyTaskMail', () => {
  it('contains the reference, overleg name, Dutch deadline and portal link', () => {
    const mail = partyTaskMail(partyA);
    expect(mail.to).toBe('privacy@swv-go.example');
    expect(renderMail(mail).subject).toContain('AVG-7K3M-Q9TZ');
    expect(renderMail(mail).text).toContain('AVG-7K3M-Q9TZ');
    expect(renderMail(mail).text).toContain('Thuiszitterstafel');
    expect(renderMail(mail).text).toContain('dinsdag 5 januari 2027');
    expect(renderMail(mail).text).toContain('https://portaal.example/verzoeken/AVG-7K3M-Q9TZ');
  });

  it('contains nothing but what it is given', () => {
    for (const coordinator of [true, false]) {
      const a = partyTaskMail({ ...partyA, coordinator });
      const b = partyTaskMail({ ...partyB, coordinator });
      const valuesA = { link: partyA.portalUrl, reference: partyA.reference, overleg: partyA.casusoverlegName, deadline: 'dinsdag 5 januari 2027' };
      const valuesB = { link: partyB.portalUrl, reference: partyB.reference, overleg: partyB.casusoverlegName, deadline: 'dinsdag 7 april 2026' };
      expect(template(renderMail(a).text, valuesA)).toBe(template(renderMail(b).text, valuesB));
      expect(template(renderMail(a).subject, valuesA)).toBe(template(renderMail(b).subject, valuesB));
      const fixed = template(renderMail(a).text, valuesA);
      expect(fixed).not.toMatch(/@/);
      expect(fixed).not.toMatch(/https?:/);
      expect(fixed).not.toMatch(/\d/); // no date, number or reference of its own
      expect(renderMail(a).text).not.toContain(partyA.to);
    }
  });

  it('tells the coordinating party it gathers the answers, and the others to answer for their own part', () => {
    const coordinator = renderMail(partyTaskMail({ ...partyA, coordinator: true })).text;
    const other = renderMail(partyTaskMail({ ...partyA, coordinator: false })).text;
    expect(coordinator).not.toBe(other);
    expect(coordinator).toMatch(/aanspreekpunt/);
    expect(other).not.toMatch(/aanspreekpunt/);
    expect(other).toMatch(/eigen/);
  });

  it('accepts no personal data: the builders have no field for a name, date of birth or free text', () => {
    // @ts-expect-error a child's name is not an argument of the party mail
    partyTaskMail({ ...partyA, childName: 'Noor' });
    // @ts-expect-error nor the requester's details of the confirmation
    confirmationMail({ ...confirmationA, details: 'vrije tekst' });
    const withExtra = partyTaskMail({ ...partyA, childName: 'Noor de Vries', dateOfBirth: '2012-06-15' } as typeof partyA);
    expect(renderMail(withExtra).text).not.toContain('Noor');
    expect(renderMail(withExtra).text).not.toContain('2012');
    expect(renderMail(withExtra).subject).not.toContain('Noor');
    // Nor what the outbox stores: the mail keeps only the values it names.
    expect(JSON.stringify(withExtra)).not.toMatch(/Noor|2012/);
  });
});

describe('renderMail', () => {
  it('renders in the mail language at delivery, and sends a mail queued with its words as it is', () => {
    const queued = confirmationMail(confirmationA);
    expect(queued).toEqual({ to: confirmationA.to, kind: 'confirmation', language: 'nl', values: { ...confirmationA, to: undefined } });
    expect(renderMail(queued).subject).toBe('Bevestig uw privacyverzoek AVG-7K3M-Q9TZ');
    const older = { to: 'a@b.example', subject: 'Oud onderwerp', text: 'Oude tekst' };
    expect(renderMail(older)).toEqual(older);
  });
});

describe("mails in the request's language", () => {
  it('renders the confirmation of an English request in English, dates the English way, with the same values only', () => {
    const english = renderMail(confirmationMail(confirmationA, 'en'));
    expect(english.subject).toBe('Confirm your privacy request AVG-7K3M-Q9TZ');
    expect(english.text).toMatch(/Saturday,? 5 December 2026/);
    expect(english.text.replace(/https?:\S+/g, '')).not.toMatch(/\b(uw|wij|verzoek)\b/i);
    const other = renderMail(confirmationMail(confirmationB, 'en'));
    const words = (text: string, values: typeof confirmationA) =>
      template(text, { ...values, receivedOnWords: longDate('en', values.receivedOn), deadlineWords: longDate('en', values.deadline) });
    expect(words(english.text, confirmationA)).toBe(words(other.text, confirmationB));
  });

  it("gives the requester and a joined co-requester the news in the request's language, and the parties theirs in Dutch", () => {
    const record = {
      requester: { email: 'fatima@voorbeeld.nl' },
      coRequester: { email: 'noor@voorbeeld.nl', confirmedAt: '2026-12-05T10:00:00Z' },
      regionId: 'goeree-overflakkee',
      language: 'en' as const,
    };
    const news = requesterNewsMails(
      record,
      { reference: 'AVG-7K3M-Q9TZ', statusUrl: 'https://x.example/en/verzoek/status/a', news: 'besluit' },
      'https://x.example/en/verzoek/status/b',
    );
    expect(news.map((mail) => [mail.to, mail.language])).toEqual([
      ['fatima@voorbeeld.nl', 'en'],
      ['noor@voorbeeld.nl', 'en'],
    ]);
    expect(renderMail(news[1]!).text).toContain('There is a decision about your request.');
    expect(renderMail(news[1]!).text).toContain('https://x.example/en/verzoek/status/b');
    expect(renderMail(partyTaskMail(partyA)).subject).toBe('Nieuw privacyverzoek AVG-7K3M-Q9TZ');
  });
});
