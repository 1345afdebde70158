import { amsterdamDate, type IsoDate } from './calendar-date';
import type { Clarification, Decision, PartyTask, RequestRecord, StatusLinkHolder, Withdrawal } from './request-record';
import { whyNotWithdraw, type WithdrawalProblem } from './withdrawal';
import type { RequestType } from './request-kinds';
import type { RequestStatus } from './request-state';
import { canRequesterSend, copyReleasedBy, type DocumentRecord } from './documents';
import type { DecisionText } from './decision';
import type { InzageDetails } from './party-answer';
import { decisionCovering, decisionKind as kindOf, type DecisionKind, decisionsOf } from './decision-scope';

/**
 * What the requester sees on their status page, decided here: the progress of
 * each party without its answer, the open question, and after the decision
 * its text plus, where inzage was granted, what each party holds. Nothing of
 * the parties' internal work (who answered, motivations, the audit trail).
 */
export interface StatusView {
  reference: string;
  /** Whose service the page is: its header, footer and look (views/site-owner.ts). */
  regionId: string;
  status: RequestStatus;
  /** The version the answer form must carry (optimistic locking). */
  version: number;
  receivedOn: IsoDate;
  deadline: IsoDate;
  extension: RequestRecord['extension'];
  types: RequestType[];
  /** The coordinator's question while the clock stands still. */
  openQuestion: Pick<Clarification, 'question' | 'startedOn'> | null;
  /** Empty until the request is confirmed and routed. */
  parties: Array<{ partyId: string; coordinator: boolean; answered: boolean }>;
  /** Art. 19: who changed data and told which other parties. */
  passedOn: Array<{ fromPartyId: string; toPartyIds: string[] }>;
  /** Whether the requester may still withdraw it, or part of it (core/withdrawal.ts); never on a co-requester's page. */
  withdrawable: boolean;
  /** Why not, when not: too late, or not this link's to withdraw (a co-requester's). */
  withdrawRefusal: WithdrawalProblem | null;
  /** What they withdrew, and when. */
  withdrawals: Withdrawal[];
  /** The requester is a gemachtigde whose machtiging the coordinator has not yet checked: the page asks for it. */
  machtigingAsked: boolean;
  /** The decisions sent, in order: the whole one, or a partial one and then the supplementary one (core/decision-scope.ts). */
  decisions: StatusDecision[];
}

/** `decidedOn`: the Amsterdam date it was sent, which starts the bezwaar and court terms (Awb 6:8). */
export type StatusDecision = Pick<Decision, 'decidedAt'> &
  Pick<DecisionText, 'paragraphs' | 'parts' | 'rights'> & { kind: DecisionKind; decidedOn: IsoDate; inzage: InzagePart[] };

/**
 * One organisation's released answer, in the layers the page shows (EDPB
 * 01/2022): the summary, then the art. 15 details with the copy as text.
 */
export interface InzagePart {
  partyId: string;
  categories: string[];
  summary: string;
  /** Absent on answers stored before the details were asked. */
  details?: InzageDetails;
}

/** `holder`: whose link opened the page (the requester's, or a co-requester's: request-record.ts). */
export function statusViewFor(record: RequestRecord, tasks: readonly PartyTask[], holder: StatusLinkHolder['role'] = 'requester'): StatusView {
  const open = record.status === 'paused' ? record.pauses[record.pauses.length - 1] : undefined;
  const art19 = tasks.filter((task) => task.kind === 'art19');
  const from = [...new Set(art19.map((task) => task.fromPartyId ?? ''))];
  const withdrawRefusal = whyNotWithdraw(record, holder);
  return {
    reference: record.reference,
    regionId: record.regionId,
    status: record.status,
    version: record.version,
    receivedOn: record.receivedOn,
    deadline: record.deadline,
    extension: record.extension,
    types: record.types,
    openQuestion: open ? { question: open.question, startedOn: open.startedOn } : null,
    parties:
      // Before routing nobody works on it; after a withdrawal nobody does any more.
      record.status === 'awaiting_confirmation' || record.status === 'withdrawn'
        ? []
        : record.partyIds.map((partyId) => ({
            partyId,
            coordinator: partyId === record.coordinatorPartyId,
            answered: tasks.some((task) => task.kind === 'answer' && task.partyId === partyId && task.status === 'answered'),
          })),
    withdrawable: withdrawRefusal === null,
    withdrawRefusal,
    withdrawals: record.withdrawals ?? [],
    machtigingAsked: record.requester.role === 'gemachtigde' && !record.identityCheck && canRequesterSend(record),
    passedOn: from.map((fromPartyId) => ({ fromPartyId, toPartyIds: art19.filter((task) => task.fromPartyId === fromPartyId).map((task) => task.partyId) })),
    decisions: decisionsOf(record).map((decision, n) => ({
      kind: kindOf(decision, n),
      decidedAt: decision.decidedAt,
      decidedOn: amsterdamDate(new Date(decision.decidedAt)),
      paragraphs: decision.text.paragraphs,
      ...(decision.text.parts ? { parts: decision.text.parts } : {}),
      ...(decision.text.rights ? { rights: decision.text.rights } : {}),
      // Only the parts this decision covered and released: the same rule that releases a party's files.
      inzage: tasks
        .filter((task) => task.kind === 'answer' && decisionCovering(record, task.partyId) === decision && copyReleasedBy(decision, task.partyId))
        .flatMap((task) =>
          (task.answers ?? [])
            .filter((answer) => answer.type === 'inzage' && answer.outcome === 'verstrekt')
            .map((answer) => ({
              partyId: task.partyId,
              categories: answer.categories,
              summary: answer.summary,
              ...(answer.details ? { details: answer.details } : {}),
            })),
        ),
    })),
  };
}

/**
 * The status page's sections per organisation: each whose answer or files
 * were released (statusViewFor, statusFilesFor), with its part and its
 * files. An organisation with files but no answer text still gets one: a
 * decision sent before the details were recorded.
 */
export function releasedSections(
  parts: readonly InzagePart[],
  released: readonly DocumentRecord[],
): Array<{ partyId: string; part: InzagePart | undefined; files: DocumentRecord[] }> {
  const ownerOf = (document: DocumentRecord) => (document.owner.kind === 'party' ? document.owner.partyId : null);
  const partyIds = [...new Set([...parts.map((part) => part.partyId), ...released.flatMap((document) => ownerOf(document) ?? [])])];
  return partyIds.map((partyId) => ({
    partyId,
    part: parts.find((candidate) => candidate.partyId === partyId),
    files: released.filter((document) => ownerOf(document) === partyId),
  }));
}
