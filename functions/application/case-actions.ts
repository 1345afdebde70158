import { requesterLinks } from './requester-links';
import { assignOverleg as assignOverlegRule } from '#core/assign-overleg';
import { actingFor } from '#core/people';
import { amsterdamDate } from '#core/calendar-date';
import { type DecisionText, readDecisionForm, typesRefusedByAParty } from '#core/decision';
import type { FieldError, FormFields } from '#core/field-errors';
import { readPartyAnswerForm } from '#core/party-answer';
import { hasCheckedFile } from '#core/documents';
import { type IdentityInput, readIdentityCheck } from '#core/identity-check';
import { canAnswer, canCoordinate, type PortalActor } from '#core/portal-access';
import type { RequestRecord } from '#core/request-record';
import * as lifecycle from '#core/request-lifecycle';
import * as postal from '#core/postal-steps';
import { type CaseFile, readAssignChoice } from '#core/case-view';
import { logger } from '#logger';
import { loadCase } from './case-file';
import type { CaseFileRepository, Clock, Configuration, SiteLinks } from './ports';

/**
 * Portal use cases: load what the actor may see, apply one lifecycle rule,
 * write it guarded by versions, then deliver its mails. Authorization is asked
 * before anything is shown or changed; "not routed to you" and "does not
 * exist" look the same from outside.
 */
export type ActionResult =
  /** `byPost`: the requester has no e-mail address, so whatever they must know goes by the coordinator's letter. */
  | { kind: 'done'; byPost?: boolean }
  | { kind: 'forbidden' }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'refused'; message: string }
  | { kind: 'conflict' }
  /** A step that shows what it would do (the decision's preview): exactly the text that sending would store. */
  | { kind: 'preview'; text: DecisionText };

/** What the portal's use cases need: the case repository, the clock, the configuration and the links for mails. */
export interface CaseDeps {
  cases: CaseFileRepository;
  clock: Clock;
  config: Configuration;
  links: SiteLinks;
}

function context(deps: CaseDeps, actor: PortalActor, record: RequestRecord): lifecycle.LifecycleContext {
  const now = deps.clock.now();
  return {
    actor,
    now,
    today: amsterdamDate(now),
    directory: deps.config.directory,
    links: requesterLinks(deps.links, record),
    designatedHolidays: deps.config.designatedHolidays,
  };
}

async function apply(deps: CaseDeps, record: RequestRecord, outcome: lifecycle.Outcome): Promise<ActionResult> {
  if (!outcome.ok) return { kind: 'refused', message: outcome.message };
  const saved = await deps.cases.saveChange(outcome.change, deps.clock.now());
  if (saved === 'conflict') return { kind: 'conflict' };
  logger.info('request changed', { reference: record.reference, actions: outcome.change.audit.map((event) => event.action) });
  return record.requester.email ? { kind: 'done' } : { kind: 'done', byPost: true };
}

type Invalid = { invalid: FieldError[] };
type CaseAction = (file: CaseFile, context: lifecycle.LifecycleContext) => lifecycle.Outcome | 'forbidden' | Invalid;

async function act(deps: CaseDeps, actor: PortalActor, reference: string, action: CaseAction, write = true): Promise<ActionResult> {
  const file = await loadCase(deps, actor, reference);
  if (!file) return { kind: 'forbidden' };
  const outcome = action(file, context(deps, actor, file.record));
  if (outcome === 'forbidden') return { kind: 'forbidden' };
  if ('invalid' in outcome) return { kind: 'invalid', errors: outcome.invalid };
  if (!write && outcome.ok) {
    const next = outcome.change.record?.next;
    const text = (next?.supplement ?? next?.decision)?.text;
    return text ? { kind: 'preview', text } : { kind: 'refused', message: '' };
  }
  return apply(deps, file.record, outcome);
}

export function answerForParty(deps: CaseDeps, actor: PortalActor, reference: string, form: FormFields, readVersion: number) {
  return act(deps, actor, reference, (file, ctx) => {
    const task = file.tasks.find((candidate) => candidate.kind === 'answer' && candidate.partyId === actor.partyId);
    if (!task || !canAnswer(actor, task)) return 'forbidden';
    const answers = readPartyAnswerForm(file.record.types, form, hasCheckedFile(file.documents ?? [], actor.partyId));
    if (!answers.ok) return { invalid: answers.errors };
    const onBehalfOf = actingFor(actor.userId, task, (id) => ctx.directory.person(id), ctx.today);
    // The form carries the version it showed: an answer typed over someone else's is a conflict, not a silent overwrite.
    return lifecycle.answerTask(
      file.record,
      { ...task, version: readVersion },
      file.tasks,
      answers.values,
      onBehalfOf ? { ...ctx, actor: { ...actor, onBehalfOf } } : ctx,
    );
  });
}

/** "Ik pak dit op": a contact person takes their party's open task, against the version their page showed. */
export function takeTask(deps: CaseDeps, actor: PortalActor, reference: string, readVersion: number) {
  return act(deps, actor, reference, (file, ctx) => {
    const task = file.tasks.find((candidate) => candidate.kind === 'answer' && candidate.partyId === actor.partyId);
    if (!task || !canAnswer(actor, task)) return 'forbidden';
    return lifecycle.takeTask(file.record, { ...task, version: readVersion }, ctx);
  });
}

export function confirmArt19Applied(deps: CaseDeps, actor: PortalActor, reference: string, fromPartyId: string) {
  return act(deps, actor, reference, (file, ctx) => {
    const task = file.tasks.find((candidate) => candidate.kind === 'art19' && candidate.partyId === actor.partyId && candidate.fromPartyId === fromPartyId);
    if (!task || !canAnswer(actor, task)) return 'forbidden';
    return lifecycle.completeArt19(file.record, task, ctx);
  });
}

/** Coordinator steps: only the coordinator's contact persons, against the version their page showed. */
const asCoordinator =
  (actor: PortalActor, readVersion: number, rule: (file: CaseFile, ctx: lifecycle.LifecycleContext) => lifecycle.Outcome | Invalid): CaseAction =>
  (file, ctx) =>
    canCoordinate(actor, file.record) ? rule({ ...file, record: { ...file.record, version: readVersion } }, ctx) : 'forbidden';

/** The central contact point sends a request whose overleg the requester did not know to the overleg it chose; afterwards it may no longer see it. */
export function assignOverleg(deps: CaseDeps, actor: PortalActor, reference: string, choice: string, readVersion: number): Promise<ActionResult> {
  return act(
    deps,
    actor,
    reference,
    // An empty choice is refused by the rule itself, with every other incomplete one.
    asCoordinator(actor, readVersion, (file, ctx) => assignOverlegRule(file.record, file.tasks, readAssignChoice(choice), ctx)),
  );
}

export function extendTerm(deps: CaseDeps, actor: PortalActor, reference: string, input: { months: number; reason: string }, readVersion: number) {
  return act(
    deps,
    actor,
    reference,
    asCoordinator(actor, readVersion, (file, ctx) => lifecycle.extendDeadline(file.record, file.tasks, input, ctx)),
  );
}

export function askClarification(deps: CaseDeps, actor: PortalActor, reference: string, question: string, readVersion: number) {
  return act(
    deps,
    actor,
    reference,
    asCoordinator(actor, readVersion, (file, ctx) => lifecycle.pauseForClarification(file.record, file.tasks, { question }, ctx)),
  );
}

/** The requester's answer to the question, arrived by letter or phone, typed in by the coordinator (core/postal-steps.ts). */
export function recordRequesterAnswer(deps: CaseDeps, actor: PortalActor, reference: string, answer: string, readVersion: number) {
  return act(
    deps,
    actor,
    reference,
    asCoordinator(actor, readVersion, (file, ctx) => postal.recordAnswerReceived(file.record, file.tasks, { answer }, ctx)),
  );
}

/** The coordinator posted the decision letter and the released copies. */
export function recordSentByPost(deps: CaseDeps, actor: PortalActor, reference: string, readVersion: number) {
  return act(
    deps,
    actor,
    reference,
    asCoordinator(actor, readVersion, (file, ctx) => postal.recordSentByPost(file.record, ctx)),
  );
}

const decisionRule = (form: FormFields) => (file: CaseFile, ctx: lifecycle.LifecycleContext) => {
  // Only the parts this decision covers: a late organisation's refusal belongs to the supplementary decision.
  const decisions = readDecisionForm(file.record.types, form, typesRefusedByAParty(lifecycle.scopeOf(file.record, file.tasks, ctx).parts));
  return decisions.ok ? lifecycle.decide(file.record, file.tasks, decisions.values, ctx) : { invalid: decisions.errors };
};

export function sendDecision(deps: CaseDeps, actor: PortalActor, reference: string, form: FormFields, readVersion: number) {
  return act(deps, actor, reference, asCoordinator(actor, readVersion, decisionRule(form)));
}

/** The decision as it would be sent, by the same rule, written nowhere: the preview step before "Versturen". */
export function previewDecision(deps: CaseDeps, actor: PortalActor, reference: string, form: FormFields, readVersion: number) {
  return act(deps, actor, reference, asCoordinator(actor, readVersion, decisionRule(form)), false);
}

/** The coordinator records how the requester's identity and authority were checked (before an inzage can be decided). */
export function recordIdentity(deps: CaseDeps, actor: PortalActor, reference: string, input: IdentityInput, readVersion: number) {
  return act(
    deps,
    actor,
    reference,
    asCoordinator(actor, readVersion, (file, ctx) => {
      const checked = readIdentityCheck(input, ctx.today, file.record.requester.role === 'gemachtigde');
      return checked.ok ? lifecycle.recordIdentityCheck(file.record, checked.value, ctx) : { invalid: checked.errors };
    }),
  );
}

export function closeCase(deps: CaseDeps, actor: PortalActor, reference: string, readVersion: number) {
  return act(
    deps,
    actor,
    reference,
    asCoordinator(actor, readVersion, (file, ctx) => lifecycle.close(file.record, { ...ctx, retentionDays: deps.config.retentionDays })),
  );
}

/** A note for the other side of the actor's conversation (core/notes.ts). */
export function leaveNote(deps: CaseDeps, actor: PortalActor, reference: string, input: { text: string; withPartyId: string }) {
  return act(deps, actor, reference, (file, ctx) => lifecycle.addNote(file.record, input, file.notes?.length ?? 0, ctx));
}
