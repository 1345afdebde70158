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
  const perMonth = months.map((row) => t.month(monthName(language, row.month), row.onTime, row.late)).join('; ');
  const totals = total ? t.total(total.onTime, total.late) : '';
  return `${perMonth}.${totals}${t.sameAsTable}`;
}

export function OnTimeChart(props: { months: readonly Figures[]; total: Figures | undefined; periodText: string }) {
  const { months } = props;
  const language = useLanguage();
  const fg = fgTexts(language);
  const t = fg.chart;
  const max = Math.max(0, ...months.flatMap((row) => [row.onTime, row.late]));
  const step = axisStep(Math.max(1, max));
  const top = Math.max(step, Math.ceil(max / step) * step);
  // Wide enough for the legend even with one month.
  const width = Math.max(680, LAYOUT.left + months.length * LAYOUT.group + LAYOUT.right);
  const height = LAYOUT.top + LAYOUT.plot + LAYOUT.bottom;
  const baseline = LAYOUT.top + LAYOUT.plot;
  const y = (value: number) => baseline - (value / top) * LAYOUT.plot;
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);

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
        <rect x={LAYOUT.left} y="10" width="14" height="14" fill={CHART_COLOURS.onTime} />
        <text x={LAYOUT.left + 20} y="22" fill={CHART_COLOURS.text}>
          {t.onTime}
        </text>
        <rect x={LAYOUT.left + 150} y="10" width="14" height="14" fill="url(#fg-late-stripes)" stroke={CHART_COLOURS.late} stroke-width="1" />
        <text x={LAYOUT.left + 170} y="22" fill={CHART_COLOURS.text}>
          {t.late}
        </text>
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

      {/* Bars, with their numbers, per month */}
      {months.map((row, n) => {
        const x0 = LAYOUT.left + n * LAYOUT.group + (LAYOUT.group - 2 * LAYOUT.bar - LAYOUT.gap) / 2;
        const x1 = x0 + LAYOUT.bar + LAYOUT.gap;
        const [year, month] = row.month.split('-');
        return (
          <g>
            <rect x={x0} y={y(row.onTime)} width={LAYOUT.bar} height={baseline - y(row.onTime)} fill={CHART_COLOURS.onTime} />
            <text class="fg-chart__value" x={x0 + LAYOUT.bar / 2} y={y(row.onTime) - 4} text-anchor="middle" fill={CHART_COLOURS.text}>
              {row.onTime}
            </text>
            <rect
              x={x1}
              y={y(row.late)}
              width={LAYOUT.bar}
              height={baseline - y(row.late)}
              fill="url(#fg-late-stripes)"
              stroke={CHART_COLOURS.late}
              stroke-width="1"
            />
            <text class="fg-chart__value" x={x1 + LAYOUT.bar / 2} y={y(row.late) - 4} text-anchor="middle" fill={CHART_COLOURS.text}>
              {row.late}
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
