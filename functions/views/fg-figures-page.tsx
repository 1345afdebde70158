import { ErrorSummary, SubmitButton } from './components';
import type { Figures } from '#core/fg-oversight';
import type { Directory } from '#core/directory';
import { OnTimeChart } from './fg-chart';
import { DateField, exportHref, NumberCell } from './fg-common';
import { fgTexts, termsTexts } from '#texts/catalogue';
import { monthName, shortDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { renderPage, useLanguage } from './render';
import { pathTo } from '#routes';

/**
 * /portaal/fg/cijfers: the figures for the annual report, per month of receipt
 * and per request type, for a chosen period. The on-time chart is SVG drawn on
 * the server; the month table under it holds exactly the same numbers. The
 * page prints without navigation and forms (stylesheet: @media print).
 */
export function renderFgFigures(
  props: { chrome: PortalChrome; directory: Directory; period: { from: string; to: string }; figures: Figures[]; invalid?: Array<'van' | 'tot'> },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const { period, figures } = props;
  const fg = fgTexts(language);
  const terms = termsTexts(language);
  const t = fg.figures;
  const months = figures.filter((row) => row.type === 'alle' && row.month !== 'totaal');
  const total = figures.find((row) => row.type === 'alle' && row.month === 'totaal');
  const perType = figures.filter((row) => row.type !== 'alle' && row.month === 'totaal');
  const periodText = fg.period(shortDate(language, period.from), shortDate(language, period.to));
  const overview = pathTo('fgDashboard', {}, { van: period.from, tot: period.to });
  const invalid = props.invalid ?? [];
  const errorOf = (name: 'van' | 'tot') => (invalid.includes(name) ? fg.invalidDate(name === 'van' ? '2026-01-01' : '2026-12-31') : undefined);
  return renderPage(
    <PortalLayout title={t.title} chrome={props.chrome} hasErrors={invalid.length > 0}>
      <ErrorSummary
        errors={invalid.map((name) => ({ field: `periode-${name}`, message: `${name === 'van' ? fg.receivedFrom : fg.receivedTo}: ${errorOf(name)}` }))}
      />
      <div class="fg-wide">
        <h1>{t.heading}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t.lead(props.chrome.partyName, periodText)}</p>

        <form method="get" action={pathTo('fgFigures')} class="fg-filter" aria-labelledby="periode-titel">
          <h2 id="periode-titel" class="fg-filter__title">
            {t.choosePeriod}
          </h2>
          <div class="fg-filter__fields">
            <DateField id="periode-van" name="van" label={fg.receivedFrom} value={period.from} hint={fg.dateHint('2026-01-01')} error={errorOf('van')} />
            <DateField id="periode-tot" name="tot" label={fg.receivedTo} value={period.to} hint={fg.dateHint('2026-12-31')} error={errorOf('tot')} />
          </div>
          <p class="fg-filter__actions">
            <SubmitButton>{t.show}</SubmitButton>
          </p>
        </form>

        <ul class="fg-links">
          <li>
            <a href={exportHref(period)}>{t.download}</a>
          </li>
          <li>
            <a href={overview}>{t.inOverview}</a>
          </li>
        </ul>

        <h2 id="hoe-we-tellen">{t.howWeCount}</h2>
        <dl class="summary-list fg-definitions">
          {t.definitions.map(([term, definition]) => (
            <>
              <dt>{term}</dt>
              <dd>{definition}</dd>
            </>
          ))}
        </dl>

        <h2 id="grafiek-titel">{t.chartTitle}</h2>
        <figure class="fg-figure" aria-labelledby="grafiek-titel">
          <div class="fg-chart-wrap">
            <OnTimeChart months={months} total={total} periodText={periodText} />
          </div>
          <figcaption class="utrecht-form-field-description">{t.chartCaption}</figcaption>
        </figure>

        <h2 id="per-maand">{t.perMonth}</h2>
        <FiguresTable
          id="tabel-per-maand"
          caption={t.perMonthCaption(periodText)}
          firstColumn={t.month}
          rows={months.map((row) => ({ label: monthName(language, row.month), row }))}
          total={total}
        />

        <h2 id="per-soort">{t.perType}</h2>
        <p class="utrecht-form-field-description">{t.perTypeNote}</p>
        <FiguresTable
          id="tabel-per-soort"
          caption={t.perTypeCaption(periodText)}
          firstColumn={t.type}
          rows={perType.map((row) => ({ label: terms.requestType[row.type as Exclude<Figures['type'], 'alle'>].label, row }))}
          total={total}
        />
      </div>
    </PortalLayout>,
    language,
  );
}

/** The number columns, in the order of the catalogue's column names. */
const NUMBER_COLUMNS: Array<keyof Figures> = [
  'received',
  'decided',
  'onTime',
  'late',
  'openRunning',
  'onTimeShare',
  'extended',
  'refused',
  'medianDays',
  'p90Days',
  'copiesReleased',
  'downloads',
];

function FiguresTable(props: { id: string; caption: string; firstColumn: string; rows: Array<{ label: string; row: Figures }>; total: Figures | undefined }) {
  const captionId = `${props.id}-caption`;
  const t = fgTexts(useLanguage()).figures;
  return (
    // Focusable, so a keyboard user can scroll the table sideways on a narrow screen.
    <div class="fg-scroll" role="region" aria-labelledby={captionId} tabindex={0}>
      <table class="utrecht-table utrecht-table--html-table fg-table fg-figures" id={props.id}>
        <caption id={captionId} class="fg-caption">
          {props.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{props.firstColumn}</th>
            {t.columns.map((label) => (
              <th scope="col" class="fg-num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ label, row }) => (
            <tr>
              <th scope="row">{label}</th>
              {NUMBER_COLUMNS.map((key) => (
                <NumberCell value={row[key] as number | null} />
              ))}
            </tr>
          ))}
        </tbody>
        {props.total && (
          <tfoot>
            <tr class="fg-total">
              <th scope="row">{t.total}</th>
              {NUMBER_COLUMNS.map((key) => (
                <NumberCell value={props.total![key] as number | null} />
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
