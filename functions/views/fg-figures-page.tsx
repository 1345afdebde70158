import type { Figures } from '../core/fg-oversight';
import type { Directory } from '../core/region-config';
import type { PortalChrome } from './portal-layout';

/** Placeholder: replaced by the FG figures view. */
export function renderFgFigures(_props: { chrome: PortalChrome; directory: Directory; period: { from: string; to: string }; figures: Figures[] }): string {
  return '<!doctype html><title>FG cijfers</title>';
}
