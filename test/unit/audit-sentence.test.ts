import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '#core/request-record';
import { textsFor } from '#texts/catalogue';
import { auditSentence } from '#views/audit-sentence';
import { dir } from './support/records';

const texts = textsFor('nl');
const partyName = (id: string) => dir.party(id)?.name ?? id;
const sentence = (action: string, facts: AuditEvent['facts'], actor: AuditEvent['actor'] = { kind: 'systeem' }) =>
  auditSentence(
    { reference: 'AVG-7K3M-Q9TZ', at: '2026-03-04T23:30:00.000Z', actor, action, facts },
    { language: 'nl', texts, partyName, overlegName: (id) => id },
  );

const GEMEENTE = 'Gemeente Goeree-Overflakkee';
const RGO = 'Stichting Openbaar Voortgezet Onderwijs Goeree-Overflakkee';

describe('the audit trail in Dutch sentences', () => {
  it('names organisations, not ids, and outcomes in words', () => {
    expect(sentence('antwoord-gegeven', { party: 'gemeente-goeree-overflakkee', outcomes: ['inzage:verstrekt', 'rectificatie:geen gegevens'] })).toBe(
      `${GEMEENTE} heeft geantwoord voor inzage: verstrekt; rectificatie: geen gegevens.`,
    );
    expect(sentence('herinnering-verstuurd', { step: 'rgo:2026-04-02:D-14', party: 'rgo', recipient: 'contact' })).toBe(
      `Herinnering verstuurd aan ${RGO} (14 dagen voor de uiterste datum).`,
    );
    expect(sentence('herinnering-verstuurd', { step: 'rgo:2026-04-02:D-0', party: 'rgo', recipient: 'contact' })).toBe(
      `Herinnering verstuurd aan ${RGO} (op de uiterste datum).`,
    );
    expect(sentence('herinnering-verstuurd', { step: 'coordinator:alle-antwoorden-binnen', party: 'swv-go', recipient: 'coordinator' })).toBe(
      `Herinnering verstuurd aan het aanspreekpunt (${partyName('swv-go')}) (alle organisaties hebben geantwoord).`,
    );
    expect(sentence('escalatie-verstuurd', { step: 'rgo:2026-04-02:escalatie-fg', party: 'rgo', recipient: 'fg' })).toBe(
      `Escalatie verstuurd aan de FG van ${RGO}: ${RGO} heeft na de uiterste datum nog niet geantwoord.`,
    );
    expect(sentence('art19-doorgegeven', { from: 'cjg-rijnmond', to: ['rgo', 'swv-go'] })).toContain(`${partyName('cjg-rijnmond')} heeft gegevens aangepast`);
    expect(sentence('termijn-verlengd', { months: 2, deadline: '2026-06-02' })).toBe(
      'Termijn verlengd met 2 maanden. Nieuwe uiterste datum: dinsdag 2 juni 2026.',
    );
    expect(sentence('identiteit-gecontroleerd', { method: 'balie', checkedOn: '2026-03-04' })).toBe(
      'Vastgelegd hoe is gecontroleerd wie de aanvrager is: Identiteitsbewijs gezien aan de balie (woensdag 4 maart 2026).',
    );
    expect(sentence('besluit-verstuurd', { outcomes: ['inzage:toegewezen', 'rectificatie:afgewezen'] })).toBe(
      'Besluit verstuurd: inzage: toegewezen; rectificatie: afgewezen.',
    );
    expect(sentence('document-gedownload', { document: 'x', party: 'rgo' }, { kind: 'aanvrager' })).toBe('Bestand gedownload door de aanvrager.');
    expect(sentence('document-ingezien-door-fg', { document: 'x', party: 'rgo', reason: 'Steekproef.' }, { kind: 'medewerker', partyId: 'rgo' })).toBe(
      `Bestand ingezien door de FG van ${RGO}. Reden: Steekproef.`,
    );
  });

  it('has a sentence for every action the system records, with no id, key or English in it', () => {
    const events: Array<[string, AuditEvent['facts']]> = [
      ['verzoek-ontvangen', { channel: 'formulier', receivedOn: '2026-03-04', deadline: '2026-04-07', types: ['inzage'] }],
      ['verzoek-geregistreerd', { channel: 'brief', receivedOn: '2026-03-04', deadline: '2026-04-07', types: ['inzage'] }],
      ['e-mailadres-bevestigd', undefined],
      ['doorgestuurd-naar-partijen', { parties: ['swv-go', 'rgo'], coordinator: 'swv-go' }],
      ['antwoord-gewijzigd', { party: 'rgo', outcomes: ['inzage:afgewezen'] }],
      ['art19-toegepast', { party: 'rgo', from: 'cjg-rijnmond' }],
      ['opgeschort-voor-vraag', { startedOn: '2026-03-10' }],
      ['vraag-beantwoord', { endedOn: '2026-03-12', deadline: '2026-04-09' }],
      ['afgesloten', { retainUntil: '2027-04-10' }],
      ['herinnering-zonder-adres', { step: 'rgo:2026-04-02:D+3', party: 'rgo', recipient: 'contact' }],
      ['document-aangemaakt', { document: 'x', party: 'rgo' }],
      ['document-ontvangen', { document: 'x', size: 1000 }],
      ['document-goedgekeurd', { document: 'x', fileType: 'pdf', size: 1_500_000 }],
      ['document-geweigerd', { document: 'x', refusal: 'malware' }],
      ['code-verstuurd', undefined],
      ['code-fout', undefined],
      ['code-geblokkeerd', undefined],
      ['bestanden-geopend', undefined],
      ['deelbesluit-verstuurd', { outcomes: ['inzage:toegewezen'], parties: ['swv-go'], pending: ['rgo'] }],
      ['aanvullend-besluit-verstuurd', { outcomes: ['inzage:toegewezen'], parties: ['rgo'] }],
      ['besluitbrief-gemaakt', { document: 'besluitbrief00000000000001', size: 14_200 }],
      ['besluitbrief-niet-gemaakt', { document: 'besluitbrief00000000000001', missing: 3 }],
    ];
    for (const [action, facts] of events) {
      const text = sentence(action, facts);
      expect(text, action).toMatch(/[.:)]$/);
      expect(text, action).not.toMatch(/swv-go|rgo\b|cjg-rijnmond|\b\d{4}-\d{2}-\d{2}\b|undefined|\bparty\b|\bstep\b/);
      expect(text, action).not.toBe(action);
    }
    expect(sentence('herinnering-zonder-adres', { step: 'rgo:2026-04-02:D+3', party: 'rgo', recipient: 'contact' })).toContain(RGO);
    expect(sentence('document-goedgekeurd', { document: 'x', fileType: 'pdf', size: 1_500_000 })).toBe('Bestand goedgekeurd (PDF, 1,5 MB).');
    expect(sentence('deelbesluit-verstuurd', { outcomes: ['inzage:toegewezen'], parties: ['swv-go'], pending: ['rgo'] })).toContain(`Nog bezig: ${RGO}.`);
  });
});
