import { describe, expect, it } from 'vitest';
import { allowedEvents, REQUEST_STATUSES, type RequestEvent, type RequestStatus, STATUS_LABEL, transition } from '#core/request-state';

const EVENTS: RequestEvent[] = ['confirm', 'pause', 'resume', 'extend', 'decide', 'decide-part', 'close', 'withdraw'];

/** The lifecycle of DOMAIN.md, written out: status × event → next status, or null when refused. */
const EXPECTED: Record<RequestStatus, Record<RequestEvent, RequestStatus | null>> = {
  awaiting_confirmation: {
    confirm: 'in_progress',
    pause: null,
    resume: null,
    extend: null,
    decide: null,
    'decide-part': null,
    close: null,
    withdraw: 'withdrawn',
  },
  in_progress: {
    confirm: null,
    pause: 'paused',
    resume: null,
    extend: 'in_progress',
    decide: 'decided',
    'decide-part': 'in_progress',
    close: null,
    withdraw: 'withdrawn',
  },
  paused: { confirm: null, pause: null, resume: 'in_progress', extend: null, decide: null, 'decide-part': null, close: null, withdraw: 'withdrawn' },
  decided: { confirm: null, pause: null, resume: null, extend: null, decide: null, 'decide-part': null, close: 'closed', withdraw: null },
  closed: { confirm: null, pause: null, resume: null, extend: null, decide: null, 'decide-part': null, close: null, withdraw: null },
  withdrawn: { confirm: null, pause: null, resume: null, extend: null, decide: null, 'decide-part': null, close: null, withdraw: null },
};

describe('request state machine', () => {
  it('has exactly the statuses of the table', () => {
    expect([...REQUEST_STATUSES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const matrix = REQUEST_STATUSES.flatMap((status) => EVENTS.map((event) => [status, event, EXPECTED[status][event]] as const));
  it.each(matrix)('%s + %s → %s', (status, event, next) => {
    const result = transition(status, event);
    if (next === null) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(event);
      expect(!result.ok && result.reason).toContain(status);
    } else {
      expect(result).toEqual({ ok: true, status: next });
    }
  });

  it.each(REQUEST_STATUSES)('lists the allowed events of %s', (status) => {
    const expected = EVENTS.filter((event) => EXPECTED[status][event] !== null);
    expect([...allowedEvents(status)].sort()).toEqual([...expected].sort());
  });

  it('refuses an event that does not exist', () => {
    expect(transition('in_progress', 'reopen' as RequestEvent).ok).toBe(false);
  });

  // An event name from a URL or form must not reach a status through Object.prototype.
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('refuses the inherited property name %j as an event', (event) => {
    for (const status of REQUEST_STATUSES) {
      const result = transition(status, event as RequestEvent);
      expect(result.ok, `${status} + ${event} gave ${String(result.ok && result.status)}`).toBe(false);
    }
  });

  it('lets a request go the full way, with a pause and an extension', () => {
    let status: RequestStatus = 'awaiting_confirmation';
    for (const event of ['confirm', 'pause', 'resume', 'extend', 'decide', 'close'] as const) {
      const result = transition(status, event);
      expect(result.ok, `${status} + ${event}`).toBe(true);
      if (result.ok) status = result.status;
    }
    expect(status).toBe('closed');
    expect(allowedEvents('closed')).toEqual([]);
  });

  it('has a Dutch label for every status', () => {
    for (const status of REQUEST_STATUSES) expect(STATUS_LABEL[status]).toMatch(/\S/);
    expect(new Set(Object.values(STATUS_LABEL)).size).toBe(REQUEST_STATUSES.length);
  });
});
