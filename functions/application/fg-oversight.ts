import { addDays, amsterdamDate, type IsoDate } from '#core/calendar-date';
import {
  computeFigures,
  type DashboardQuery,
  type Figures,
  filterSummaries,
  openByUrgency,
  type RequestSummary,
  sortAndPage,
  summarize,
  toCsv,
} from '#core/fg-oversight';
import type { PortalActor } from '#core/portal-access';
import { getOversightStore } from '#adapters/oversight-store';
import type { Runtime } from '#adapters/runtime';

/**
 * The FG's views of their own party: only requests the party is involved in
 * (GSI4), summarized without personal data. Only the FG role gets here.
 */
export const ALL_TIME: { from: IsoDate; to: IsoDate } = { from: '2000-01-01', to: '9999-12-31' };

async function summaries(runtime: Runtime, actor: PortalActor, period = ALL_TIME): Promise<RequestSummary[]> {
  const records = await getOversightStore(runtime).requestsInvolving(actor.partyId, period, runtime.clock.now());
  return records.filter((record) => record.status !== 'awaiting_confirmation').map(summarize);
}

export const isFg = (actor: PortalActor) => actor.role === 'fg';

export interface Dashboard {
  today: IsoDate;
  groups: ReturnType<typeof openByUrgency>;
  extended: RequestSummary[];
  list: ReturnType<typeof sortAndPage>;
  casusoverlegIds: string[];
}

export async function fgDashboard(runtime: Runtime, actor: PortalActor, query: DashboardQuery): Promise<Dashboard> {
  const today = amsterdamDate(runtime.clock.now());
  const all = await summaries(runtime, actor);
  return {
    today,
    groups: openByUrgency(all, today),
    extended: all.filter((summary) => summary.extended && (summary.status === 'in_progress' || summary.status === 'paused')),
    list: sortAndPage(filterSummaries(all, query), query),
    casusoverlegIds: [...new Set(all.map((summary) => summary.casusoverlegId))].sort(),
  };
}

/** The default period: the twelve months up to today. */
export function defaultPeriod(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: `${addDays(today, -364).slice(0, 7)}-01`, to: today };
}

export async function fgFigures(runtime: Runtime, actor: PortalActor, period: { from: IsoDate; to: IsoDate }): Promise<Figures[]> {
  const today = amsterdamDate(runtime.clock.now());
  return computeFigures(await summaries(runtime, actor, period), period, today);
}

export async function fgExport(runtime: Runtime, actor: PortalActor, period: { from: IsoDate; to: IsoDate }): Promise<string> {
  const today = amsterdamDate(runtime.clock.now());
  const rows = (await summaries(runtime, actor, period)).sort((a, b) =>
    a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.reference < b.reference ? -1 : 1,
  );
  return toCsv(rows, today);
}
