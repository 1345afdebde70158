import type { IsoDate } from '#core/calendar-date';
import { PART_FILTERS, type PartyRequestPage, type PartyRequestQuery, REQUEST_ORDERS, rowDue } from '#core/party-requests';
import { termsTexts, workTexts } from '#texts/catalogue';
import { longDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { pathTo } from '#routes';
import { describedBy, ErrorSummary, FieldErrorMessage, FormGroup, SubmitButton } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { renderPage } from './render';

/** Alle verzoeken of the user's party: find by reference, filter, sort, page (core/party-requests.ts). */
export function renderPartyRequestsPage(
  props: { chrome: PortalChrome; page: PartyRequestPage; query: PartyRequestQuery; today: IsoDate; search?: { value: string; error?: string } },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = workTexts(language).allRequests;
  const terms = termsTexts(language);
  const { query, page } = props;
  const error = props.search?.error;
  const keep = { volgorde: query.order === 'termijn' ? undefined : query.order, toon: query.show === 'open' ? undefined : query.show };
  return renderPage(
    <PortalLayout title={t.title} chrome={props.chrome} hasErrors={Boolean(error)}>
      <ErrorSummary errors={error ? [{ field: 'kenmerk', message: error }] : []} />
      <h1>{t.title}</h1>
      <form method="get" action={pathTo('allRequests')} class="avg-search" role="search" aria-label={t.searchLabel}>
        <FormGroup error={error}>
          <label class="utrecht-form-label" for="kenmerk">
            {t.search}
          </label>
          <p class="utrecht-form-field-description" id="kenmerk-hint">
            {t.searchHint}
          </p>
          <FieldErrorMessage field="kenmerk" error={error} />
          <input
            class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
            id="kenmerk"
            name="kenmerk"
            type="search"
            value={props.search?.value ?? ''}
            autocomplete="off"
            spellcheck={false}
            aria-describedby={describedBy('kenmerk', true, error)}
            aria-invalid={error ? 'true' : undefined}
          />
        </FormGroup>
        <SubmitButton secondary>{t.searchButton}</SubmitButton>
      </form>
      <form method="get" action={pathTo('allRequests')} class="fg-filter" aria-labelledby="lijst-titel">
        <h2 id="lijst-titel">{t.listTitle}</h2>
        <div class="fg-filter__fields">
          <div class="utrecht-form-field fg-field">
            <label class="utrecht-form-label" for="toon">
              {t.show}
            </label>
            <select class="utrecht-select utrecht-select--html-select" id="toon" name="toon">
              {PART_FILTERS.map((show) => (
                <option value={show} selected={query.show === show}>
                  {t.shows[show]}
                </option>
              ))}
            </select>
          </div>
          <div class="utrecht-form-field fg-field">
            <label class="utrecht-form-label" for="volgorde">
              {t.order}
            </label>
            <select class="utrecht-select utrecht-select--html-select" id="volgorde" name="volgorde">
              {REQUEST_ORDERS.map((order) => (
                <option value={order} selected={query.order === order}>
                  {t.orders[order]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p class="fg-filter__actions">
          <SubmitButton secondary>{t.apply}</SubmitButton>
        </p>
      </form>
      {page.rows.length === 0 ? (
        <p>{query.after ? t.noMore : t.none}</p>
      ) : (
        <table class="utrecht-table utrecht-table--html-table avg-table-stack">
          <caption class="avg-visually-hidden">{t.caption(t.shows[query.show], t.orders[query.order])}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.reference}</th>
              <th scope="col">{t.columns.receivedOn}</th>
              <th scope="col">{t.columns.due}</th>
              <th scope="col">{t.columns.part}</th>
              <th scope="col">{t.columns.status}</th>
              <th scope="col">{t.columns.types}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr>
                <td data-label={t.columns.reference}>
                  <a href={pathTo('casePage', { reference: row.task.reference })} class="avg-reference">
                    {row.task.reference}
                  </a>
                </td>
                <td data-label={t.columns.receivedOn}>{row.task.receivedOn ? longDate(language, row.task.receivedOn) : ''}</td>
                <td data-label={t.columns.due}>{longDate(language, rowDue(row))}</td>
                <td data-label={t.columns.part}>
                  {row.task.status === 'withdrawn' ? t.partWithdrawn : row.task.status === 'open' ? t.partOpen : t.partAnswered}
                  {row.task.coordinator ? t.coordinator : ''}
                </td>
                <td data-label={t.columns.status}>{row.request ? terms.staffStatus[row.request.status] : t.gone}</td>
                <td data-label={t.columns.types}>{row.request ? row.request.types.map((type) => terms.requestType[type].label).join(', ') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="fg-pagination" aria-label={t.pages}>
        {query.after ? <a href={pathTo('allRequests', {}, keep)}>{t.first}</a> : null}
        {query.after && page.next ? ' ' : null}
        {page.next ? (
          <a href={pathTo('allRequests', {}, { ...keep, na: page.next })} rel="next">
            {t.next}
          </a>
        ) : null}
      </nav>
    </PortalLayout>,
    language,
  );
}
