import type { DashboardQuery } from '../core/fg-oversight';
import type { Directory } from '../core/region-config';
import type { Dashboard } from '../application/fg-oversight';
import type { PortalChrome } from './portal-layout';

/** Placeholder: replaced by the FG dashboard view. */
export function renderFgDashboard(_props: { chrome: PortalChrome; directory: Directory; query: DashboardQuery; dashboard: Dashboard }): string {
  return '<!doctype html><title>FG</title>';
}
