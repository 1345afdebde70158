import { terms } from '#texts/nl/terms';
/**
 * The life of a request. Every change of status goes through `transition`, so
 * a status that a rule does not allow cannot be reached by any handler.
 */
export const REQUEST_STATUSES = ['awaiting_confirmation', 'in_progress', 'paused', 'decided', 'closed', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type RequestEvent =
  | 'confirm' // the requester confirmed their e-mail address: route to the parties
  | 'pause' // the coordinator asked the requester for identification or clarification
  | 'resume' // the requester answered: the clock runs again
  | 'extend' // the one extension of AVG art. 12(3)
  | 'decide' // the coordinator sent the one motivated decision (or the supplementary one after a partial decision)
  | 'decide-part' // a partial decision: the request stays open for the organisations still working
  | 'close' // the case is finished; the retention period starts
  | 'withdraw'; // the requester withdrew the whole request before a decision: the retention period starts

const TRANSITIONS: Record<RequestStatus, Partial<Record<RequestEvent, RequestStatus>>> = {
  awaiting_confirmation: { confirm: 'in_progress', withdraw: 'withdrawn' },
  in_progress: { pause: 'paused', extend: 'in_progress', 'decide-part': 'in_progress', decide: 'decided', withdraw: 'withdrawn' },
  paused: { resume: 'in_progress', withdraw: 'withdrawn' },
  decided: { close: 'closed' },
  closed: {},
  withdrawn: {},
};

export type Transition = { ok: true; status: RequestStatus } | { ok: false; reason: string };

export function transition(status: RequestStatus, event: RequestEvent): Transition {
  // Own properties only: an event name from outside must never reach Object.prototype.
  const allowed = Object.hasOwn(TRANSITIONS, status) ? TRANSITIONS[status] : {};
  const next = Object.hasOwn(allowed, event) ? allowed[event] : undefined;
  return next ? { ok: true, status: next } : { ok: false, reason: `"${event}" is not allowed in status "${status}"` };
}

export function allowedEvents(status: RequestStatus): RequestEvent[] {
  return Object.keys(TRANSITIONS[status]) as RequestEvent[];
}

/** The Dutch status names, from the catalogue (core's Dutch-only texts; pages use their language's catalogue). */
export const STATUS_LABEL: Record<RequestStatus, string> = terms.status;
export const STAFF_STATUS_LABEL: Record<RequestStatus, string> = terms.staffStatus;
