import type { IsoDate } from './calendar-date';
import { documentRules, noteTexts, refused } from '#texts/nl/case-rules';
import type { TypeAnswer } from './party-answer';
import { canAnswer, canCoordinate, canReadAnswerOf, canReadAuditTrail, canReadRequesterContact, type PortalActor } from './portal-access';
import type { Directory } from './directory';
import { canAddDocument, canInspectAsFg, canOpenDocument, canSeeDocument, canUploadTo, type DocumentRecord } from './documents';
import type { AuditEvent, PartyTask, RequestRecord } from './request-record';
import { releasesData, scopeOf, whyNot } from './request-lifecycle';
import type { DecisionScope } from './decision-scope';
import { canReadNote, type Note, noteRecipients } from './notes';
import { whyNotByPost } from './postal-steps';
import { type RelatedRequest, relatedRequestsFor } from './related-requests';

/**
 * What one actor may see of a case and what they may do, decided here and
 * nowhere else: views render a CaseView and never see the raw record, tasks or
 * audit trail. Permissions come from the same preconditions (`whyNot`) that
 * the lifecycle steps enforce.
 */
export interface CaseFile {
  record: RequestRecord;
  tasks: PartyTask[];
  audit: AuditEvent[];
  /** The request's files (the object list); absent reads as none. */
  documents?: DocumentRecord[];
  /** Notes between the coordinator and the parties; absent reads as none. */
  notes?: Note[];
  /** The requests about the same child in the same overleg (core/related-requests.ts); absent reads as none. */
  sameChild?: RequestRecord[];
}

export type Permission = { allowed: true } | { allowed: false; reason: string };
export type CaseStep =
  | 'assign'
  | 'answer'
  | 'applyArt19'
  | 'extend'
  | 'ask'
  | 'recordAnswer'
  | 'decide'
  | 'recordSentByPost'
  | 'close'
  | 'recordIdentity'
  | 'addDocument'
  | 'addNote';

/** The request without what no portal page needs: the requester's status token, and contact data unless the actor contacts them. */
export type CaseRequest = Omit<RequestRecord, 'statusToken' | 'requester' | 'coRequester'> & {
  requester: Pick<RequestRecord['requester'], 'name' | 'role' | 'actingFor'> & Partial<Pick<RequestRecord['requester'], 'email' | 'phone' | 'postalAddress'>>;
  /** Without their status link; their address only for who may contact the requester. */
  coRequester?: Pick<NonNullable<RequestRecord['coRequester']>, 'name' | 'role' | 'confirmedAt'> & { email?: string };
};

export interface PartyProgress {
  partyId: string;
  coordinator: boolean;
  status: PartyTask['status'];
  /** Present only where the actor may read this party's answer. */
  answers?: TypeAnswer[];
}

export interface CaseView {
  actor: PortalActor;
  /** Coordinator: the contact person of the coordinating party. */
  standing: 'coordinator' | 'contact' | 'fg';
  request: CaseRequest;
  parties: PartyProgress[];
  /** Parties whose answer is still missing, for the coordinator; empty for everyone else. */
  waitingFor: string[];
  /** The actor's own party's answer task, if the request was routed to it with one. */
  ownAnswer?: { status: PartyTask['status']; version: number; answers: TypeAnswer[]; takenBy?: { name: string; byMe: boolean; at: string }; mayTake: boolean };
  /** The actor's open art. 19 follow-ups: another party changed data that the actor's party also holds. */
  art19: Array<{ fromPartyId: string; changes: string[]; changed: NonNullable<PartyTask['changed']> }>;
  /** The files this actor may see (canSeeDocument), newest last; `mayOpen` where they may download it. */
  documents: Array<Omit<DocumentRecord, 'createdBy' | 'version'> & { mayOpen: boolean; mayInspect: boolean; mayUpload: boolean }>;
  /** The coordinator must record the identity check before this request can be decided (an inzage). */
  identityNeeded: boolean;
  /** The requester has no e-mail address (a registered letter): the coordinator posts questions and the decision letter, and records it. */
  byPost: boolean;
  /** Null for actors who may not read the audit trail. */
  audit: AuditEvent[] | null;
  /** The notes this actor may read (their party's conversation; the coordinator all), oldest first. */
  notes: Note[];
  /** The parties this actor may write a note to: the coordinator any other party, a party only its own conversation; empty when none. */
  noteRecipients: string[];
  /** For the coordinator: what a decision sent today would cover (whole, partial or supplementary), by organisation name; null for everyone else. */
  decisionScope: { kind: DecisionScope['kind']; parts: string[]; pending: string[] } | null;
  can: Record<CaseStep, Permission>;
  /** The one thing this actor should do next, shown at the top of the request page with the only primary button. */
  next: NextStep;
  /** For the central contact point while the overleg is unknown: every overleg of the region with the variable parties to choose from. */
  assignChoices: AssignChoice[];
  /** Other requests about the same child in the same overleg that were open at the same time, routed to the actor's party too. */
  related: RelatedRequest[];
}

/** One overleg the central contact point can send the request to; `value` is what the assign form posts ("<overleg>" or "<overleg>/<party>"). */
export interface AssignChoice {
  overleg: string;
  options: Array<{ value: string; label: string }>;
}

export const ASSIGN_SEPARATOR = '/';

/** The overleggen of the region, each with its variable parties (or alone where it has none). */
function assignChoicesOf(directory: Directory, regionId: string): AssignChoice[] {
  return (directory.region(regionId)?.casusoverleggen ?? []).map((overleg) => {
    const parties = directory.variablePartyChoices(regionId, overleg.id);
    return {
      overleg: overleg.name,
      options:
        parties.length === 0
          ? [{ value: overleg.id, label: overleg.name }]
          : parties.map((party) => ({ value: `${overleg.id}${ASSIGN_SEPARATOR}${party.id}`, label: `${overleg.name}: ${party.name}` })),
    };
  });
}

/** The assign form's one choice as overleg and variable party. */
export function readAssignChoice(value: string): { casusoverlegId: string; variablePartyId?: string } {
  const [casusoverlegId = '', variablePartyId] = value.split(ASSIGN_SEPARATOR);
  return variablePartyId ? { casusoverlegId, variablePartyId } : { casusoverlegId };
}

/**
 * What leads the request page: a step the actor can take now, or what they
 * wait for. In the order the work goes: a party's own answer and art. 19
 * follow-up come first; the coordinator's steps follow the request's course.
 */
export type NextStep =
  | 'assign'
  | 'answer'
  | 'applyArt19'
  | 'recordAnswer'
  | 'waitForRequester'
  | 'recordIdentity'
  | 'decide'
  | 'recordSentByPost'
  | 'close'
  | 'waitForParties'
  | 'none';

function nextStepOf(view: Omit<CaseView, 'next'>): NextStep {
  const { can, request } = view;
  if (can.assign.allowed) return 'assign';
  if (view.ownAnswer?.status === 'open' && can.answer.allowed) return 'answer';
  if (view.art19.length > 0 && can.applyArt19.allowed) return 'applyArt19';
  if (view.standing !== 'coordinator') return 'none';
  if (request.status === 'paused') return view.byPost ? 'recordAnswer' : 'waitForRequester';
  if (can.decide.allowed) return 'decide';
  if (view.identityNeeded && !request.identityCheck && can.recordIdentity.allowed) return 'recordIdentity';
  if (can.recordSentByPost.allowed) return 'recordSentByPost';
  if (can.close.allowed) return 'close';
  return view.waitingFor.length > 0 ? 'waitForParties' : 'none';
}

const allow: Permission = { allowed: true };
const deny = (reason: string): Permission => ({ allowed: false, reason });
const fromReason = (reason: string | null): Permission => (reason === null ? allow : deny(reason));

const NOT_COORDINATOR = refused.notCoordinator;

function namedScope(scope: DecisionScope, directory: Directory): NonNullable<CaseView['decisionScope']> {
  const names = (tasks: readonly PartyTask[]) => tasks.map((task) => directory.party(task.partyId)?.name ?? task.partyId);
  return { kind: scope.kind, parts: names(scope.parts), pending: names(scope.pending) };
}
const NO_OWN_TASK = refused.noOwnTask;
const NO_ART19 = refused.noArt19;

export function caseViewFor(
  actor: PortalActor,
  file: CaseFile,
  context: { today: IsoDate; directory: Directory; designatedHolidays: readonly IsoDate[] },
): CaseView {
  const { record, tasks } = file;
  const coordinator = canCoordinate(actor, record);
  const answerTasks = tasks.filter((task) => task.kind === 'answer');
  const ownTask = answerTasks.find((task) => task.partyId === actor.partyId);
  const art19 = tasks.filter((task) => task.kind === 'art19' && task.status === 'open' && canAnswer(actor, task));
  const { statusToken: _token, requester, coRequester, ...rest } = record;
  const contact = canReadRequesterContact(actor, record);
  const asCoordinator = (reason: string | null): Permission => (coordinator ? fromReason(reason) : deny(NOT_COORDINATOR));
  const view: Omit<CaseView, 'next'> = {
    actor,
    standing: coordinator ? 'coordinator' : actor.role === 'fg' ? 'fg' : 'contact',
    request: {
      ...rest,
      requester: contact
        ? { ...requester }
        : { name: requester.name, role: requester.role, ...(requester.actingFor ? { actingFor: requester.actingFor } : {}) },
      ...(coRequester
        ? {
            coRequester: {
              name: coRequester.name,
              role: coRequester.role,
              confirmedAt: coRequester.confirmedAt,
              ...(contact ? { email: coRequester.email } : {}),
            },
          }
        : {}),
    },
    parties: answerTasks.map((task) => ({
      partyId: task.partyId,
      coordinator: task.coordinator,
      status: task.status,
      ...(canReadAnswerOf(actor, record, task.partyId) ? { answers: task.answers ?? [] } : {}),
    })),
    waitingFor: coordinator ? answerTasks.filter((task) => task.status === 'open').map((task) => task.partyId) : [],
    ...(ownTask
      ? {
          ownAnswer: {
            status: ownTask.status,
            version: ownTask.version,
            answers: ownTask.answers ?? [],
            ...(ownTask.takenBy
              ? {
                  takenBy: {
                    name: context.directory.person(ownTask.takenBy.userId)?.name ?? '',
                    byMe: ownTask.takenBy.userId === actor.userId,
                    at: ownTask.takenBy.at,
                  },
                }
              : {}),
            // "Ik pak dit op" (or take it over): a contact of the party, while the task is open and not theirs already.
            mayTake: ownTask.status === 'open' && canAnswer(actor, ownTask) && ownTask.takenBy?.userId !== actor.userId,
          },
        }
      : {}),
    art19: art19.map((task) => ({ fromPartyId: task.fromPartyId ?? '', changes: task.changes ?? [], changed: task.changed ?? [] })),
    documents: (file.documents ?? [])
      .filter((document) => canSeeDocument(actor, record, document))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
      .map((document) => {
        const { createdBy: _by, version: _version, ...shown } = document;
        return {
          ...shown,
          mayOpen: canOpenDocument(actor, record, document),
          mayInspect: canInspectAsFg(actor, record, document),
          mayUpload: canUploadTo(actor, document) && canAddDocument(actor, record),
        };
      }),
    notes: (file.notes ?? []).filter((note) => canReadNote(actor, record, note)).sort((a, b) => a.at.localeCompare(b.at)),
    noteRecipients: noteRecipients(actor, record),
    identityNeeded: coordinator && releasesData(record),
    byPost: !requester.email,
    audit: canReadAuditTrail(actor, record) ? file.audit : null,
    decisionScope: coordinator ? namedScope(scopeOf(record, tasks, context), context.directory) : null,
    assignChoices: coordinator && record.toAssign ? assignChoicesOf(context.directory, record.regionId) : [],
    related: relatedRequestsFor(actor, record, file.sameChild ?? []),
    can: {
      assign: asCoordinator(whyNot.assign(record)),
      answer: ownTask && canAnswer(actor, ownTask) ? fromReason(whyNot.answer(record, ownTask.partyId)) : deny(NO_OWN_TASK),
      applyArt19: art19.length > 0 ? fromReason(whyNot.applyArt19(art19[0]!)) : deny(NO_ART19),
      extend: asCoordinator(whyNot.extend(record, context.today)),
      ask: asCoordinator(whyNot.ask(record)),
      recordAnswer: asCoordinator(whyNotByPost.recordAnswer(record)),
      recordSentByPost: asCoordinator(whyNotByPost.recordSentByPost(record)),
      decide: asCoordinator(whyNot.decide(record, tasks, context)),
      close: asCoordinator(whyNot.close(record)),
      recordIdentity: asCoordinator(whyNot.recordIdentity(record)),
      addDocument: canAddDocument(actor, record) ? allow : deny(documentRules.closed),
      addNote: noteRecipients(actor, record).length > 0 ? allow : deny(noteTexts.notNow),
    },
  };
  return { ...view, next: nextStepOf(view) };
}
