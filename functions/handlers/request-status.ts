import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { answersTexts, withdrawalTexts } from '#texts/catalogue';
import type { Language } from '#texts/language';
import { readDownloadSession } from './http/download-cookie';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { answerQuestion, chooseWithdrawal, loadStatus, loadStatusPage, withdrawRequest } from '#application/request-status';
import { renderWithdrawPage } from '#views/withdraw-page';
import { renderStatusPage } from '#views/status-page';
import { htmlErrors } from './http/html-errors';
import { httpHandler } from './http/middleware';
import { statusLinkDeps, unknownStatusLink } from './http/status-link';
import { pageLanguage, readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';
import { pathIn, routeIdOf } from '#routes';
import { statusLinkStore } from '#adapters/status-link-store';
import { sendStatusLinkAgain } from '#application/status-link-again';
import { renderStatusLinkAgainPage } from '#views/status-link-again-page';

const deps = once(() => statusLinkDeps(getRuntime()));

/** The notice after a step, by the `gelukt` word its redirect carries. */
function doneNotice(done: string | undefined, language: Language): string | undefined {
  const notices: Record<string, string> = {
    antwoord: answersTexts(language).statusAnswered,
    ingetrokken: withdrawalTexts(language).done,
    'deel-ingetrokken': withdrawalTexts(language).donePart,
  };
  return done && Object.hasOwn(notices, done) ? notices[done] : undefined;
}

/** The two steps of withdrawing (views/withdraw-page.tsx): choose and confirm post here; only `stap=intrekken` withdraws. */
async function withdrawal(runtime: ReturnType<typeof deps>, event: APIGatewayProxyEventV2, token: string, language: Language) {
  const directory = runtime.config.directory;
  const page = (props: Omit<Parameters<typeof renderWithdrawPage>[0], 'directory' | 'token'>) => renderWithdrawPage({ ...props, directory, token }, language);
  if (event.requestContext.http.method === 'GET') {
    const view = await loadStatus(runtime, token);
    return view ? htmlResponse(200, page({ view })) : unknownStatusLink(language);
  }
  const form = new URLSearchParams(readBody(event));
  const input = { types: form.getAll('types'), readVersion: Number(form.get('version')) };
  if (form.get('stap') !== 'intrekken') {
    const choice = await chooseWithdrawal(runtime, token, input.types);
    if (!choice) return unknownStatusLink(language);
    const { view, chosen } = choice;
    return htmlResponse(chosen.ok ? 200 : 400, page({ view, ...(chosen.ok ? { chosen: chosen.types } : { problem: chosen.problem }) }));
  }
  const outcome = await withdrawRequest(runtime, token, input);
  if (outcome.kind === 'unknown') return unknownStatusLink(language);
  if (outcome.kind === 'done')
    return redirectResponse(pathIn(language, 'statusPage', { token }, { gelukt: outcome.whole ? 'ingetrokken' : 'deel-ingetrokken' }));
  const view = outcome.kind === 'refused' ? outcome.view : await loadStatus(runtime, token);
  if (!view) return unknownStatusLink(language);
  const problem = outcome.kind === 'refused' ? outcome.problem : 'conflict';
  return htmlResponse(problem === 'none-chosen' ? 400 : problem === 'not-yours' ? 403 : 409, page({ view, problem }));
}

const FILES_STATES = ['code', 'open', 'fout', 'geblokkeerd', 'verlopen', 'code-nodig', 'ontvangen'] as const;

/** GET shows the requester's status page; POST answers the coordinator's question. */
export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  const runtime = await refreshConfiguration(deps());
  const route = routeIdOf(event.routeKey);
  const language = pageLanguage(event);
  if (route === 'statusLinkPage') return htmlResponse(200, renderStatusLinkAgainPage({}, language));
  if (route === 'statusLinkAgain') {
    const form = new URLSearchParams(readBody(event));
    const values = { reference: form.get('reference') ?? '', email: form.get('email') ?? '' };
    const outcome = await sendStatusLinkAgain({ ...runtime, statusLinks: statusLinkStore(runtime.table) }, values, language);
    return outcome.kind === 'invalid'
      ? htmlResponse(400, renderStatusLinkAgainPage({ values, errors: outcome.errors }, language))
      : htmlResponse(200, renderStatusLinkAgainPage({ sent: true }, language));
  }
  const token = event.pathParameters?.token ?? '';
  if (route === 'withdrawPage' || route === 'withdraw') return withdrawal(runtime, event, token, language);
  if (event.requestContext.http.method === 'POST') {
    const form = new URLSearchParams(readBody(event));
    const answer = form.get('answer') ?? '';
    const outcome = await answerQuestion(runtime, token, answer, Number(form.get('version')), language);
    if (outcome.kind === 'unknown') return unknownStatusLink(language);
    if (outcome.kind === 'done') return redirectResponse(pathIn(language, 'statusPage', { token }, { gelukt: 'antwoord' }));
    const view = await loadStatus(runtime, token);
    if (!view) return unknownStatusLink(language);
    const message = outcome.kind === 'conflict' ? answersTexts(language).statusConflict : outcome.message;
    return htmlResponse(
      outcome.kind === 'conflict' ? 409 : 400,
      renderStatusPage({ view, directory: runtime.config.directory, token, error: { message, answer } }, language),
    );
  }
  const page = await loadStatusPage(runtime, token, readDownloadSession(event));
  if (!page) return unknownStatusLink(language);
  const { view, files } = page;
  const query = event.queryStringParameters ?? {};
  const filesState = FILES_STATES.find((state) => state === query.bestanden);
  return htmlResponse(
    200,
    renderStatusPage(
      {
        view,
        directory: runtime.config.directory,
        token,
        notice: doneNotice(query.gelukt, language),
        files,
        filesState,
        triesLeft: Number(query.over) || undefined,
      },
      language,
    ),
  );
}, htmlErrors);
