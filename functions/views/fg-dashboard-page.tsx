import { formatDutchDate, type IsoDate } from '#core/calendar-date';
import { type Dashboard, type DashboardQuery, defaultPeriod, type RequestSummary, type SortKey, timeliness } from '#core/fg-oversight';
import type { Directory } from '#core/directory';
import { REQUEST_TYPES } from '#core/request-kinds';
import { DateField, exportHref, FG_STATUS_LABEL, FG_STATUSES, overlegName, shortDutchDate, summaryOverleg, typeLabel, typesText } from './fg-common';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { daysLeftText } from './portal-text';
import { renderPage } from './render';
import { pathTo } from '#routes';

/**
 * /portaal/fg: every request the FG's party is involved in. Open requests by
 * days left (overdue, due this week, later) and the extended ones first; then
 * the whole list with filters (a GET form, no script), sortable columns and
 * pages. Every link keeps the query, so paging and sorting keep the filters.
 */
export function renderFgDashboard(props: { chrome: PortalChrome; directory: Directory; query: DashboardQuery; dashboard: Dashboard }): string {
  const { dashboard, query, directory } = props;
  const { today, groups, list } = dashboard;
  const exportPeriod = periodForExport(query, today);
  const counts: Array<[string, string, number]> = [
    ['te-laat', 'Te laat', groups['te laat'].length],
    ['deze-week', 'Deze week', groups['deze week'].length],
    ['later', 'Later', groups.later.length],
    ['verlengd', 'Verlengd', dashboard.extended.length],
  ];
  return renderPage(
    <PortalLayout title="Overzicht FG" chrome={props.chrome}>
      <div class="fg-wide">
        <h1>Overzicht voor de functionaris gegevensbescherming</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">
          Alle privacyverzoeken waarbij {props.chrome.partyName} betrokken is, open en afgehandeld. Vandaag is het {formatDutchDate(today)}.
        </p>
        <p class="fg-links">
          <a href={pathTo('fgFigures')}>Cijfers per maand en per soort verzoek</a>
        </p>

        <h2 id="open-verzoeken">Open verzoeken</h2>
        <ul class="fg-counts">
          {counts.map(([id, label, count]) => (
            <li>
              <a href={`#${id}`}>
                <span class="fg-counts__number">{count}</span> <span class="fg-counts__label">{label}</span>
              </a>
            </li>
          ))}
        </ul>
        <UrgencySection
          id="te-laat"
          title="Te laat"
          intro="De uiterste datum is voorbij en er is nog geen besluit."
          rows={groups['te laat']}
          today={today}
          directory={directory}
        />
        <UrgencySection
          id="deze-week"
          title="Deze week"
          intro="De uiterste datum valt vandaag of in de komende zes dagen."
          rows={groups['deze week']}
          today={today}
          directory={directory}
        />
        <UrgencySection
          id="later"
          title="Later"
          intro="De uiterste datum valt over een week of later."
          rows={groups.later}
          today={today}
          directory={directory}
        />
        <UrgencySection
          id="verlengd"
          title="Verlengd"
          intro="Open verzoeken waarvan de termijn is verlengd (art. 12 lid 3 AVG). De uiterste datum is die na de verlenging."
          rows={dashboard.extended}
          today={today}
          directory={directory}
        />

        <h2 id="alle-verzoeken">Alle verzoeken</h2>
        <FilterForm query={query} casusoverlegIds={dashboard.casusoverlegIds} directory={directory} />
        <p class="fg-result" id="resultaat">
          {list.total === 0 ? 'Geen verzoeken gevonden met deze filters.' : `${list.total} ${list.total === 1 ? 'verzoek' : 'verzoeken'} gevonden.`}
          {filtersText(query, directory)}
        </p>
        {list.total > 0 && <RequestTable rows={list.rows} query={query} today={today} directory={directory} />}
        {list.pages > 1 && <Pagination query={query} page={list.page} pages={list.pages} />}
        <p class="fg-links">
          <a href={exportHref(exportPeriod)}>
            Download de verzoeken ontvangen van {shortDutchDate(exportPeriod.from)} tot en met {shortDutchDate(exportPeriod.to)} (CSV)
          </a>
        </p>
        <p class="utrecht-form-field-description">
          De download bevat alle verzoeken uit die periode, zonder de andere filters: kenmerk, datums, soorten, overleg, organisaties, uitkomsten en of er op
          tijd is besloten. Namen, geboortedatums en vrije tekst staan er niet in.
        </p>
      </div>
    </PortalLayout>,
  );
}

/** The export for the dashboard's period filter; without one, the same twelve months as the figures page. */
export function periodForExport(query: Pick<DashboardQuery, 'from' | 'to'>, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const fallback = defaultPeriod(today);
  const from = query.from ?? fallback.from;
  const to = query.to ?? fallback.to;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The dashboard's URL for a query; defaults are left out so links stay short. */
export function dashboardHref(query: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status) params.set('status', next.status);
  if (next.type) params.set('soort', next.type);
  if (next.casusoverlegId) params.set('overleg', next.casusoverlegId);
  if (next.from) params.set('van', next.from);
  if (next.to) params.set('tot', next.to);
  if (next.extendedOnly) params.set('verlengd', 'ja');
  if (next.sort !== 'deadline') params.set('sorteer', next.sort);
  if (next.descending) params.set('richting', 'af');
  if (next.page > 1) params.set('pagina', String(next.page));
  return pathTo('fgDashboard', {}, Object.fromEntries(params));
}

function filtersText(query: DashboardQuery, directory: Directory): string {
  const parts = [
    query.status ? `status ${FG_STATUS_LABEL[query.status].toLowerCase()}` : '',
    query.type ? `soort ${typeLabel(query.type).toLowerCase()}` : '',
    query.casusoverlegId ? `overleg ${overlegName(directory, query.casusoverlegId)}` : '',
    query.from ? `ontvangen vanaf ${shortDutchDate(query.from)}` : '',
    query.to ? `ontvangen tot en met ${shortDutchDate(query.to)}` : '',
    query.extendedOnly ? 'alleen verlengde' : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` Filters: ${parts.join(', ')}.` : '';
}

function UrgencySection(props: { id: string; title: string; intro: string; rows: RequestSummary[]; today: IsoDate; directory: Directory }) {
  const headingId = `${props.id}-titel`;
  return (
    <section class="fg-group" id={props.id} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {props.title} <span class="fg-group__count">({props.rows.length})</span>
      </h3>
      <p class="utrecht-form-field-description">{props.intro}</p>
      {props.rows.length === 0 ? (
        <p>Geen verzoeken.</p>
      ) : (
        <div class="fg-scroll">
          <table class="utrecht-table utrecht-table--html-table fg-table">
            <caption class="avg-visually-hidden">
              {props.title}: {props.rows.length} {props.rows.length === 1 ? 'verzoek' : 'verzoeken'}, de vroegste uiterste datum eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Kenmerk</th>
                <th scope="col">Overleg</th>
                <th scope="col">Soorten</th>
                <th scope="col">Ontvangen</th>
                <th scope="col">Uiterste datum</th>
                <th scope="col">Tijd</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((summary) => (
                <tr>
                  <td>
                    <a href={pathTo('casePage', { reference: summary.reference })}>{summary.reference}</a>
                  </td>
                  <td>{summaryOverleg(props.directory, summary)}</td>
                  <td>{typesText(summary.types)}</td>
                  <td class="fg-nowrap">{shortDutchDate(summary.receivedOn)}</td>
                  <td>{formatDutchDate(summary.deadline)}</td>
                  <td>
                    <TimeLeft summary={summary} today={props.today} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Days left or late; a paused request's clock stands still, so it says that instead. */
function TimeLeft(props: { summary: RequestSummary; today: IsoDate }) {
  if (props.summary.status === 'paused') return <span class="utrecht-badge-status">termijn staat stil</span>;
  const left = daysLeftText(props.summary.deadline, props.today);
  return (
    <span class={left.late ? 'utrecht-badge-status utrecht-badge-status--danger' : 'utrecht-badge-status utrecht-badge-status--neutral'}>{left.text}</span>
  );
}

function FilterForm(props: { query: DashboardQuery; casusoverlegIds: string[]; directory: Directory }) {
  const { query } = props;
  return (
    <form method="get" action={pathTo('fgDashboard')} class="fg-filter" aria-labelledby="filter-titel">
      <h3 id="filter-titel">Filteren</h3>
      <div class="fg-filter__fields">
        <div class="form-group fg-field">
          <label class="utrecht-form-label" for="filter-status">
            Status
          </label>
          <select class="utrecht-select utrecht-select--html-select" id="filter-status" name="status">
            <option value="" selected={!query.status}>
              Alle statussen
            </option>
            {FG_STATUSES.map((status) => (
              <option value={status} selected={query.status === status}>
                {FG_STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group fg-field">
          <label class="utrecht-form-label" for="filter-soort">
            Soort verzoek
          </label>
          <select class="utrecht-select utrecht-select--html-select" id="filter-soort" name="soort">
            <option value="" selected={!query.type}>
              Alle soorten
            </option>
            {REQUEST_TYPES.map((type) => (
              <option value={type} selected={query.type === type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group fg-field">
          <label class="utrecht-form-label" for="filter-overleg">
            Casusoverleg
          </label>
          <select class="utrecht-select utrecht-select--html-select" id="filter-overleg" name="overleg">
            <option value="" selected={!query.casusoverlegId}>
              Alle overleggen
            </option>
            {props.casusoverlegIds.map((id) => (
              <option value={id} selected={query.casusoverlegId === id}>
                {overlegName(props.directory, id)}
              </option>
            ))}
          </select>
        </div>
        <DateField id="filter-van" name="van" label="Ontvangen vanaf" value={query.from} hint="Datum als jjjj-mm-dd, bijvoorbeeld 2026-01-01." />
        <DateField id="filter-tot" name="tot" label="Ontvangen tot en met" value={query.to} hint="Datum als jjjj-mm-dd, bijvoorbeeld 2026-12-31." />
      </div>
      <div class="avg-choice">
        <input class="choice__input" type="checkbox" id="filter-verlengd" name="verlengd" value="ja" checked={Boolean(query.extendedOnly)} />
        <label class="utrecht-form-label" for="filter-verlengd">
          Alleen verzoeken met een verlengde termijn
        </label>
      </div>
      {/* The sort order stays when filtering; the page starts again at 1. */}
      {query.sort !== 'deadline' && <input type="hidden" name="sorteer" value={query.sort} />}
      {query.descending && <input type="hidden" name="richting" value="af" />}
      <p class="fg-filter__actions">
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          Filter toepassen
        </button>{' '}
        <a href={`${pathTo('fgDashboard')}#alle-verzoeken`}>Alle filters wissen</a>
      </p>
    </form>
  );
}

const COLUMNS: Array<{ label: string; sort?: SortKey }> = [
  { label: 'Kenmerk', sort: 'reference' },
  { label: 'Status', sort: 'status' },
  { label: 'Overleg' },
  { label: 'Soorten' },
  { label: 'Ontvangen', sort: 'receivedOn' },
  { label: 'Uiterste datum', sort: 'deadline' },
  { label: 'Besloten' },
  { label: 'Op tijd' },
];

const SORT_NAME: Record<SortKey, string> = { reference: 'kenmerk', status: 'status', receivedOn: 'datum van ontvangst', deadline: 'uiterste datum' };

function RequestTable(props: { rows: RequestSummary[]; query: DashboardQuery; today: IsoDate; directory: Directory }) {
  const { query } = props;
  return (
    <div class="fg-scroll">
      <table class="utrecht-table utrecht-table--html-table fg-table" id="verzoeken">
        <caption class="fg-caption">
          Verzoeken, gesorteerd op {SORT_NAME[query.sort]} ({query.descending ? 'aflopend' : 'oplopend'}). Klik op een kolomkop om anders te sorteren.
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              if (!column.sort) return <th scope="col">{column.label}</th>;
              const sorted = query.sort === column.sort;
              const nextDescending = sorted ? !query.descending : false;
              return (
                <th scope="col" aria-sort={sorted ? (query.descending ? 'descending' : 'ascending') : undefined}>
                  <a class="fg-sort" href={`${dashboardHref(query, { sort: column.sort, descending: nextDescending, page: 1 })}#verzoeken`}>
                    {column.label}
                    <span class="avg-visually-hidden"> (sorteer {nextDescending ? 'aflopend' : 'oplopend'})</span>
                    {sorted && (
                      <span class="fg-sort__arrow" aria-hidden="true">
                        {query.descending ? ' ▼' : ' ▲'}
                      </span>
                    )}
                  </a>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((summary) => {
            const onTime = timeliness(summary, props.today);
            return (
              <tr>
                <td>
                  <a href={pathTo('casePage', { reference: summary.reference })}>{summary.reference}</a>
                </td>
                <td>
                  {FG_STATUS_LABEL[summary.status]}
                  {summary.extended ? <span class="fg-note"> (verlengd)</span> : null}
                </td>
                <td>{summaryOverleg(props.directory, summary)}</td>
                <td>{typesText(summary.types)}</td>
                <td class="fg-nowrap">{shortDutchDate(summary.receivedOn)}</td>
                <td class="fg-nowrap">{shortDutchDate(summary.deadline)}</td>
                <td class="fg-nowrap">{summary.decidedOn ? shortDutchDate(summary.decidedOn) : 'nog niet'}</td>
                <td>
                  <span
                    class={
                      onTime === 'te laat'
                        ? 'utrecht-badge-status utrecht-badge-status--danger'
                        : onTime === 'op tijd'
                          ? 'utrecht-badge-status utrecht-badge-status--success'
                          : 'utrecht-badge-status utrecht-badge-status--neutral'
                    }
                  >
                    {onTime}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Pagination(props: { query: DashboardQuery; page: number; pages: number }) {
  const { query, page, pages } = props;
  return (
    <nav class="fg-pagination" aria-label="Paginering">
      <ul>
        {page > 1 && (
          <li>
            <a href={`${dashboardHref(query, { page: page - 1 })}#verzoeken`} rel="prev">
              Vorige<span class="avg-visually-hidden"> pagina</span>
            </a>
          </li>
        )}
        <li aria-current="page">
          Pagina {page} van {pages}
        </li>
        {page < pages && (
          <li>
            <a href={`${dashboardHref(query, { page: page + 1 })}#verzoeken`} rel="next">
              Volgende<span class="avg-visually-hidden"> pagina</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
