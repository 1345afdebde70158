import type { Figures } from '#core/fg-oversight';
import { fgTexts, type Texts } from '#texts/catalogue';
import { monthName } from '#texts/format';
import type { Language } from '#texts/language';
import { useLanguage } from './render';

/**
 * The on-time chart as server-side SVG: per month of receipt two bars, "op tijd"
 * (solid green) and "te laat" (red with white stripes, so colour is not the only
 * difference), each with its number written above it. No script and no style
 * attributes (the CSP forbids inline styles): only presentation attributes.
 * role="img" takes the name from <title> and <desc>, which say the same numbers
 * in words; the month table next to it is the accessible equivalent.
 */
export const CHART_COLOURS = {
  onTime: '#00703c', // 5.9:1 on white
  late: '#b10e1e', // 6.6:1 on white
  text: '#1b1b1b',
  axis: '#505a5f',
  grid: '#b1b4b6',
} as const;

const LAYOUT = { left: 44, right: 16, top: 56, plot: 200, bottom: 44, group: 56, bar: 18, gap: 4 } as const;

/** A round step for the y axis: at most five gridlines. */
export function axisStep(max: number): number {
  for (const magnitude of [1, 10, 100, 1000, 10_000, 100_000]) {
    for (const step of [1, 2, 5]) {
      if (max / (step * magnitude) <= 5) return step * magnitude;
    }
  }
  return 1_000_000;
}

export function chartSummary(language: Language, t: Texts['fg']['chart'], months: readonly Figures[], total: Figures | undefined): string {
  const perMonth = months.map((row) => t.month(monthName(language, row.month), row.onTime, row.lateDecided, row.openLate, row.openRunning)).join('; ');
  const totals = total ? t.total(total.onTime, total.late, total.onTimeShare) : '';
  return `${perMonth}.${totals}${t.sameAsTable}`;
}

/** The four parts of a month's bar, bottom to top, each told apart by more than colour (fill, stripes, outline). */
const PARTS = [
  { key: 'onTime', fill: CHART_COLOURS.onTime, stroke: CHART_COLOURS.onTime },
  { key: 'lateDecided', fill: CHART_COLOURS.late, stroke: CHART_COLOURS.late },
  { key: 'openLate', fill: 'url(#fg-late-stripes)', stroke: CHART_COLOURS.late },
  { key: 'openRunning', fill: '#ffffff', stroke: CHART_COLOURS.axis },
] as const;

/**
 * Per month of receipt one stacked bar: on time, decided late, open and late,
 * open within the deadline, so a month with nine received and one decided
 * shows eight still open; the month's total and on-time share above it.
 */
export function OnTimeChart(props: { months: readonly Figures[]; total: Figures | undefined; periodText: string }) {
  const { months } = props;
  const language = useLanguage();
  const fg = fgTexts(language);
  const t = fg.chart;
  const max = Math.max(0, ...months.map((row) => row.onTime + row.late + row.openRunning));
  const step = axisStep(Math.max(1, max));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const width = Math.max(680, LAYOUT.left + months.length * LAYOUT.group + LAYOUT.right);
  const height = LAYOUT.top + LAYOUT.plot + LAYOUT.bottom;
  const baseline = LAYOUT.top + LAYOUT.plot;
  const y = (value: number) => baseline - (value / top) * LAYOUT.plot;
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  const barWidth = 2 * LAYOUT.bar + LAYOUT.gap;

  return (
    <svg
      class="fg-chart"
      role="img"
      aria-labelledby="fg-chart-title fg-chart-desc"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      xmlns="http://www.w3.org/2000/svg"
      font-family="Arial, sans-serif"
      font-size="12"
    >
      <title id="fg-chart-title">{t.title(props.periodText)}</title>
      <desc id="fg-chart-desc">{chartSummary(language, t, months, props.total)}</desc>
      <defs>
        <pattern id="fg-late-stripes" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={CHART_COLOURS.late} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2" />
        </pattern>
      </defs>

      {/* Legend */}
      <g>
        {PARTS.map((part, n) => (
          <>
            <rect x={LAYOUT.left + n * 160} y="10" width="14" height="14" fill={part.fill} stroke={part.stroke} stroke-width="1" />
            <text x={LAYOUT.left + n * 160 + 20} y="22" fill={CHART_COLOURS.text}>
              {t[part.key]}
            </text>
          </>
        ))}
      </g>

      {/* Gridlines and the y axis */}
      <g>
        {ticks.map((value) => (
          <>
            <line
              x1={LAYOUT.left}
              x2={width - LAYOUT.right}
              y1={y(value)}
              y2={y(value)}
              stroke={value === 0 ? CHART_COLOURS.axis : CHART_COLOURS.grid}
              stroke-width="1"
            />
            <text x={LAYOUT.left - 6} y={y(value) + 4} text-anchor="end" fill={CHART_COLOURS.text}>
              {value}
            </text>
          </>
        ))}
        <text x="4" y={LAYOUT.top - 10} fill={CHART_COLOURS.text}>
          {t.count}
        </text>
      </g>

      {/* One stacked bar per month, its total above it */}
      {months.map((row, n) => {
        const x0 = LAYOUT.left + n * LAYOUT.group + (LAYOUT.group - barWidth) / 2;
        const [year, month] = row.month.split('-');
        let below = 0;
        const total = row.onTime + row.late + row.openRunning;
        return (
          <g>
            {PARTS.map((part) => {
              const value = row[part.key];
              const rect =
                value > 0 ? (
                  <rect
                    x={x0}
                    y={y(below + value)}
                    width={barWidth}
                    height={y(below) - y(below + value)}
                    fill={part.fill}
                    stroke={part.stroke}
                    stroke-width="1"
                  />
                ) : null;
              below += value;
              return rect;
            })}
            <text class="fg-chart__value" x={x0 + barWidth / 2} y={y(total) - 4} text-anchor="middle" fill={CHART_COLOURS.text}>
              {total}
            </text>
            <text x={LAYOUT.left + n * LAYOUT.group + LAYOUT.group / 2} y={baseline + 18} text-anchor="middle" fill={CHART_COLOURS.text}>
              {fg.monthsShort[Number(month) - 1]}
            </text>
            <text x={LAYOUT.left + n * LAYOUT.group + LAYOUT.group / 2} y={baseline + 34} text-anchor="middle" fill={CHART_COLOURS.axis}>
              {year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
