import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import mixPlugin from 'colord/plugins/mix';
import type { Region } from './region-config';

extend([a11yPlugin, mixPlugin]);

/**
 * A region's look: one brand colour and a font over the NL Design System
 * theme (infra/build/styles.ts). The shades the stylesheet uses are derived
 * from the one colour, so a beheerder cannot pick a combination that fails
 * WCAG AA: the colour itself is checked against white both ways (white text
 * on the header and buttons, the colour as text and links on white).
 */
export type Theme = NonNullable<Region['theme']>;

/** WCAG 2.1 AA for normal text (1.4.3). */
export const MIN_CONTRAST = 4.5;

export interface ContrastProblem {
  ratio: number;
}

/** The contrast of white against the colour, rounded down to two decimals (so 4.499 does not show as 4.5). */
export function contrastWithWhite(primary: string): number {
  return Math.floor(colord(primary).contrast('#ffffff') * 100) / 100;
}

/** Undefined when the colour reaches AA against white, else the ratio it has. */
export function contrastProblem(primary: string): ContrastProblem | undefined {
  const ratio = contrastWithWhite(primary);
  return ratio >= MIN_CONTRAST ? undefined : { ratio };
}

const FONTS: Record<NonNullable<Theme['font']>, string> = {
  'noto-sans': '"Noto Sans", sans-serif',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

/** The shared stylesheet's own palette (functions/views/styles): its brand colour is 500. */
export const DEFAULT_PRIMARY = '#1b5497';
const DEFAULT_SHADES = ['#f5f8fc', '#e8eff8', '#d0dff0', '#a9c4e3', '#2a65a3', '#1b5497', '#143f72', '#0c2748'];
const SHADE_NAMES = [50, 100, 200, 300, 400, 500, 600, 700];

/**
 * The custom properties of the theme for this colour and font, shaped like
 * the shared palette: 500 is the colour itself (buttons, links), 600 and 700
 * darker (the header, hover), the rest lighter tints for backgrounds. White
 * on 600 and 700 has more contrast than on 500, which the schema checks.
 */
export function themeProperties(theme: Theme): Record<string, string> {
  const brand = colord(theme.primary);
  const shades =
    theme.primary === DEFAULT_PRIMARY
      ? DEFAULT_SHADES
      : [0.95, 0.9, 0.8, 0.6, 0.1]
          .map((amount) => brand.mix('#ffffff', amount).toHex())
          .concat(theme.primary, brand.mix('#000000', 0.25).toHex(), brand.mix('#000000', 0.55).toHex());
  return {
    ...Object.fromEntries(SHADE_NAMES.map((name, n) => [`--avg-brand-${name}`, shades[n]!])),
    '--basis-text-font-family-default': FONTS[theme.font ?? 'noto-sans'],
  };
}

/** The region's stylesheet, loaded after the shared one: only custom properties, so the components stay as checked. */
export function themeStylesheet(theme: Theme): string {
  const properties = Object.entries(themeProperties(theme))
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return `.avg-theme{${properties}}\n`;
}
