import { intakeTexts, statusTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { requesterLinks } from './requester-links';
import { amsterdamDate } from '#core/calendar-date';
import { type PartyTask, type RequestRecord, type StatusLinkHolder, statusLinkHolder } from '#core/request-record';
import { answerClarification } from '#core/request-lifecycle';
import { type StatusView, statusViewFor } from '#core/status-view';
import type { StatusFilesView } from '#core/documents';
import { filesOf } from './released-documents';
import { readWithdrawal, withdraw, type WithdrawalProblem } from '#core/withdrawal';
import type { CaseReader, CaseWriter, Clock, Configuration, Secrets, SiteLinks } from './ports';

export interface StatusDeps {
  cases: Pick<CaseReader, 'findReferenceByToken' | 'getRequest' | 'getTasks'> & CaseWriter;
  clock: Clock;
  config: Configuration;
  links: SiteLinks;
  secrets: Pick<Secrets, 'hashSecret'>;
}

/** The request a status link belongs to; null for an unknown token or an expired request. */
async function loadByStatusToken(
  deps: StatusDeps,
  token: string,
): Promise<{ record: RequestRecord; tasks: PartyTask[]; holder: StatusLinkHolder['role'] } | null> {
  const now = deps.clock.now();
  const reference = await deps.cases.findReferenceByToken(deps.secrets.hashSecret(token), 'status', now);
  const record = reference ? await deps.cases.getRequest(reference, now) : null;
  const holder = record && statusLinkHolder(record, token);
  if (!record || !holder) return null;
  return { record, holder: holder.role, tasks: record.status === 'awaiting_confirmation' ? [] : await deps.cases.getTasks(record.reference) };
}

/**
 * The whole status page: the request through the link once, then its files
 * and this browser's download session (core decides what each shows).
 */
export async function loadStatusPage(
  deps: StatusDeps & Parameters<typeof filesOf>[0],
  token: string,
  session: string | undefined,
): Promise<{ view: StatusView; files: StatusFilesView } | null> {
  const found = await loadByStatusToken(deps, token);
  return found && { view: statusViewFor(found.record, found.tasks, found.holder), files: await filesOf(deps, found.record, session) };
}

/** What the status link shows (core/status-view.ts decides what that is). */
export async function loadStatus(deps: StatusDeps, token: string): Promise<StatusView | null> {
  const found = await loadByStatusToken(deps, token);
  return found && statusViewFor(found.record, found.tasks, found.holder);
}

/** The choice step of withdrawing: the types ticked as core reads them (core/withdrawal.ts); nothing is written. */
export async function chooseWithdrawal(deps: StatusDeps, token: string, types: readonly string[]) {
  const found = await loadByStatusToken(deps, token);
  return found && { view: statusViewFor(found.record, found.tasks, found.holder), chosen: readWithdrawal(found.record, types, found.holder) };
}

export type WithdrawOutcome =
  { kind: 'done'; whole: boolean } | { kind: 'unknown' } | { kind: 'refused'; problem: WithdrawalProblem; view: StatusView } | { kind: 'conflict' };

/** The requester withdraws the request or the types they ticked (core/withdrawal.ts), as the request stood when they read it. */
export async function withdrawRequest(deps: StatusDeps, token: string, input: { types: readonly string[]; readVersion: number }): Promise<WithdrawOutcome> {
  const found = await loadByStatusToken(deps, token);
  if (!found) return { kind: 'unknown' };
  const view = statusViewFor(found.record, found.tasks, found.holder);
  const chosen = readWithdrawal(found.record, input.types, found.holder);
  if (!chosen.ok) return { kind: 'refused', problem: chosen.problem, view };
  // A request changed since the page was read (a decision, a question) is a conflict: the requester sees the new state first.
  if (found.record.version !== input.readVersion) return { kind: 'conflict' };
  const now = deps.clock.now();
  const change = withdraw(found.record, found.tasks, chosen, {
    now,
    today: amsterdamDate(now),
    directory: deps.config.directory,
    links: requesterLinks(deps.links, found.record),
    retentionDays: deps.config.retentionDays,
  });
  if ((await deps.cases.saveChange(change, now)) === 'conflict') return { kind: 'conflict' };
  return { kind: 'done', whole: chosen.whole };
}

export type AnswerOutcome = { kind: 'done' } | { kind: 'unknown' } | { kind: 'refused'; message: string } | { kind: 'conflict' };

/** The requester answers the coordinator's question: the clock runs again. */
export async function answerQuestion(
  deps: StatusDeps,
  token: string,
  answer: string,
  readVersion: number,
  language: Language = DEFAULT_LANGUAGE,
): Promise<AnswerOutcome> {
  const found = await loadByStatusToken(deps, token);
  if (!found) return { kind: 'unknown' };
  const now = deps.clock.now();
  const outcome = answerClarification(
    { ...found.record, version: readVersion },
    found.tasks,
    { answer },
    {
      now,
      today: amsterdamDate(now),
      directory: deps.config.directory,
      links: requesterLinks(deps.links, found.record),
      designatedHolidays: deps.config.designatedHolidays,
    },
    { ...statusTexts(language).answerRules, text: intakeTexts(language).text },
  );
  if (!outcome.ok) return { kind: 'refused', message: outcome.message };
  if ((await deps.cases.saveChange(outcome.change, now)) === 'conflict') return { kind: 'conflict' };
  return { kind: 'done' };
}
