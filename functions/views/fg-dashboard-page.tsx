import { ErrorSummary, SubmitButton } from './components';
import type { IsoDate } from '#core/calendar-date';
import { fgTexts, portalTexts, termsTexts, type Texts } from '#texts/catalogue';
import { longDate, plural, shortDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { type Dashboard, type DashboardQuery, defaultPeriod, type RequestSummary, type SortKey, timeliness } from '#core/fg-oversight';
import type { Directory } from '#core/directory';
import { REQUEST_TYPES } from '#core/request-kinds';
import { DateField, exportHref, FG_STATUSES, overlegName, summaryOverleg, typesText } from './fg-common';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { daysLeftText } from './portal-text';
import { renderPage, useLanguage } from './render';
import { pathTo } from '#routes';

/**
 * /portaal/fg: every request the FG's party is involved in. Open requests by
 * days left (overdue, due this week, later) and the extended ones first; then
 * the whole list with filters (a GET form, no script), sortable columns and
 * pages. Every link keeps the query, so paging and sorting keep the filters.
 */
export function renderFgDashboard(
  props: { chrome: PortalChrome; directory: Directory; query: DashboardQuery; dashboard: Dashboard; invalid?: Array<'van' | 'tot'> },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const { dashboard, query, directory } = props;
  const { today, groups, list } = dashboard;
  const fg = fgTexts(language);
  const t = fg.dashboard;
  const exportPeriod = periodForExport(query, today);
  const invalid = props.invalid ?? [];
  const sections = [
    ['te-laat', groups['te laat']],
    ['deze-week', groups['deze week']],
    ['later', groups.later],
    ['verlengd', dashboard.extended],
  ] as const;
  return renderPage(
    <PortalLayout title={t.title} chrome={props.chrome} hasErrors={invalid.length > 0}>
      <ErrorSummary
        errors={invalid.map((name) => ({
          field: `filter-${name}`,
          message: `${name === 'van' ? fg.receivedFrom : fg.receivedTo}: ${fg.invalidDate(EXAMPLE[name])}`,
        }))}
      />
      <div class="fg-wide">
        <h1>{t.heading}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t.lead(props.chrome.partyName, longDate(language, today))}</p>
        <p class="fg-links">
          <a href={pathTo('fgFigures')}>{t.figuresLink}</a>
        </p>

        <h2 id="open-verzoeken">{t.open}</h2>
        <ul class="fg-counts">
          {sections
            .map(([id, rows]) => [id, t.groups[id].title, rows.length] as const)
            .map(([id, label, count]) => (
              <li>
                <a href={`#${id}`}>
                  <span class="fg-counts__number">{count}</span> <span class="fg-counts__label">{label}</span>
                </a>
              </li>
            ))}
        </ul>
        {sections.map(([id, rows]) => (
          <UrgencySection id={id} title={t.groups[id].title} intro={t.groups[id].intro} rows={rows} today={today} directory={directory} />
        ))}

        <h2 id="alle-verzoeken">{t.all}</h2>
        <FilterForm query={query} casusoverlegIds={dashboard.casusoverlegIds} directory={directory} invalid={invalid} />
        <p class="fg-result" id="resultaat">
          {list.total === 0 ? t.noneFound : t.found(plural(language, list.total, fg.requests))}
          {filtersText(language, query, directory)}
        </p>
        {list.total > 0 && <RequestTable rows={list.rows} query={query} today={today} directory={directory} />}
        {list.pages > 1 && <Pagination query={query} page={list.page} pages={list.pages} />}
        <p class="fg-links">
          <a href={exportHref(exportPeriod)}>{t.download(shortDate(language, exportPeriod.from), shortDate(language, exportPeriod.to))}</a>
        </p>
        <p class="utrecht-form-field-description">{t.downloadNote}</p>
      </div>
    </PortalLayout>,
    language,
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

function filtersText(language: Language, query: DashboardQuery, directory: Directory): string {
  const terms = termsTexts(language);
  const t = fgTexts(language).dashboard.filter;
  const parts = [
    query.status ? t.status(terms.staffStatus[query.status].toLowerCase()) : '',
    query.type ? t.type(terms.requestType[query.type].label.toLowerCase()) : '',
    query.casusoverlegId ? t.overleg(overlegName(directory, query.casusoverlegId)) : '',
    query.from ? t.from(shortDate(language, query.from)) : '',
    query.to ? t.to(shortDate(language, query.to)) : '',
    query.extendedOnly ? t.extendedOnly : '',
  ].filter(Boolean);
  return parts.length > 0 ? fgTexts(language).dashboard.filters(parts.join(', ')) : '';
}

function UrgencySection(props: { id: string; title: string; intro: string; rows: RequestSummary[]; today: IsoDate; directory: Directory }) {
  const headingId = `${props.id}-titel`;
  const language = useLanguage();
  const fg = fgTexts(language);
  const terms = termsTexts(language);
  const t = fg.dashboard;
  const c = t.columns;
  return (
    <section class="fg-group" id={props.id} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {props.title} <span class="fg-group__count">({props.rows.length})</span>
      </h3>
      <p class="utrecht-form-field-description">{props.intro}</p>
      {props.rows.length === 0 ? (
        <p>{t.noRequests}</p>
      ) : (
        <div class="fg-scroll">
          <table class="utrecht-table utrecht-table--html-table fg-table">
            <caption class="avg-visually-hidden">{t.groupCaption(props.title, plural(language, props.rows.length, fg.requests))}</caption>
            <thead>
              <tr>
                <th scope="col">{c.reference}</th>
                <th scope="col">{c.overleg}</th>
                <th scope="col">{c.types}</th>
                <th scope="col">{c.receivedOn}</th>
                <th scope="col">{c.deadline}</th>
                <th scope="col">{c.time}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((summary) => (
                <tr>
                  <td>
                    <a href={pathTo('casePage', { reference: summary.reference })}>{summary.reference}</a>
                  </td>
                  <td>{summaryOverleg(props.directory, summary)}</td>
                  <td>{typesText(terms, summary.types)}</td>
                  <td class="fg-nowrap">{shortDate(language, summary.receivedOn)}</td>
                  <td>{longDate(language, summary.deadline)}</td>
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
  const language = useLanguage();
  const fg = fgTexts(language);
  const portal = portalTexts(language);
  if (props.summary.status === 'paused') return <span class="utrecht-badge-status utrecht-badge-status--neutral">{fg.dashboard.paused}</span>;
  const left = daysLeftText(language, portal, { deadline: props.summary.deadline, stopped: false }, props.today);
  return (
    <span class={left.late ? 'utrecht-badge-status utrecht-badge-status--danger' : 'utrecht-badge-status utrecht-badge-status--neutral'}>{left.text}</span>
  );
}

const EXAMPLE = { van: '2026-01-01', tot: '2026-12-31' } as const;

function FilterForm(props: { query: DashboardQuery; casusoverlegIds: string[]; directory: Directory; invalid: Array<'van' | 'tot'> }) {
  const errorOf = (name: 'van' | 'tot') => (props.invalid.includes(name) ? fgTexts(useLanguage()).invalidDate(EXAMPLE[name]) : undefined);
  const { query } = props;
  const language = useLanguage();
  const fg = fgTexts(language);
  const terms = termsTexts(language);
  const t = fg.dashboard.form;
  return (
    <form method="get" action={pathTo('fgDashboard')} class="fg-filter" aria-labelledby="filter-titel">
      <h3 id="filter-titel">{t.title}</h3>
      <div class="fg-filter__fields">
        <div class="utrecht-form-field fg-field">
          <label class="utrecht-form-label" for="filter-status">
            {t.status}
          </label>
          <select class="utrecht-select utrecht-select--html-select" id="filter-status" name="status">
            <option value="" selected={!query.status}>
              {t.allStatuses}
            </option>
            {FG_STATUSES.map((status) => (
              <option value={status} selected={query.status === status}>
                {terms.staffStatus[status]}
              </option>
            ))}
          </select>
        </div>
        <div class="utrecht-form-field fg-field">
          <label class="utrecht-form-label" for="filter-soort">
            {t.type}
          </label>
          <select class="utrecht-select utrecht-select--html-select" id="filter-soort" name="soort">
            <option value="" selected={!query.type}>
              {t.allTypes}
            </option>
            {REQUEST_TYPES.map((type) => (
              <option value={type} selected={query.type === type}>
                {terms.requestType[type].label}
              </option>
            ))}
          </select>
        </div>
        <div class="utrecht-form-field fg-field">
          <label class="utrecht-form-label" for="filter-overleg">
            {t.overleg}
          </label>
          <select class="utrecht-select utrecht-select--html-select" id="filter-overleg" name="overleg">
            <option value="" selected={!query.casusoverlegId}>
              {t.allOverleggen}
            </option>
            {props.casusoverlegIds.map((id) => (
              <option value={id} selected={query.casusoverlegId === id}>
                {overlegName(props.directory, id)}
              </option>
            ))}
          </select>
        </div>
        <DateField id="filter-van" name="van" label={fg.receivedFrom} value={query.from} hint={fg.dateHint(EXAMPLE.van)} error={errorOf('van')} />
        <DateField id="filter-tot" name="tot" label={fg.receivedTo} value={query.to} hint={fg.dateHint(EXAMPLE.tot)} error={errorOf('tot')} />
      </div>
      <div class="avg-choice">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id="filter-verlengd"
          name="verlengd"
          value="ja"
          checked={Boolean(query.extendedOnly)}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="filter-verlengd">
          {t.extendedOnly}
        </label>
      </div>
      {/* The sort order stays when filtering; the page starts again at 1. */}
      {query.sort !== 'deadline' && <input type="hidden" name="sorteer" value={query.sort} />}
      {query.descending && <input type="hidden" name="richting" value="af" />}
      <p class="fg-filter__actions">
        <SubmitButton>{t.apply}</SubmitButton> <a href={`${pathTo('fgDashboard')}#alle-verzoeken`}>{t.clear}</a>
      </p>
    </form>
  );
}

const COLUMNS: Array<{ key: keyof Texts['fg']['dashboard']['columns']; sort?: SortKey }> = [
  { key: 'reference', sort: 'reference' },
  { key: 'status', sort: 'status' },
  { key: 'overleg' },
  { key: 'types' },
  { key: 'receivedOn', sort: 'receivedOn' },
  { key: 'deadline', sort: 'deadline' },
  { key: 'decided' },
  { key: 'onTime' },
];

function RequestTable(props: { rows: RequestSummary[]; query: DashboardQuery; today: IsoDate; directory: Directory }) {
  const { query } = props;
  const language = useLanguage();
  const fg = fgTexts(language);
  const terms = termsTexts(language);
  const t = fg.dashboard;
  return (
    <div class="fg-scroll">
      <table class="utrecht-table utrecht-table--html-table fg-table" id="verzoeken">
        <caption class="fg-caption">{t.tableCaption(t.sortName[query.sort], query.descending)}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const label = t.columns[column.key];
              if (!column.sort) return <th scope="col">{label}</th>;
              const sorted = query.sort === column.sort;
              const nextDescending = sorted ? !query.descending : false;
              return (
                <th scope="col" aria-sort={sorted ? (query.descending ? 'descending' : 'ascending') : undefined}>
                  <a class="fg-sort" href={`${dashboardHref(query, { sort: column.sort, descending: nextDescending, page: 1 })}#verzoeken`}>
                    {label}
                    <span class="avg-visually-hidden">{t.sortHint(nextDescending)}</span>
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
                  {terms.staffStatus[summary.status]}
                  {summary.extended ? <span class="fg-note">{t.extended}</span> : null}
                </td>
                <td>{summaryOverleg(props.directory, summary)}</td>
                <td>{typesText(terms, summary.types)}</td>
                <td class="fg-nowrap">{shortDate(language, summary.receivedOn)}</td>
                <td class="fg-nowrap">{shortDate(language, summary.deadline)}</td>
                <td class="fg-nowrap">{summary.decidedOn ? shortDate(language, summary.decidedOn) : t.notYet}</td>
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
                    {t.timeliness[onTime]}
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
  const t = fgTexts(useLanguage()).dashboard;
  return (
    <nav class="fg-pagination" aria-label={t.pagination}>
      <ul>
        {page > 1 && (
          <li>
            <a href={`${dashboardHref(query, { page: page - 1 })}#verzoeken`} rel="prev">
              {t.previous}
              <span class="avg-visually-hidden">{t.pageWord}</span>
            </a>
          </li>
        )}
        <li aria-current="page">{t.page(page, pages)}</li>
        {page < pages && (
          <li>
            <a href={`${dashboardHref(query, { page: page + 1 })}#verzoeken`} rel="next">
              {t.next}
              <span class="avg-visually-hidden">{t.pageWord}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
