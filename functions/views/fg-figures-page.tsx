import type { Figures } from '#core/fg-oversight';
import type { Directory } from '#core/directory';
import { OnTimeChart } from './fg-chart';
import { DateField, exportHref, monthText, NumberCell, shortDutchDate, typeLabel } from './fg-common';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { renderPage } from './render';
import { pathTo } from '#routes';

/**
 * /portaal/fg/cijfers: the figures for the annual report, per month of receipt
 * and per request type, for a chosen period. The on-time chart is SVG drawn on
 * the server; the month table under it holds exactly the same numbers. The
 * page prints without navigation and forms (stylesheet: @media print).
 */
export function renderFgFigures(props: { chrome: PortalChrome; directory: Directory; period: { from: string; to: string }; figures: Figures[] }): string {
  const { period, figures } = props;
  const months = figures.filter((row) => row.type === 'alle' && row.month !== 'totaal');
  const total = figures.find((row) => row.type === 'alle' && row.month === 'totaal');
  const perType = figures.filter((row) => row.type !== 'alle' && row.month === 'totaal');
  const periodText = `${shortDutchDate(period.from)} tot en met ${shortDutchDate(period.to)}`;
  const overview = pathTo('fgDashboard', {}, { van: period.from, tot: period.to });
  return renderPage(
    <PortalLayout title="Cijfers FG" chrome={props.chrome}>
      <div class="fg-wide">
        <h1>Cijfers over privacyverzoeken</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">
          Verzoeken waarbij {props.chrome.partyName} betrokken is, ontvangen van {periodText}.
        </p>

        <form method="get" action={pathTo('fgFigures')} class="fg-filter" aria-labelledby="periode-titel">
          <h2 id="periode-titel" class="fg-filter__title">
            Periode kiezen
          </h2>
          <div class="fg-filter__fields">
            <DateField id="periode-van" name="van" label="Ontvangen vanaf" value={period.from} hint="Datum als jjjj-mm-dd, bijvoorbeeld 2026-01-01." />
            <DateField id="periode-tot" name="tot" label="Ontvangen tot en met" value={period.to} hint="Datum als jjjj-mm-dd, bijvoorbeeld 2026-12-31." />
          </div>
          <p class="fg-filter__actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              Cijfers tonen
            </button>
          </p>
        </form>

        <ul class="fg-links">
          <li>
            <a href={exportHref(period)}>Download de verzoeken van deze periode (CSV)</a>
          </li>
          <li>
            <a href={overview}>Deze verzoeken in het overzicht</a>
          </li>
        </ul>

        <h2 id="hoe-we-tellen">Hoe we tellen</h2>
        <dl class="summary-list fg-definitions">
          <dt>Ontvangen</dt>
          <dd>Verzoeken met een datum van ontvangst in de maand. Een verzoek telt in de maand waarin het binnenkwam, ook als het later is afgehandeld.</dd>
          <dt>Op tijd</dt>
          <dd>Besloten op of voor de uiterste datum, na verlenging en opschorting.</dd>
          <dt>Te laat</dt>
          <dd>Besloten na de uiterste datum, of nog zonder besluit terwijl de uiterste datum voorbij is.</dd>
          <dt>Verlengd</dt>
          <dd>De termijn is verlengd (art. 12 lid 3 AVG).</dd>
          <dt>Geweigerd</dt>
          <dd>Geheel of gedeeltelijk afgewezen.</dd>
          <dt>Dagen</dt>
          <dd>
            Kalenderdagen van ontvangst tot besluit, alleen voor besloten verzoeken. Het 90e percentiel: 90 procent van de besluiten kwam binnen dit aantal
            dagen.
          </dd>
        </dl>

        <h2 id="grafiek-titel">Op tijd besloten per maand</h2>
        <figure class="fg-figure" aria-labelledby="grafiek-titel">
          <div class="fg-chart-wrap">
            <OnTimeChart months={months} total={total} periodText={periodText} />
          </div>
          <figcaption class="utrecht-form-field-description">
            Per maand van ontvangst: links op tijd (groen, effen), rechts te laat (rood, gestreept). De tabel hieronder bevat dezelfde cijfers.
          </figcaption>
        </figure>

        <h2 id="per-maand">Per maand</h2>
        <FiguresTable
          id="tabel-per-maand"
          caption={`Per maand van ontvangst, ${periodText}`}
          firstColumn="Maand"
          rows={months.map((row) => ({ label: monthText(row.month), row }))}
          total={total}
        />

        <h2 id="per-soort">Per soort verzoek</h2>
        <p class="utrecht-form-field-description">Een verzoek met meer soorten telt bij elke soort mee; opgeteld zijn dat dus meer dan het totaal.</p>
        <FiguresTable
          id="tabel-per-soort"
          caption={`Per soort verzoek, ${periodText}`}
          firstColumn="Soort"
          rows={perType.map((row) => ({ label: typeLabel(row.type as Exclude<Figures['type'], 'alle'>), row }))}
          total={total}
        />
      </div>
    </PortalLayout>,
  );
}

const NUMBER_COLUMNS: Array<[string, keyof Figures]> = [
  ['Ontvangen', 'received'],
  ['Besloten', 'decided'],
  ['Op tijd', 'onTime'],
  ['Te laat', 'late'],
  ['Verlengd', 'extended'],
  ['Geweigerd', 'refused'],
  ['Mediaan dagen', 'medianDays'],
  ['90e percentiel dagen', 'p90Days'],
];

function FiguresTable(props: { id: string; caption: string; firstColumn: string; rows: Array<{ label: string; row: Figures }>; total: Figures | undefined }) {
  const captionId = `${props.id}-caption`;
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
            {NUMBER_COLUMNS.map(([label]) => (
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
              {NUMBER_COLUMNS.map(([, key]) => (
                <NumberCell value={row[key] as number | null} />
              ))}
            </tr>
          ))}
        </tbody>
        {props.total && (
          <tfoot>
            <tr class="fg-total">
              <th scope="row">Totaal (alle verzoeken)</th>
              {NUMBER_COLUMNS.map(([, key]) => (
                <NumberCell value={props.total![key] as number | null} />
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
