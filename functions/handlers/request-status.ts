import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { answersTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { readDownloadSession } from './http/download-cookie';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { answerQuestion, loadStatus, loadStatusPage } from '#application/request-status';
import { renderStatusPage } from '#views/status-page';
import { htmlErrors } from './http/html-errors';
import { httpHandler } from './http/middleware';
import { statusLinkDeps, unknownStatusLink } from './http/status-link';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';
import { pathTo, routeIdOf } from '#routes';
import { statusLinkStore } from '#adapters/status-link-store';
import { sendStatusLinkAgain } from '#application/status-link-again';
import { renderStatusLinkAgainPage } from '#views/status-link-again-page';

const ANSWERS = answersTexts(DEFAULT_LANGUAGE);

const deps = once(() => statusLinkDeps(getRuntime()));

const FILES_STATES = ['code', 'open', 'fout', 'geblokkeerd', 'verlopen', 'code-nodig', 'ontvangen'] as const;

/** GET shows the requester's status page; POST answers the coordinator's question. */
export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  const runtime = await refreshConfiguration(deps());
  const route = routeIdOf(event.routeKey);
  if (route === 'statusLinkPage') return htmlResponse(200, renderStatusLinkAgainPage({}));
  if (route === 'statusLinkAgain') {
    const form = new URLSearchParams(readBody(event));
    const values = { reference: form.get('reference') ?? '', email: form.get('email') ?? '' };
    const outcome = await sendStatusLinkAgain({ ...runtime, statusLinks: statusLinkStore(runtime.table) }, values);
    return outcome.kind === 'invalid'
      ? htmlResponse(400, renderStatusLinkAgainPage({ values, errors: outcome.errors }))
      : htmlResponse(200, renderStatusLinkAgainPage({ sent: true }));
  }
  const token = event.pathParameters?.token ?? '';
  if (event.requestContext.http.method === 'POST') {
    const form = new URLSearchParams(readBody(event));
    const answer = form.get('answer') ?? '';
    const outcome = await answerQuestion(runtime, token, answer, Number(form.get('version')));
    if (outcome.kind === 'unknown') return unknownStatusLink();
    if (outcome.kind === 'done') return redirectResponse(pathTo('statusPage', { token }, { gelukt: 'antwoord' }));
    const view = await loadStatus(runtime, token);
    if (!view) return unknownStatusLink();
    const message = outcome.kind === 'conflict' ? ANSWERS.statusConflict : outcome.message;
    return htmlResponse(
      outcome.kind === 'conflict' ? 409 : 400,
      renderStatusPage({ view, directory: runtime.config.directory, token, error: { message, answer } }),
    );
  }
  const page = await loadStatusPage(runtime, token, readDownloadSession(event));
  if (!page) return unknownStatusLink();
  const { view, files } = page;
  const query = event.queryStringParameters ?? {};
  const notice = query.gelukt === 'antwoord' ? ANSWERS.statusAnswered : undefined;
  const filesState = FILES_STATES.find((state) => state === query.bestanden);
  return htmlResponse(
    200,
    renderStatusPage({ view, directory: runtime.config.directory, token, notice, files, filesState, triesLeft: Number(query.over) || undefined }),
  );
}, htmlErrors);
