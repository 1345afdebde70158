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

/** The custom properties of the theme for this colour and font: lighter tints for backgrounds, darker for hover. */
export function themeProperties(theme: Theme): Record<string, string> {
  const brand = colord(theme.primary);
  const tint = (amount: number) => brand.mix('#ffffff', amount).toHex();
  return {
    '--avg-brand-50': tint(0.95),
    '--avg-brand-100': tint(0.9),
    '--avg-brand-200': tint(0.8),
    '--avg-brand-300': tint(0.6),
    '--avg-brand-400': theme.primary,
    '--avg-brand-500': theme.primary,
    '--avg-brand-600': theme.primary,
    '--avg-brand-700': brand.mix('#000000', 0.35).toHex(),
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

/**
 * The names the region's files are served under (handlers/region-style.ts):
 * the stylesheet carries the configuration version and the logo its content
 * hash, so both may be cached for a year; a change is a new name.
 */
export const regionStylesheetFile = (regionId: string, version: number): string => `${regionId}.v${version}.css`;
export const regionLogoFile = (regionId: string, logo: string): string => `${regionId}.${logo}`;

/** A served file name split into its region and what of it: undefined for anything else. */
export function parseRegionFile(file: string): { regionId: string; stylesheetVersion: number } | { regionId: string; logo: string } | undefined {
  const dot = file.indexOf('.');
  if (dot <= 0) return undefined;
  const regionId = file.slice(0, dot);
  const rest = file.slice(dot + 1);
  const stylesheet = /^v(\d{1,9})\.css$/.exec(rest);
  if (stylesheet) return { regionId, stylesheetVersion: Number(stylesheet[1]) };
  if (/^logo-[a-f0-9]{16}\.(png|jpg)$/.test(rest)) return { regionId, logo: rest };
  return undefined;
}
