import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { answersTexts, withdrawalTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { readDownloadSession } from './http/download-cookie';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { answerQuestion, chooseWithdrawal, loadStatus, loadStatusPage, withdrawRequest } from '#application/request-status';
import { renderWithdrawPage } from '#views/withdraw-page';
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

const WITHDRAWAL = withdrawalTexts(DEFAULT_LANGUAGE);
const DONE: Record<string, string> = { ingetrokken: WITHDRAWAL.done, 'deel-ingetrokken': WITHDRAWAL.donePart };

/** The two steps of withdrawing (views/withdraw-page.tsx): choose and confirm post here; only `stap=intrekken` withdraws. */
async function withdrawal(runtime: ReturnType<typeof deps>, event: APIGatewayProxyEventV2, token: string) {
  const directory = runtime.config.directory;
  if (event.requestContext.http.method === 'GET') {
    const view = await loadStatus(runtime, token);
    return view ? htmlResponse(200, renderWithdrawPage({ view, directory, token })) : unknownStatusLink();
  }
  const form = new URLSearchParams(readBody(event));
  const input = { types: form.getAll('types'), readVersion: Number(form.get('version')) };
  if (form.get('stap') !== 'intrekken') {
    const choice = await chooseWithdrawal(runtime, token, input.types);
    if (!choice) return unknownStatusLink();
    const { view, chosen } = choice;
    return htmlResponse(
      chosen.ok ? 200 : 400,
      renderWithdrawPage({ view, directory, token, ...(chosen.ok ? { chosen: chosen.types } : { problem: chosen.problem }) }),
    );
  }
  const outcome = await withdrawRequest(runtime, token, input);
  if (outcome.kind === 'unknown') return unknownStatusLink();
  if (outcome.kind === 'done') return redirectResponse(pathTo('statusPage', { token }, { gelukt: outcome.whole ? 'ingetrokken' : 'deel-ingetrokken' }));
  const view = outcome.kind === 'refused' ? outcome.view : await loadStatus(runtime, token);
  if (!view) return unknownStatusLink();
  const problem = outcome.kind === 'refused' ? outcome.problem : 'conflict';
  return htmlResponse(problem === 'none-chosen' ? 400 : problem === 'not-yours' ? 403 : 409, renderWithdrawPage({ view, directory, token, problem }));
}

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
  if (route === 'withdrawPage' || route === 'withdraw') return withdrawal(runtime, event, token);
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
  const notice = query.gelukt === 'antwoord' ? ANSWERS.statusAnswered : query.gelukt && Object.hasOwn(DONE, query.gelukt) ? DONE[query.gelukt] : undefined;
  const filesState = FILES_STATES.find((state) => state === query.bestanden);
  return htmlResponse(
    200,
    renderStatusPage({ view, directory: runtime.config.directory, token, notice, files, filesState, triesLeft: Number(query.over) || undefined }),
  );
}, htmlErrors);
