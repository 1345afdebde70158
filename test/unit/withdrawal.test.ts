import { describe, expect, it } from 'vitest';
import { readWithdrawal, whyNotWithdraw, withdraw } from '#core/withdrawal';
import { answerTask, decide, whyNot } from '#core/request-lifecycle';
import { expiryOf } from '#core/request-record';
import { nextReminderOn } from '#core/reminder-ladder';
import { renderMail } from '#core/mail-rendering';
import { statusViewFor } from '#core/status-view';
import { epochSeconds } from '#core/calendar-date';
import {
  applyChange,
  changeOf,
  CHILD_NAME,
  dir,
  identityChecked,
  LINKS,
  lifecycleContext,
  middayOn,
  REQUESTER_NAME,
  routedRequest,
  submittedRecord,
  THUISZITTERSTAFEL_PARTIES,
} from './support/records';

const context = (today: string) => ({ now: middayOn(today), today, directory: dir, links: LINKS, retentionDays: 365 });

function routed() {
  const { record, tasks } = routedRequest();
  return { record, tasks };
}

describe('withdrawing a request (core/withdrawal.ts)', () => {
  it('withdraws the whole request: every open task closes, reminders stop, each party gets a mail without personal data, and the retention starts', () => {
    const start = routed();
    const chosen = readWithdrawal(start.record, ['inzage', 'rectificatie']);
    expect(chosen).toEqual({ ok: true, types: ['inzage', 'rectificatie'], whole: true });
    if (!chosen.ok) return;
    const change = withdraw(start.record, start.tasks, chosen, context('2026-03-10'));
    const after = applyChange(start, change);
    expect(after.record.status).toBe('withdrawn');
    expect(after.tasks.map((task) => task.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn', 'withdrawn']);
    expect(nextReminderOn(after.record, '2026-03-10')).toBeNull();
    expect(after.record.retainUntil).toBe('2027-03-10');
    expect(change.expireAllAt).toBe(expiryOf(after.record));
    expect(change.audit).toEqual([expect.objectContaining({ actor: { kind: 'aanvrager' }, action: 'ingetrokken' })]);
    const partyMails = change.mails.filter((mail) => mail.kind === 'withdrawal');
    expect(partyMails.map((mail) => mail.to)).toHaveLength(THUISZITTERSTAFEL_PARTIES.length);
    expect(change.mails.filter((mail) => mail.kind === 'requesterNews')).toHaveLength(1);
    for (const mail of change.mails) {
      const text = JSON.stringify(renderMail(mail));
      expect(text).not.toContain(CHILD_NAME);
      expect(text).not.toContain(REQUESTER_NAME);
    }
    expect(renderMail(partyMails[0]!).text).toContain('ingetrokken');
  });

  it('withdraws one type of several: the rest goes on with the same deadline and open tasks, and the parties read which part stopped', () => {
    const start = routed();
    const chosen = readWithdrawal(start.record, ['rectificatie']);
    expect(chosen).toEqual({ ok: true, types: ['rectificatie'], whole: false });
    if (!chosen.ok) return;
    const change = withdraw(start.record, start.tasks, chosen, context('2026-03-10'));
    const after = applyChange(start, change);
    expect(after.record.status).toBe('in_progress');
    expect(after.record.types).toEqual(['inzage']);
    expect(after.record.deadline).toBe(start.record.deadline);
    expect(after.tasks.every((task) => task.status === 'open')).toBe(true);
    expect(change.expireAllAt).toBeUndefined();
    const partyMail = change.mails.find((mail) => mail.kind === 'withdrawal')!;
    expect(renderMail(partyMail).text).toMatch(/een deel ingetrokken: rectificatie/);
    const view = statusViewFor(after.record, after.tasks);
    expect(view.withdrawals).toEqual([{ types: ['rectificatie'], on: '2026-03-10' }]);
    expect(view.withdrawable).toBe(true);
  });

  it('refuses an empty choice and types the request does not have', () => {
    const { record } = routed();
    expect(readWithdrawal(record, [])).toEqual({ ok: false, problem: 'none-chosen' });
    expect(readWithdrawal(record, ['verwijdering', '__proto__'])).toEqual({ ok: false, problem: 'none-chosen' });
  });

  it('is refused after a decision: what was decided stands', () => {
    const start = routed();
    let state = start;
    for (const task of start.tasks)
      state = applyChange(
        state,
        changeOf(
          answerTask(
            state.record,
            state.tasks.find((t) => t.partyId === task.partyId)!,
            state.tasks,
            [
              { type: 'inzage', outcome: 'geen gegevens' },
              { type: 'rectificatie', outcome: 'geen gegevens' },
            ] as never,
            lifecycleContext('2026-03-05', { partyId: task.partyId }),
          ),
        ),
      );
    const decided = applyChange(
      state,
      changeOf(
        decide(
          identityChecked(state.record),
          state.tasks,
          [
            { type: 'inzage', outcome: 'afgewezen', motivation: 'Er zijn geen gegevens.' },
            { type: 'rectificatie', outcome: 'afgewezen', motivation: 'Er zijn geen gegevens.' },
          ] as never,
          lifecycleContext('2026-03-20'),
        ),
      ),
    );
    expect(decided.record.status).toBe('decided');
    expect(whyNotWithdraw(decided.record)).toBe('not-now');
    expect(readWithdrawal(decided.record, ['inzage'])).toEqual({ ok: false, problem: 'not-now' });
  });

  it('after a withdrawal, a party can no longer answer', () => {
    const start = routed();
    const after = applyChange(start, withdraw(start.record, start.tasks, { types: start.record.types, whole: true }, context('2026-03-10')));
    expect(whyNot.answer(after.record, 'rgo')).toMatch(/ingetrokken/);
    expect(whyNotWithdraw(after.record)).toBe('not-now');
  });

  it('before confirmation: no party hears of it, and it goes when an unconfirmed request would have gone', () => {
    const record = submittedRecord({ receivedOn: '2026-03-02' });
    const change = withdraw(record, [], { types: record.types, whole: true }, context('2026-03-04'));
    expect(change.mails.map((mail) => mail.kind)).toEqual(['requesterNews']);
    expect(change.record?.next.retainUntil).toBe('2026-03-09');
    expect(change.expireAllAt).toBeLessThanOrEqual(epochSeconds(middayOn('2026-03-09')) + 86_400);
  });
});
