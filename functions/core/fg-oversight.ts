import { amsterdamDate, addDays, daysBetween, type IsoDate } from './calendar-date';
import type { DecisionOutcome } from './decision';
import type { RequestRecord } from './request-record';
import { decisionCovering, decisionsOf } from './decision-scope';
import { REQUEST_TYPES, type RequestType } from './request-kinds';
import { type RequestStatus, STAFF_STATUS_LABEL } from './request-state';
import type { Directory } from './directory';
import { REQUEST_TYPE_TEXT } from './request-types';

/**
 * What an FG (functionaris gegevensbescherming) oversees for their own party
 * (covenant art. 15): every request involving the party, its deadline and
 * outcome, and the figures for the annual report. Summaries carry no names,
 * no date of birth and no free text, so they can be listed and exported.
 */
export interface RequestSummary {
  reference: string;
  status: RequestStatus;
  receivedOn: IsoDate;
  deadline: IsoDate;
  extended: boolean;
  types: RequestType[];
  regionId: string;
  casusoverlegId: string;
  partyIds: string[];
  coordinatorPartyId: string;
  channel: string;
  decidedOn: IsoDate | null;
  outcomes: Array<{ type: RequestType; outcome: DecisionOutcome }>;
  closedOn: IsoDate | null;
  /** While paused: the day the clock stopped. */
  pausedSince: IsoDate | null;
  /** Whether the decision released the FG's own party's copy to the requester. */
  copyReleased: boolean;
  /** How often the requester downloaded the FG's own party's files. */
  downloads: number;
}

/** A request as the FG of `own.partyId` oversees it: the copy and downloads are that party's own. */
export function summarize(record: RequestRecord, own: { partyId: string; downloads: number }): RequestSummary {
  // Each party is a controller of its own: its FG's figures follow the decision on its own part (a partial one, or the supplementary one).
  const decision =
    decisionCovering(record, own.partyId) ?? (record.status === 'decided' || record.status === 'closed' ? decisionsOf(record).at(-1) : undefined);
  return {
    reference: record.reference,
    status: record.status,
    receivedOn: record.receivedOn,
    deadline: record.deadline,
    extended: record.extended,
    types: record.types,
    regionId: record.regionId,
    casusoverlegId: record.casusoverlegId,
    partyIds: record.partyIds,
    coordinatorPartyId: record.coordinatorPartyId,
    channel: record.channel,
    decidedOn: decision ? amsterdamDate(new Date(decision.decidedAt)) : null,
    outcomes: decision?.decisions.map((typeDecision) => ({ type: typeDecision.type, outcome: typeDecision.outcome })) ?? [],
    closedOn: record.closedAt ? amsterdamDate(new Date(record.closedAt)) : null,
    pausedSince: record.status === 'paused' ? (record.pauses.at(-1)?.startedOn ?? null) : null,
    // A decision sent before releases were recorded counts as none: the figure never claims a release it cannot show.
    copyReleased: decisionsOf(record).some((sent) => sent.releasedPartyIds?.includes(own.partyId)),
    downloads: own.downloads,
  };
}

/** The day the request's clock reads: today, or the day it stopped while paused. */
function clockDay(summary: RequestSummary, today: IsoDate): IsoDate {
  return summary.pausedSince && summary.pausedSince < today ? summary.pausedSince : today;
}

export const isOpen = (summary: Pick<RequestSummary, 'status'>) => summary.status === 'in_progress' || summary.status === 'paused';

/** On time: decided on or before the deadline (after extension and pauses). */
export function timeliness(summary: RequestSummary, today: IsoDate): 'op tijd' | 'te laat' | 'loopt' {
  if (summary.decidedOn) return summary.decidedOn <= summary.deadline ? 'op tijd' : 'te laat';
  // A paused clock does not run out: the deadline moves when the requester answers.
  return clockDay(summary, today) > summary.deadline ? 'te laat' : 'loopt';
}

export type Urgency = 'te laat' | 'deze week' | 'later';

/** Open requests by days left: overdue, due within seven days (today included), later. */
export function urgency(summary: RequestSummary, today: IsoDate): Urgency {
  const day = clockDay(summary, today);
  if (summary.deadline < day) return 'te laat';
  if (summary.deadline <= addDays(day, 6)) return 'deze week';
  return 'later';
}

// ---------------------------------------------------------------- dashboard

export const SORT_KEYS = ['deadline', 'receivedOn', 'reference', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface DashboardQuery {
  status?: RequestStatus;
  type?: RequestType;
  casusoverlegId?: string;
  from?: IsoDate;
  to?: IsoDate;
  extendedOnly?: boolean;
  sort: SortKey;
  descending: boolean;
  page: number;
}

export const PAGE_SIZE = 25;

export function filterSummaries(summaries: readonly RequestSummary[], query: Omit<DashboardQuery, 'sort' | 'descending' | 'page'>): RequestSummary[] {
  return summaries.filter(
    (summary) =>
      (!query.status || summary.status === query.status) &&
      (!query.type || summary.types.includes(query.type)) &&
      (!query.casusoverlegId || summary.casusoverlegId === query.casusoverlegId) &&
      (!query.from || summary.receivedOn >= query.from) &&
      (!query.to || summary.receivedOn <= query.to) &&
      (!query.extendedOnly || summary.extended),
  );
}

export function sortAndPage(summaries: readonly RequestSummary[], query: Pick<DashboardQuery, 'sort' | 'descending' | 'page'>) {
  const sorted = [...summaries].sort((a, b) => {
    const order = a[query.sort] < b[query.sort] ? -1 : a[query.sort] > b[query.sort] ? 1 : a.reference < b.reference ? -1 : 1;
    return query.descending ? -order : order;
  });
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page), pages);
  return { rows: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pages, total: sorted.length };
}

/** The three groups at the top of the dashboard, most urgent first within each. */
export function openByUrgency(summaries: readonly RequestSummary[], today: IsoDate): Record<Urgency, RequestSummary[]> {
  const groups: Record<Urgency, RequestSummary[]> = { 'te laat': [], 'deze week': [], later: [] };
  for (const summary of summaries.filter(isOpen).sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))) {
    groups[urgency(summary, today)].push(summary);
  }
  return groups;
}

// ---------------------------------------------------------------- figures

export interface Figures {
  /** "YYYY-MM" of receipt, or "totaal". */
  month: string;
  /** A request type, or "alle" (each request once). */
  type: RequestType | 'alle';
  received: number;
  decided: number;
  /** Decided on or before the deadline. */
  onTime: number;
  /** Past the deadline: decided after it, or still open after it (lateDecided + openLate). */
  late: number;
  lateDecided: number;
  openLate: number;
  /** Still open and within the deadline: not yet on time or late. */
  openRunning: number;
  /** On time as a whole percentage of the requests whose timeliness is known (on time or late); null when none is. */
  onTimeShare: number | null;
  extended: number;
  /** Refused wholly or partly (afgewezen or deels toegewezen). */
  refused: number;
  medianDays: number | null;
  p90Days: number | null;
  /** Requests whose decision released the party's copy to the requester. */
  copiesReleased: number;
  /** The requester's downloads of the party's files. */
  downloads: number;
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function figuresOf(month: string, type: Figures['type'], summaries: readonly RequestSummary[], today: IsoDate): Figures {
  const decided = summaries.filter((summary) => summary.decidedOn);
  const days = decided.map((summary) => daysBetween(summary.receivedOn, summary.decidedOn!));
  const onTime = summaries.filter((summary) => timeliness(summary, today) === 'op tijd').length;
  const lateDecided = decided.filter((summary) => timeliness(summary, today) === 'te laat').length;
  const openLate = summaries.filter((summary) => !summary.decidedOn && timeliness(summary, today) === 'te laat').length;
  const refusedOutcome = (summary: RequestSummary) =>
    summary.outcomes.some((outcome) => (type === 'alle' || outcome.type === type) && outcome.outcome !== 'toegewezen');
  return {
    month,
    type,
    received: summaries.length,
    decided: decided.length,
    onTime,
    late: lateDecided + openLate,
    lateDecided,
    openLate,
    openRunning: summaries.filter((summary) => timeliness(summary, today) === 'loopt').length,
    onTimeShare: onTime + lateDecided + openLate > 0 ? Math.round((100 * onTime) / (onTime + lateDecided + openLate)) : null,
    extended: summaries.filter((summary) => summary.extended).length,
    refused: summaries.filter(refusedOutcome).length,
    medianDays: percentile(days, 50),
    p90Days: percentile(days, 90),
    copiesReleased: summaries.filter((summary) => summary.copyReleased).length,
    downloads: summaries.reduce((sum, summary) => sum + summary.downloads, 0),
  };
}

/** Per month of receipt and per request type within [from, to], plus totals. */
export function computeFigures(summaries: readonly RequestSummary[], period: { from: IsoDate; to: IsoDate }, today: IsoDate): Figures[] {
  const inPeriod = summaries.filter((summary) => summary.receivedOn >= period.from && summary.receivedOn <= period.to);
  const months = monthsBetween(period.from, period.to);
  const rows: Figures[] = [];
  for (const month of [...months, 'totaal']) {
    const ofMonth = month === 'totaal' ? inPeriod : inPeriod.filter((summary) => summary.receivedOn.startsWith(month));
    rows.push(figuresOf(month, 'alle', ofMonth, today));
    for (const type of REQUEST_TYPES) {
      rows.push(
        figuresOf(
          month,
          type,
          ofMonth.filter((summary) => summary.types.includes(type)),
          today,
        ),
      );
    }
  }
  return rows;
}

export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) break;
    months.push(current);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

// ---------------------------------------------------------------- export

export const CSV_COLUMNS = [
  'kenmerk',
  'ontvangen',
  'uiterste_datum',
  'verlengd',
  'status',
  'besloten',
  'op_tijd',
  'soorten',
  'casusoverleg',
  'partijen',
  'aanspreekpunt',
  'uitkomsten',
  'kanaal',
  'kopie_vrijgegeven',
  'downloads',
] as const;

/**
 * The separator Dutch spreadsheet programs expect (Excel and LibreOffice in a
 * Dutch locale read `;`, since the comma is the decimal sign); lists inside a
 * cell are joined with ", ".
 */
export const CSV_SEPARATOR = ';';

/** RFC 4180 quoting, and no cell that a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The export as the FG reads it: names of organisations and overleggen, the rights and outcomes in words. */
export function toCsv(summaries: readonly RequestSummary[], today: IsoDate, directory: Directory): string {
  const lines = [CSV_COLUMNS.join(CSV_SEPARATOR)];
  const partyName = (id: string) => directory.party(id)?.name ?? id;
  const list = (values: readonly string[]) => values.join(', ');
  for (const summary of summaries) {
    const cells = [
      summary.reference,
      summary.receivedOn,
      summary.deadline,
      summary.extended ? 'ja' : 'nee',
      STAFF_STATUS_LABEL[summary.status],
      summary.decidedOn ?? '',
      timeliness(summary, today),
      list(summary.types.map((type) => REQUEST_TYPE_TEXT[type].label)),
      directory.casusoverleg(summary.regionId, summary.casusoverlegId)?.name ?? summary.casusoverlegId,
      list(summary.partyIds.map(partyName)),
      partyName(summary.coordinatorPartyId),
      list(summary.outcomes.map((outcome) => `${REQUEST_TYPE_TEXT[outcome.type].label}: ${outcome.outcome}`)),
      summary.channel,
      summary.copyReleased ? 'ja' : 'nee',
      String(summary.downloads),
    ];
    lines.push(cells.map(csvCell).join(CSV_SEPARATOR));
  }
  // CRLF as RFC 4180 says; spreadsheet programs read it everywhere.
  return `${lines.join('\r\n')}\r\n`;
}

/** The FG's dashboard: open requests by urgency, the extended ones, and the filtered list. */
export interface Dashboard {
  today: IsoDate;
  groups: ReturnType<typeof openByUrgency>;
  extended: RequestSummary[];
  list: ReturnType<typeof sortAndPage>;
  casusoverlegIds: string[];
}

/** The default period: the twelve months up to today. */
export function defaultPeriod(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: `${addDays(today, -364).slice(0, 7)}-01`, to: today };
}

/** Which filter dates were typed but are no dates: each becomes an error at its field, never a silent replacement. */
export function invalidFilterDates(params: Record<string, string | undefined>, isDate: (value: string) => boolean): Array<'van' | 'tot'> {
  return (['van', 'tot'] as const).filter((name) => {
    const value = params[name];
    return value !== undefined && value !== '' && !isDate(value);
  });
}
