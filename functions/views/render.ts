import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Pages are preact components rendered on the server: every interpolated value is escaped. */
export function renderPage(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
