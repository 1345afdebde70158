import { describe, expect, it } from 'vitest';
import { renderMail } from '#core/mail-rendering';
import { digestMailOf, digestsByAddress, type DueReminder, isActionable, MAX_REMINDERS_PER_DIGEST } from '#core/reminder-digest';
import { stepsUpTo } from '#core/reminder-ladder';
import { dir, LINKS, REFERENCE, routedRequest } from './support/records';

/** The sweep's one mail per inbox: grouping, splitting, wording, and the steps nobody can act on. */
const reminder = (reference: string, to: string, n = 0): DueReminder => ({
  reference,
  stepId: `rgo:2026-03-26:A+${n}`,
  to: to ? [to] : [],
  line: {
    kind: 'escalatie',
    reference,
    casusoverlegName: 'Thuiszitterstafel',
    deadline: '2026-04-02',
    answerBy: '2026-03-26',
    latePartyName: `Partij ${n}`,
    portalUrl: `${LINKS.portalUrl}?n=${n}`,
  },
  audit: { reference, at: '2026-03-27T06:00:00.000Z', actor: { kind: 'systeem' }, action: 'escalatie-verstuurd' },
});

describe('digestsByAddress', () => {
  it('gives each address one digest with all its steps, and the FG part to the FG', () => {
    const digests = digestsByAddress(
      [
        reminder('AVG-A', 'coordinator@x.example', 1),
        reminder('AVG-B', 'coordinator@x.example', 2),
        reminder('AVG-A', 'rgo@x.example', 3),
        reminder('AVG-C', ''),
      ],
      [{ partyId: 'rgo', to: ['fg@x.example'], summary: { partyName: 'RGO', overdue: [{ reference: 'AVG-A', deadline: '2026-04-02' }] } }],
    );
    expect(digests.map((digest) => [digest.to, digest.reminders.length, digest.fgParts.length])).toEqual([
      [['coordinator@x.example'], 2, 0],
      [['rgo@x.example'], 1, 0],
      [['fg@x.example'], 0, 1],
    ]);
  });

  it("gives a party's people one digest together, whatever order their mailboxes come in", () => {
    const digests = digestsByAddress(
      [
        { ...reminder('AVG-A', '', 1), to: ['b@rgo.example', 'a@rgo.example'] },
        { ...reminder('AVG-B', '', 2), to: ['a@rgo.example', 'b@rgo.example'] },
      ],
      [],
    );
    expect(digests.map((digest) => [digest.to, digest.reminders.length])).toEqual([[['a@rgo.example', 'b@rgo.example'], 2]]);
  });

  it('splits an address with more steps than one transaction holds, the FG part in the first', () => {
    const many = Array.from({ length: MAX_REMINDERS_PER_DIGEST + 5 }, (_, n) => reminder(`AVG-${n}`, 'fg@x.example', n));
    const digests = digestsByAddress(many, [{ partyId: 'rgo', to: ['fg@x.example'], summary: { partyName: 'RGO', overdue: [] } }]);
    expect(digests.map((digest) => [digest.reminders.length, digest.fgParts.length])).toEqual([
      [MAX_REMINDERS_PER_DIGEST, 1],
      [5, 0],
    ]);
  });
});

describe('the digest mail', () => {
  it('groups the lines by request, names each late party and each link, and carries no personal data', () => {
    const [digest] = digestsByAddress(
      [reminder('AVG-AAAA-1111', 'c@x.example', 1), reminder('AVG-AAAA-1111', 'c@x.example', 2), reminder('AVG-BBBB-2222', 'c@x.example', 3)],
      [],
    );
    const mail = renderMail(digestMailOf(digest!, '2026-03-27', 'https://portaal.example/portaal/fg'));
    expect(mail.subject).toBe('Overzicht van vrijdag 27 maart 2026: 2 privacyverzoeken vragen uw aandacht');
    expect(mail.text.match(/Privacyverzoek AVG-AAAA-1111/g)).toHaveLength(1);
    expect(mail.text).toContain('Het gaat om: Partij 1.');
    expect(mail.text).toContain('Het gaat om: Partij 2.');
    expect(mail.text).toContain(`${LINKS.portalUrl}?n=3`);
    expect(mail.text).toContain('niet geantwoord vóór de afgesproken datum (donderdag 26 maart 2026)');
    expect(mail.text).toContain('Deze e-mail bevat bewust geen persoonsgegevens.');
  });

  it('reads as the single reminder when it holds one step', () => {
    const [digest] = digestsByAddress([reminder(REFERENCE, 'c@x.example', 1)], []);
    expect(renderMail(digestMailOf(digest!, '2026-03-27', '')).subject).toBe(`Termijn overschreden door Partij 1: privacyverzoek ${REFERENCE}`);
  });
});

describe('isActionable', () => {
  const { record, tasks } = routedRequest();
  const coordinatorStep = (today: string) =>
    stepsUpTo(record, tasks, today)
      .filter((step) => step.kind === 'coordinator-termijn')
      .at(-1)!;
  const context = (today: string) => ({ directory: dir, designatedHolidays: [], today });

  it('sends "besluit nodig" while the coordinator can still extend', () => {
    expect(isActionable(coordinatorStep('2026-04-01'), record, tasks, context('2026-04-01'))).toBe(true);
  });

  it('drops it past the deadline when nothing can be decided or extended: the escalations name the late parties', () => {
    expect(isActionable(coordinatorStep('2026-04-03'), record, tasks, context('2026-04-03'))).toBe(false);
  });
});
