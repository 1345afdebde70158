import { amsterdamDate, type IsoDate } from '#core/calendar-date';
import {
  computeFigures,
  type Dashboard,
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
import type { Directory } from '#core/directory';
import type { Clock, OversightRepository } from './ports';

export interface OversightDeps {
  oversight: OversightRepository;
  clock: Clock;
  config: { directory: Directory };
}

/**
 * The FG's views of their own party: only requests the party is involved in
 * (GSI4), summarized without personal data. Only the FG role gets here.
 */
export const ALL_TIME: { from: IsoDate; to: IsoDate } = { from: '2000-01-01', to: '9999-12-31' };

async function summaries(deps: OversightDeps, actor: PortalActor, period = ALL_TIME): Promise<RequestSummary[]> {
  const records = (await deps.oversight.requestsInvolving(actor.partyId, period, deps.clock.now())).filter(
    (record) => record.status !== 'awaiting_confirmation',
  );
  const downloads = await deps.oversight.downloadsOf(
    actor.partyId,
    records.filter((record) => record.decision).map((record) => record.reference),
  );
  return records.map((record) => summarize(record, { partyId: actor.partyId, downloads: downloads.get(record.reference) ?? 0 }));
}

export async function fgDashboard(deps: OversightDeps, actor: PortalActor, query: DashboardQuery): Promise<Dashboard> {
  const today = amsterdamDate(deps.clock.now());
  const all = await summaries(deps, actor);
  return {
    today,
    groups: openByUrgency(all, today),
    extended: all.filter((summary) => summary.extended && (summary.status === 'in_progress' || summary.status === 'paused')),
    list: sortAndPage(filterSummaries(all, query), query),
    casusoverlegIds: [...new Set(all.map((summary) => summary.casusoverlegId))].sort(),
  };
}

export async function fgFigures(deps: OversightDeps, actor: PortalActor, period: { from: IsoDate; to: IsoDate }): Promise<Figures[]> {
  const today = amsterdamDate(deps.clock.now());
  return computeFigures(await summaries(deps, actor, period), period, today);
}

export async function fgExport(deps: OversightDeps, actor: PortalActor, period: { from: IsoDate; to: IsoDate }): Promise<string> {
  const today = amsterdamDate(deps.clock.now());
  const rows = (await summaries(deps, actor, period)).sort((a, b) =>
    a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.reference < b.reference ? -1 : 1,
  );
  return toCsv(rows, today, deps.config.directory);
}
