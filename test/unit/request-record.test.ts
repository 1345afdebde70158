import { describe, expect, it } from 'vitest';
import { parseRegionConfig } from '#core/region-config';
import { directory } from '#core/directory';
import { confirmAndRoute, registerAndRoute } from '#core/request-record';
import { independentWeekday } from './support/calendar';
import { loadRegionsJson, REGIONS_FILE } from './support/regions';
import {
  accepted,
  CHILD_NAME,
  DETAILS,
  dir,
  LINKS,
  middayOn,
  REFERENCE,
  REQUESTER_EMAIL,
  REQUESTER_NAME,
  STATUS_TOKEN,
  submittedRecord,
  THUISZITTERSTAFEL_PARTIES,
} from './support/records';
import { renderMail } from '#core/mail-rendering';

/** A letter received on Saturday 31 January 2026, registered by RGO's contact person on Tuesday 10 February. */
const REGISTERED_AT = middayOn('2026-02-10');
const meta = {
  reference: REFERENCE,
  channel: 'brief' as const,
  statusToken: STATUS_TOKEN,
  statusUrl: LINKS.statusUrl,
  registeredBy: { partyId: 'rgo', userId: 'rgo-contact-user' },
};
const context = { directory: dir, designatedHolidays: [], portalUrl: LINKS.portalUrl, now: REGISTERED_AT };

function register(receivedOn = '2026-01-31') {
  const result = registerAndRoute(accepted({ receivedOn }), meta, context);
  if (!result.ok) throw new Error(result.reason);
  return result.routed;
}

describe('registerAndRoute', () => {
  it('is in progress at once, no confirmation needed, with the received date as given', () => {
    const { record } = register();
    expect(record).toMatchObject({
      reference: REFERENCE,
      status: 'in_progress',
      channel: 'brief',
      receivedOn: '2026-01-31',
      statusToken: STATUS_TOKEN,
      confirmedAt: REGISTERED_AT.toISOString(),
      extended: false,
      pauses: [],
      decision: null,
      coordinatorPartyId: 'swv-go',
      partyIds: THUISZITTERSTAFEL_PARTIES,
    });
    // created at version 1 and routed in the same breath
    expect(record.version).toBe(2);
  });

  it('runs the deadline from the received date, not from the day of registration', () => {
    // 31 Jan + 1 month = Saturday 28 February → Monday 2 March (10 Feb + 1 month would be 10 March)
    expect(independentWeekday('2026-02-28')).toBe('zaterdag');
    expect(register('2026-01-31').record.deadline).toBe('2026-03-02');
    expect(independentWeekday('2026-03-09')).toBe('maandag');
    expect(register('2026-02-09').record.deadline).toBe('2026-03-09');
  });

  it('gives every party an open answer task with that deadline, the coordinator marked', () => {
    const { tasks } = register();
    expect(tasks).toEqual(
      THUISZITTERSTAFEL_PARTIES.map((partyId) => ({
        reference: REFERENCE,
        partyId,
        kind: 'answer',
        coordinator: partyId === 'swv-go',
        status: 'open',
        deadline: '2026-03-02',
        // Five working days before it (Monday 2 March): Friday 27 to Monday 23 February.
        answerBy: '2026-02-23',
        // The FG's overview lists a party's requests by date of receipt.
        receivedOn: '2026-01-31',
        version: 1,
        createdAt: REGISTERED_AT.toISOString(),
      })),
    );
  });

  it('mails every party contact from the configuration, then tells the requester with the status link', () => {
    const { mails } = register();
    expect(mails.flatMap((mail) => mail.to)).toEqual([
      'privacy@swv-go.example',
      'avg@gemeente-go.example',
      'privacy@cjg-rijnmond.example',
      'privacy@rgo.example',
      REQUESTER_EMAIL,
    ]);
    for (const mail of mails.slice(0, 4)) {
      expect(renderMail(mail).subject).toContain(REFERENCE);
      expect(renderMail(mail).text).toContain('maandag 2 maart 2026');
      expect(renderMail(mail).text).toContain(LINKS.portalUrl);
      expect(renderMail(mail).text).toContain('"Thuiszitterstafel"');
    }
    expect(renderMail(mails[0]!).text).toContain('aanspreekpunt');
    expect(renderMail(mails[3]!).text).not.toContain('aanspreekpunt');
    const news = mails[4]!;
    expect(renderMail(news).subject).toContain(REFERENCE);
    expect(renderMail(news).text).toContain('ontvangen en doorgestuurd');
    expect(renderMail(news).text).toContain(LINKS.statusUrl);
    expect(renderMail(news).text).not.toContain(LINKS.portalUrl);
    for (const mail of mails) {
      for (const secret of [REQUESTER_NAME, CHILD_NAME, DETAILS, '2012-06-15']) expect(renderMail(mail).subject + renderMail(mail).text).not.toContain(secret);
    }
  });

  it('records who registered it, then the routing; the requester confirmed nothing', () => {
    const { audit } = register();
    expect(audit).toEqual([
      {
        reference: REFERENCE,
        at: REGISTERED_AT.toISOString(),
        actor: { kind: 'medewerker', partyId: 'rgo', userId: 'rgo-contact-user' },
        action: 'verzoek-geregistreerd',
        facts: { channel: 'brief', receivedOn: '2026-01-31', deadline: '2026-03-02', types: ['inzage', 'rectificatie'] },
      },
      {
        reference: REFERENCE,
        at: REGISTERED_AT.toISOString(),
        actor: { kind: 'systeem' },
        action: 'doorgestuurd-naar-partijen',
        facts: { parties: THUISZITTERSTAFEL_PARTIES, coordinator: 'swv-go' },
      },
    ]);
    expect(audit.map((event) => event.action)).not.toContain('e-mailadres-bevestigd');
  });

  it('differs from a form submission only where it should: the form request is confirmed by the requester', () => {
    const submitted = submittedRecord({ receivedOn: '2026-01-31' });
    expect(submitted.status).toBe('awaiting_confirmation');
    const confirmed = confirmAndRoute(submitted, context);
    expect(confirmed.ok && confirmed.routed.audit.map((event) => event.action)).toEqual(['e-mailadres-bevestigd', 'doorgestuurd-naar-partijen']);
    expect(confirmed.ok && confirmed.routed.mails.map((mail) => mail.to)).not.toContain(REQUESTER_EMAIL);
  });

  it('fails, routing nothing, when the overleg is no longer configured', () => {
    const json = loadRegionsJson();
    const region = json.regions.find((candidate: any) => candidate.id === 'goeree-overflakkee');
    region.casusoverleggen = region.casusoverleggen.filter((overleg: any) => overleg.id !== 'go-thuiszitterstafel');
    const without = directory(parseRegionConfig(json, REGIONS_FILE));
    const result = registerAndRoute(accepted(), meta, { ...context, directory: without });
    expect(result.ok).toBe(false);
  });
});
