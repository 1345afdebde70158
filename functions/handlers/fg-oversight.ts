import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { isIsoDate } from '#core/calendar-date';
import { type DashboardQuery, defaultPeriod, invalidFilterDates, SORT_KEYS, type SortKey } from '#core/fg-oversight';
import { REQUEST_TYPES, type RequestType } from '#core/request-kinds';
import { REQUEST_STATUSES, type RequestStatus } from '#core/request-state';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { fgDashboard, fgExport, fgFigures } from '#application/fg-oversight';
import { canOversee } from '#core/portal-access';
import { oversightStore } from '#adapters/oversight-store';
import { once } from '#adapters/once';
import { renderMessagePage } from '#views/error-page';
import { renderFgDashboard } from '#views/fg-dashboard-page';
import { renderFgFigures } from '#views/fg-figures-page';
import { chromeFor } from './http/portal-chrome';
import { htmlResponse } from './http/responses';
import { portalHandler } from './http/session';
import { amsterdamDate } from '#core/calendar-date';
import { pathTo, routeIdOf } from '#routes';
import { fgTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';

const NO_ACCESS = fgTexts(DEFAULT_LANGUAGE).noAccess;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** Query parameters are filters, not data: anything unexpected is ignored rather than echoed. */
export function readDashboardQuery(params: Record<string, string | undefined>): DashboardQuery {
  return {
    status: oneOf<RequestStatus>(params.status, REQUEST_STATUSES),
    type: oneOf<RequestType>(params.soort, REQUEST_TYPES),
    casusoverlegId: params.overleg && /^[a-z0-9-]{1,80}$/.test(params.overleg) ? params.overleg : undefined,
    from: params.van && isIsoDate(params.van) ? params.van : undefined,
    to: params.tot && isIsoDate(params.tot) ? params.tot : undefined,
    extendedOnly: params.verlengd === 'ja',
    sort: oneOf<SortKey>(params.sorteer, SORT_KEYS) ?? 'deadline',
    descending: params.richting === 'af',
    page: Math.max(1, Number.parseInt(params.pagina ?? '1', 10) || 1),
  };
}

export function readPeriod(params: Record<string, string | undefined>, today: string): { from: string; to: string } {
  const fallback = defaultPeriod(today);
  const from = params.van && isIsoDate(params.van) ? params.van : fallback.from;
  const to = params.tot && isIsoDate(params.tot) ? params.tot : fallback.to;
  return from <= to ? { from, to } : { from: to, to: from };
}

const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, oversight: oversightStore(runtime.table) };
});

/** /portaal/fg: only for FGs, and only about their own party. */
export const handler = portalHandler(async (event: APIGatewayProxyEventV2, user, csrf) => {
  const runtime = await refreshConfiguration(deps());
  if (!canOversee(user)) {
    return htmlResponse(
      403,
      renderMessagePage({ title: NO_ACCESS.title, paragraphs: [NO_ACCESS.text], link: { href: pathTo('myTasks'), text: NO_ACCESS.link } }),
    );
  }
  const chrome = chromeFor(runtime.config.directory, user, csrf);
  const params = event.queryStringParameters ?? {};
  const today = amsterdamDate(runtime.clock.now());
  switch (routeIdOf(event.routeKey)) {
    case 'fgFigures': {
      const period = readPeriod(params, today);
      // A date that is no date is said at its field; the page shows the period it did use.
      const invalid = invalidFilterDates(params, isIsoDate);
      return htmlResponse(
        invalid.length > 0 ? 400 : 200,
        renderFgFigures({ chrome, directory: runtime.config.directory, period, figures: await fgFigures(runtime, user, period), invalid }),
      );
    }
    case 'fgExport': {
      const period = readPeriod(params, today);
      return {
        statusCode: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="avg-verzoeken-${user.partyId}-${period.from}-${period.to}.csv"`,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        },
        // A byte-order mark, so spreadsheet programs read the accents as UTF-8.
        body: `\uFEFF${await fgExport(runtime, user, period)}`,
      };
    }
    default: {
      const query = readDashboardQuery(params);
      const invalid = invalidFilterDates(params, isIsoDate);
      return htmlResponse(
        invalid.length > 0 ? 400 : 200,
        renderFgDashboard({ chrome, directory: runtime.config.directory, query, dashboard: await fgDashboard(runtime, user, query), invalid }),
      );
    }
  }
});
