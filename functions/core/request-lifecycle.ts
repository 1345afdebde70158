import { addDays, type IsoDate } from './calendar-date';
import { decisionRules, identityRules, refused as REFUSED, stepTexts } from '#texts/nl/case-rules';
import { checkText, type TextMessages } from './free-text';
import { EXTENSION_MONTHS } from './deadline';
import { composeDecisionText, grantedDespiteRefusal, partiesReleasingCopy, type TypeDecision, typesRefusedByAParty } from './decision';
import { isPublicBody } from './remedies';
import type { DocumentRecord } from './documents';
import { art19TaskMail, clarificationAnsweredMail, inRegion, type Mail, newNoteMail, type requesterNewsMail, requesterNewsMails } from './mails';
import { ALL_ANSWERED_STEP, reminderEffects } from './reminder-ladder';
import { ART19_OUTCOMES, type AnswerOutcome, triggersArt19, type TypeAnswer } from './party-answer';
import type { PortalActor } from './portal-access';
import type { Directory } from './directory';
import { type AuditEvent, currentDeadline, type Decision, expiryOf, type IdentityCheck, type PartyTask, type RequestRecord } from './request-record';
import { transition } from './request-state';
import { decisionCovering, decisionScope, DEFAULT_PARTIAL_DECISION_WORKING_DAYS, type DecisionScope } from './decision-scope';
import { amsterdamDate } from './calendar-date';
import { pendingLetter } from './decision-letter';
import { retainedParts } from './retention';
import { longDate } from '#texts/format';
import { answerByDate } from './answer-by';
import { MAX_NOTE_LENGTH, type Note, type NoteInput, readNote } from './notes';
import { noteTexts } from '#texts/nl/case-rules';

/**
 * What happens to a request after routing, as pure functions: each takes the
 * state it read and returns a Change that the store writes in one transaction,
 * guarded by the versions that were read. Rules live here, not in handlers.
 */
export interface Change {
  /** The request's new state, written only if its version is still `readVersion`. */
  record?: { next: RequestRecord; readVersion: number };
  /** Statuses the request must still have when a change does not rewrite it (a task answer). */
  requireStatus?: { reference: string; statuses: RequestRecord['status'][] };
  /** Reminder steps this change sends itself (see reminder-ladder.ts), recorded so the sweep does not. */
  reminderSteps?: string[];
  /** Tasks to write: `readVersion` null for a new task. */
  tasks: Array<{ task: PartyTask; readVersion: number | null }>;
  /** Tasks to delete, if still at the version read: the central contact point's, once it assigned an overleg it is not part of. */
  removedTasks?: Array<{ task: PartyTask; readVersion: number }>;
  mails: Mail[];
  audit: AuditEvent[];
  /** Documents to write (core/document-steps.ts): `readVersion` null for a new one; `expiresAt` on one written after closing (expiryOf). */
  documents?: Array<{ document: DocumentRecord; readVersion: number | null; expiresAt?: number }>;
  /** Retention (epoch seconds): set by `close`, so every item of the request, tokens included, expires at this moment. */
  expireAllAt?: number;
  /** New notes between the coordinator and a party (core/notes.ts): written once each. */
  notes?: Note[];
}

export type Outcome = { ok: true; change: Change } | { ok: false; message: string };

export interface LifecycleContext {
  actor: PortalActor;
  now: Date;
  today: IsoDate;
  directory: Directory;
  /** `coStatusUrl`: the co-requester's own status link, where there is one. */
  links: { portalUrl: string; statusUrl: string; coStatusUrl?: string };
  designatedHolidays: readonly IsoDate[];
}

export const staff = (actor: PortalActor) => ({
  kind: 'medewerker' as const,
  partyId: actor.partyId,
  userId: actor.userId,
  ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}),
});
const refuse = (message: string): Outcome => ({ ok: false, message });

/**
 * The limits that keep a request item far below DynamoDB's 400 KB, whatever
 * is typed: details 5,000, up to 8 rounds of a question (2,000) and its answer
 * (5,000), an extension reason (2,000), and the motivations of at most two
 * decisions, a partial and a supplementary one (2,500 per type, twice: as
 * given and in the letter), at most 3 bytes a character: about 335 KB in the
 * worst case.
 */
export const MAX_QUESTION_ROUNDS = 8;
export const MAX_QUESTION_LENGTH = 2000;
export const MAX_ANSWER_LENGTH = 5000;
export const MAX_REASON_LENGTH = 2000;

/** One audit event by the acting contact person. */
export function event(record: RequestRecord, context: Pick<LifecycleContext, 'actor' | 'now'>, action: string, facts?: AuditEvent['facts']): AuditEvent {
  return { reference: record.reference, at: context.now.toISOString(), actor: staff(context.actor), action, ...(facts ? { facts } : {}) };
}

function news(record: RequestRecord, context: LifecycleContext, kind: Parameters<typeof requesterNewsMail>[0]['news']): Mail[] {
  return requesterNewsMails(record, { reference: record.reference, statusUrl: context.links.statusUrl, news: kind }, context.links.coStatusUrl);
}

/** A new deadline moves every open task, and the internal answer-by date, with it (they are sorted by deadline); the clock runs again for each, so a pause mark goes. */
function withDeadline(record: RequestRecord, tasks: readonly PartyTask[], term: { deadline: IsoDate; answerBy: IsoDate }): Change['tasks'] {
  return tasks
    .filter((task) => task.status === 'open' && (task.deadline !== term.deadline || task.pausedSince))
    .map((task) => {
      const { pausedSince: _resumed, ...running } = task;
      const answerBy = task.kind === 'answer' ? { answerBy: term.answerBy } : {};
      return { task: { ...running, deadline: term.deadline, ...answerBy, version: task.version + 1 }, readVersion: task.version };
    });
}

/** The new deadline with the parties' internal date for it. */
function termFor(record: RequestRecord, deadline: IsoDate, context: Pick<LifecycleContext, 'directory' | 'designatedHolidays'>) {
  return { deadline, answerBy: answerByDate(record.regionId, deadline, context) };
}

/**
 * The preconditions of each step, as "why not" (null when allowed). The steps
 * below refuse with exactly these messages, and the case view (case-view.ts)
 * offers a step only when its precondition holds, so a page can never offer
 * what the action would refuse.
 */
export const whyNot = {
  answer(record: Pick<RequestRecord, 'status' | 'decision' | 'supplement' | 'toAssign'>, partyId: string): string | null {
    if (record.status === 'withdrawn') return REFUSED.withdrawn;
    if (record.status !== 'in_progress' && record.status !== 'paused') return REFUSED.decided;
    if (record.toAssign) return REFUSED.assignFirst;
    // After a partial decision only the organisations it named may still answer.
    return decisionCovering(record, partyId) ? REFUSED.partDecided : null;
  },
  applyArt19(task: Pick<PartyTask, 'kind' | 'status'>): string | null {
    if (task.kind !== 'art19') return REFUSED.notArt19;
    return task.status === 'open' ? null : REFUSED.taskDone;
  },
  extend(record: Pick<RequestRecord, 'status' | 'extended' | 'deadline'>, today: IsoDate): string | null {
    if (!transition(record.status, 'extend').ok) return REFUSED.extendNotNow;
    if (record.extended) return REFUSED.extendedOnce;
    if (today > record.deadline) return REFUSED.extendTooLate;
    return null;
  },
  ask(record: Pick<RequestRecord, 'status' | 'pauses'>): string | null {
    if (!transition(record.status, 'pause').ok) return REFUSED.askNotNow;
    if (record.pauses.length >= MAX_QUESTION_ROUNDS) return REFUSED.tooManyQuestions(MAX_QUESTION_ROUNDS);
    return null;
  },
  decide(
    record: Pick<RequestRecord, 'status' | 'types' | 'identityCheck' | 'decision' | 'supplement' | 'deadline' | 'regionId' | 'toAssign'>,
    tasks: readonly PartyTask[],
    context: Pick<LifecycleContext, 'directory' | 'today' | 'designatedHolidays'>,
  ): string | null {
    if (!transition(record.status, 'decide').ok) return record.status === 'paused' ? REFUSED.questionOpen : REFUSED.alreadyDecided;
    if (record.toAssign) return REFUSED.assignFirst;
    const scope = scopeOf(record, tasks, context);
    if (scope.kind === 'none') {
      const names = scope.pending.map((task) => context.directory.party(task.partyId)?.name ?? task.partyId).join(', ');
      return scope.partialFrom ? REFUSED.waitingForPartialFrom(names, longDate('nl', scope.partialFrom)) : REFUSED.waitingFor(names);
    }
    // An inzage sends a child's data to the requester: only once it is recorded who they are (docs/documents.md).
    if (releasesData(record) && !record.identityCheck) return identityRules.needed;
    return null;
  },
  recordIdentity(record: Pick<RequestRecord, 'status'>): string | null {
    return record.status === 'in_progress' || record.status === 'paused' ? null : identityRules.notNow;
  },
  close(record: Pick<RequestRecord, 'status'>): string | null {
    return transition(record.status, 'close').ok ? null : REFUSED.closeNotYet;
  },
  assign(record: Pick<RequestRecord, 'status' | 'toAssign'>): string | null {
    if (!record.toAssign) return REFUSED.assigned;
    return record.status === 'in_progress' || record.status === 'paused' ? null : REFUSED.decided;
  },
};

const refuseIf = (reason: string | null): Outcome | null => (reason === null ? null : refuse(reason));

/** What a decision sent today covers, with the region's setting for partial decisions. */
export function scopeOf(
  record: Pick<RequestRecord, 'decision' | 'supplement' | 'deadline' | 'regionId'>,
  tasks: readonly PartyTask[],
  context: Pick<LifecycleContext, 'directory' | 'today' | 'designatedHolidays'>,
): DecisionScope {
  const workingDays = context.directory.region(record.regionId)?.partialDecisionWorkingDays ?? DEFAULT_PARTIAL_DECISION_WORKING_DAYS;
  return decisionScope(record, tasks, { today: context.today, workingDays, designatedHolidays: context.designatedHolidays });
}

/** A party records its answer for its own part; art. 19 follow-ups go to the other parties. */
export function answerTask(record: RequestRecord, task: PartyTask, allTasks: readonly PartyTask[], answers: TypeAnswer[], context: LifecycleContext): Outcome {
  if (task.kind !== 'answer') return refuse(REFUSED.notAnswerTask);
  const refused = refuseIf(whyNot.answer(record, task.partyId));
  if (refused) return refused;
  const at = context.now.toISOString();
  const tasks: Change['tasks'] = [
    {
      task: { ...task, status: 'answered', answers, answeredAt: at, answeredBy: context.actor.userId, version: task.version + 1 },
      readVersion: task.version,
    },
  ];
  const audit = [
    event(record, context, task.status === 'open' ? 'antwoord-gegeven' : 'antwoord-gewijzigd', {
      party: task.partyId,
      outcomes: answers.map((answer) => `${answer.type}:${answer.outcome}`),
    }),
  ];
  const mails: Mail[] = [];
  if (triggersArt19(answers)) {
    const overleg = context.directory.casusoverleg(record.regionId, record.casusoverlegId);
    const informed = record.partyIds.filter(
      (partyId) =>
        partyId !== task.partyId && !allTasks.some((other) => other.kind === 'art19' && other.partyId === partyId && other.fromPartyId === task.partyId),
    );
    for (const partyId of informed) {
      tasks.push({
        task: {
          reference: record.reference,
          partyId,
          kind: 'art19',
          coordinator: false,
          status: 'open',
          deadline: record.deadline,
          version: 1,
          createdAt: at,
          fromPartyId: task.partyId,
          changes: answers.filter((answer) => ART19_OUTCOMES.includes(answer.outcome as AnswerOutcome)).map((answer) => `${answer.type}:${answer.outcome}`),
          changed: answers
            .filter((answer) => ART19_OUTCOMES.includes(answer.outcome as AnswerOutcome))
            .map((answer) => ({ type: answer.type, outcome: answer.outcome, what: answer.change ?? '' })),
        },
        readVersion: null,
      });
      const contact = context.directory.mailboxes(partyId, 'contact', context.today);
      if (contact.length > 0)
        mails.push(
          inRegion(
            record.regionId,
            art19TaskMail({
              to: contact,
              reference: record.reference,
              casusoverlegName: overleg?.name ?? record.casusoverlegId,
              portalUrl: context.links.portalUrl,
            }),
          ),
        );
    }
    if (informed.length > 0) {
      mails.push(...news(record, context, 'doorgegeven'));
      audit.push(event(record, context, 'art19-doorgegeven', { from: task.partyId, to: informed }));
    }
  }
  // The answer that completes the set tells the coordinator at once.
  const reminderSteps: string[] = [];
  const othersOpen = allTasks.some((other) => other.kind === 'answer' && other.partyId !== task.partyId && other.status === 'open');
  // Only the answer that closes the last open task: a changed answer afterwards tells no one again.
  if (!othersOpen && task.status === 'open' && record.status === 'in_progress') {
    const step = {
      id: ALL_ANSWERED_STEP,
      track: 'coordinator:alle-antwoorden',
      date: context.today,
      partyId: record.coordinatorPartyId,
      recipient: 'coordinator' as const,
      kind: 'alle-antwoorden-binnen' as const,
    };
    const effects = reminderEffects(record, step, { directory: context.directory, portalUrl: context.links.portalUrl, now: context.now });
    if (effects.mail) mails.push(effects.mail);
    audit.push(effects.audit);
    reminderSteps.push(step.id);
  }
  return { ok: true, change: { requireStatus: { reference: record.reference, statuses: ['in_progress', 'paused'] }, tasks, mails, audit, reminderSteps } };
}

/** The other party confirms it applied the same change to its copy. */
export function completeArt19(record: RequestRecord, task: PartyTask, context: LifecycleContext): Outcome {
  const refused = refuseIf(whyNot.applyArt19(task));
  if (refused) return refused;
  return {
    ok: true,
    change: {
      tasks: [
        {
          task: { ...task, status: 'answered', answeredAt: context.now.toISOString(), answeredBy: context.actor.userId, version: task.version + 1 },
          readVersion: task.version,
        },
      ],
      mails: [],
      audit: [event(record, context, 'art19-toegepast', { party: task.partyId, from: task.fromPartyId ?? '' })],
    },
  };
}

/**
 * "Ik pak dit op": a contact person of the party takes its open task, so
 * colleagues see who works on it; another may take it over (a holiday, a
 * change of plan), and the trail keeps each.
 */
export function takeTask(record: RequestRecord, task: PartyTask, context: LifecycleContext): Outcome {
  if (task.status !== 'open') return refuse(stepTexts.take.notOpen);
  if (task.takenBy?.userId === context.actor.userId) return refuse(stepTexts.take.already);
  return {
    ok: true,
    change: {
      tasks: [
        { task: { ...task, takenBy: { userId: context.actor.userId, at: context.now.toISOString() }, version: task.version + 1 }, readVersion: task.version },
      ],
      mails: [],
      audit: [event(record, context, 'taak-opgepakt', { party: task.partyId })],
    },
  };
}

/** AVG art. 12(3): once, by at most two months, told to the requester within the first term, with reasons. */
export function extendDeadline(
  record: RequestRecord,
  tasks: readonly PartyTask[],
  input: { months: number; reason: string },
  context: LifecycleContext,
): Outcome {
  const refused = refuseIf(whyNot.extend(record, context.today));
  if (refused) return refused;
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > EXTENSION_MONTHS) return refuse(REFUSED.extensionMonths);
  const checked = checkText(input.reason, {
    max: MAX_REASON_LENGTH,
    shape: 'lines',
    missing: stepTexts.extensionReason.missing,
    tooLong: stepTexts.extensionReason.tooLong(MAX_REASON_LENGTH),
  });
  if (!checked.ok) return refuse(checked.message);
  const reason = checked.text;
  const extended: RequestRecord = {
    ...record,
    extended: true,
    extension: { months: input.months, reason, extendedOn: context.today },
    version: record.version + 1,
  };
  const deadline = currentDeadline(extended, context.designatedHolidays) ?? record.deadline;
  const term = termFor(record, deadline, context);
  const next = { ...extended, ...term };
  return {
    ok: true,
    change: {
      record: { next, readVersion: record.version },
      tasks: withDeadline(next, tasks, term),
      mails: news(record, context, 'verlengd'),
      audit: [event(record, context, 'termijn-verlengd', { months: input.months, deadline })],
    },
  };
}

/** The coordinator asks the requester for identification or clarification: the clock stops. */
export function pauseForClarification(record: RequestRecord, tasks: readonly PartyTask[], input: { question: string }, context: LifecycleContext): Outcome {
  const refused = refuseIf(whyNot.ask(record));
  if (refused) return refused;
  const checked = checkText(input.question, {
    max: MAX_QUESTION_LENGTH,
    shape: 'lines',
    missing: stepTexts.question.missing,
    tooLong: stepTexts.question.tooLong(MAX_QUESTION_LENGTH),
  });
  if (!checked.ok) return refuse(checked.message);
  const question = checked.text;
  return {
    ok: true,
    change: {
      record: {
        next: { ...record, status: 'paused', pauses: [...record.pauses, { startedOn: context.today, question }], version: record.version + 1 },
        readVersion: record.version,
      },
      // Each open task says the clock stands still, in every party's Mijn taken.
      tasks: tasks
        .filter((task) => task.status === 'open')
        .map((task) => ({ task: { ...task, pausedSince: context.today, version: task.version + 1 }, readVersion: task.version })),
      mails: news(record, context, 'vraag'),
      audit: [event(record, context, 'opgeschort-voor-vraag', { startedOn: context.today })],
    },
  };
}

export interface AnswerRuleTexts {
  missing: string;
  tooLong: (max: number) => string;
  noQuestionOpen: string;
  text?: TextMessages;
}

/** The requester answers on the status page: the clock runs again and the deadline moves by the days paused. */
export function answerClarification(
  record: RequestRecord,
  tasks: readonly PartyTask[],
  input: { answer: string },
  context: Omit<LifecycleContext, 'actor'>,
  /** The rule's words: the requester's, in their page's language (texts/<language>/status.ts), or the portal's for an answer by post (postal-steps.ts). */
  messages: AnswerRuleTexts,
): Outcome {
  const next = transition(record.status, 'resume');
  if (!next.ok) return refuse(messages.noQuestionOpen);
  const checked = checkText(input.answer, {
    max: MAX_ANSWER_LENGTH,
    shape: 'lines',
    missing: messages.missing,
    tooLong: messages.tooLong(MAX_ANSWER_LENGTH),
    ...(messages.text ? { messages: messages.text } : {}),
  });
  if (!checked.ok) return refuse(checked.message);
  const answer = checked.text;
  const pauses = record.pauses.map((pause, n) => (n === record.pauses.length - 1 ? { ...pause, endedOn: context.today, answer } : pause));
  const resumed: RequestRecord = { ...record, status: next.status, pauses, version: record.version + 1 };
  const deadline = currentDeadline(resumed, context.designatedHolidays) ?? record.deadline;
  const term = termFor(record, deadline, context);
  const coordinatorContact = context.directory.mailboxes(record.coordinatorPartyId, 'contact', context.today);
  return {
    ok: true,
    change: {
      record: { next: { ...resumed, ...term }, readVersion: record.version },
      tasks: withDeadline(resumed, tasks, term),
      mails:
        coordinatorContact.length > 0
          ? [inRegion(record.regionId, clarificationAnsweredMail({ to: coordinatorContact, reference: record.reference, portalUrl: context.links.portalUrl }))]
          : [],
      audit: [
        {
          reference: record.reference,
          at: context.now.toISOString(),
          actor: { kind: 'aanvrager' },
          action: 'vraag-beantwoord',
          facts: { endedOn: context.today, deadline },
        },
      ],
    },
  };
}

/** A decision that sends data to the requester: any inzage. */
export function releasesData(record: Pick<RequestRecord, 'types'>): boolean {
  return record.types.includes('inzage');
}

/** The coordinator records how the requester's identity and authority were checked; a later check replaces it. */
export function recordIdentityCheck(record: RequestRecord, input: Pick<IdentityCheck, 'method' | 'checkedOn'>, context: LifecycleContext): Outcome {
  const refused = refuseIf(whyNot.recordIdentity(record));
  if (refused) return refused;
  const identityCheck: IdentityCheck = { ...input, checkedBy: context.actor.userId, recordedAt: context.now.toISOString() };
  return {
    ok: true,
    change: {
      record: { next: { ...record, identityCheck, version: record.version + 1 }, readVersion: record.version },
      tasks: [],
      mails: [],
      audit: [event(record, context, 'identiteit-gecontroleerd', { method: input.method, checkedOn: input.checkedOn })],
    },
  };
}

/**
 * The one motivated decision, after every party has answered for its part;
 * or, near the deadline, a partial decision for the parts that are in, and
 * later the supplementary decision for the rest (core/decision-scope.ts).
 */
export function decide(record: RequestRecord, tasks: readonly PartyTask[], decisions: TypeDecision[], context: LifecycleContext): Outcome {
  const refused = refuseIf(whyNot.decide(record, tasks, context));
  if (refused) return refused;
  const scope = scopeOf(record, tasks, context);
  // Only the decision that covers every remaining part ends the request; a partial one keeps it open for the late organisations.
  const next = transition(record.status, scope.kind === 'partial' ? 'decide-part' : 'decide');
  if (!next.ok || scope.kind === 'none') return refuse(REFUSED.alreadyDecided);
  if (grantedDespiteRefusal(decisions, typesRefusedByAParty(scope.parts)).length > 0) return refuse(decisionRules.grantedDespiteRefusal);
  const coordinator = context.directory.party(record.coordinatorPartyId);
  const nameOf = (partyId: string) => context.directory.party(partyId)?.name ?? partyId;
  const text = composeDecisionText(decisions, {
    coordinatorName: coordinator?.name ?? record.coordinatorPartyId,
    scope:
      scope.kind === 'partial'
        ? { kind: 'partial', pending: scope.pending.map((task) => nameOf(task.partyId)) }
        : scope.kind === 'supplementary' && record.decision
          ? { kind: 'supplementary', firstOn: longDate('nl', amsterdamDate(new Date(record.decision.decidedAt))) }
          : { kind: 'whole' },
    // Each organisation's part with its own standing: the remedies follow who decided the part.
    parts: scope.parts.map((task) => {
      const party = context.directory.party(task.partyId);
      return {
        partyId: task.partyId,
        name: party?.name ?? task.partyId,
        publicBody: party ? isPublicBody(party) : false,
        sendTo: party?.address ?? party?.contact ?? context.directory.regionOfParty(task.partyId)?.about?.email ?? '',
        answers: task.answers ?? [],
      };
    }),
  });
  const sent: Decision = {
    decidedAt: context.now.toISOString(),
    byPartyId: context.actor.partyId,
    decisions,
    text,
    releasedPartyIds: partiesReleasingCopy(decisions, scope.parts),
    partyIds: scope.parts.map((task) => task.partyId),
    ...(scope.kind === 'partial' ? { pendingPartyIds: scope.pending.map((task) => task.partyId) } : {}),
  };
  const facts = {
    outcomes: decisions.map((decision) => `${decision.type}:${decision.outcome}`),
    parties: sent.partyIds!,
    ...(sent.pendingPartyIds ? { pending: sent.pendingPartyIds } : {}),
  };
  return {
    ok: true,
    change: {
      record: {
        next: {
          ...record,
          status: next.status,
          ...(record.decision ? { supplement: sent } : { decision: sent }),
          version: record.version + 1,
        },
        readVersion: record.version,
      },
      // The decided answers as they were read: an answer changed meanwhile makes this a conflict, never a decision on an old answer.
      tasks: scope.parts.map((task) => ({ task: { ...task, version: task.version + 1 }, readVersion: task.version })),
      // Its letter, made by the render-letters job; a second decision gets the second letter (a new item: never one twice).
      documents: [{ document: pendingLetter(record.reference, record.decision ? 1 : 0, scope.kind, sent.decidedAt), readVersion: null }],
      mails: news(record, context, 'besluit'),
      audit: [event(record, context, DECISION_EVENT[scope.kind], facts)],
    },
  };
}

/** The audit event of each kind of decision. */
const DECISION_EVENT = { whole: 'besluit-verstuurd', partial: 'deelbesluit-verstuurd', supplementary: 'aanvullend-besluit-verstuurd' } as const;

/**
 * A request that ends, closed or withdrawn: its retention runs from this
 * instant, and the whole request is deleted after it. The one rule for both.
 */
export function ending(
  record: RequestRecord,
  status: RequestRecord['status'],
  context: Pick<LifecycleContext, 'now' | 'today' | 'directory'> & { retentionDays: number },
): { ended: RequestRecord; retainUntil: IsoDate; longer: ReturnType<typeof retainedParts>; expireAllAt: number } {
  const retainUntil = addDays(context.today, context.retentionDays);
  // A party whose selection list asks for longer keeps its own part that long (core/retention.ts).
  const longer = retainedParts(record.partyIds, context.directory, context.now, context.retentionDays);
  const ended: RequestRecord = {
    ...record,
    status,
    closedAt: context.now.toISOString(),
    retainUntil,
    ...(longer.length > 0 ? { retainedParts: longer } : {}),
    version: record.version + 1,
  };
  // The one rule for an ended request's expiry: what is written to it later carries the same (expiryOf).
  return { ended, retainUntil, longer, expireAllAt: expiryOf(ended)! };
}

/** Closing starts the retention period; the whole request is deleted after it. */
export function close(record: RequestRecord, context: LifecycleContext & { retentionDays: number }): Outcome {
  const next = transition(record.status, 'close');
  if (!next.ok) return refuse(whyNot.close(record) ?? '');
  const { ended: closed, retainUntil, longer, expireAllAt } = ending(record, next.status, context);
  return {
    ok: true,
    change: {
      record: { next: closed, readVersion: record.version },
      tasks: [],
      mails: [],
      audit: [
        event(record, context, 'afgesloten', {
          retainUntil,
          ...(longer.length > 0 ? { keptLonger: longer.map((part) => `${part.partyId}:${part.until}`) } : {}),
        }),
      ],
      expireAllAt,
    },
  };
}

/** A contact person leaves a note for the other side of their conversation; the other side gets a mail that says only that there is one. */
export function addNote(
  record: RequestRecord,
  input: NoteInput,
  existing: number,
  context: LifecycleContext,
): Outcome | { invalid: Array<{ path: string; message: string }> } {
  const read = readNote(context.actor, record, input, {
    now: context.now,
    count: existing,
    messages: { missing: noteTexts.missing, tooLong: noteTexts.tooLong(MAX_NOTE_LENGTH), noParty: noteTexts.noParty, tooMany: noteTexts.tooMany },
  });
  if (!read.ok) return { invalid: [{ path: read.path, message: read.message }] };
  const { note } = read;
  const otherSide = note.fromPartyId === record.coordinatorPartyId ? note.withPartyId : record.coordinatorPartyId;
  const to = context.directory.mailboxes(otherSide, 'contact', context.today);
  return {
    ok: true,
    change: {
      requireStatus: { reference: record.reference, statuses: ['in_progress', 'paused', 'decided'] },
      tasks: [],
      notes: [note],
      mails: to.length > 0 ? [inRegion(record.regionId, newNoteMail({ to, reference: record.reference, portalUrl: context.links.portalUrl }))] : [],
      audit: [event(record, context, 'bericht-geplaatst', { from: note.fromPartyId, with: note.withPartyId })],
    },
  };
}
