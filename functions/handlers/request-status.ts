import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { answersTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { statusCases } from '#adapters/case-store';
import { downloadSessions } from '#adapters/download-store';
import { releasedFiles } from '#application/released-documents';
import { readDownloadSession } from './http/download-cookie';
import { once } from '#adapters/once';
import { getRuntime } from '#adapters/runtime';
import { hashSecret } from '#adapters/tokens';
import { answerQuestion, loadStatus } from '#application/request-status';
import { renderMessagePage } from '#views/error-page';
import { renderStatusPage } from '#views/status-page';
import { htmlErrors } from './http/html-errors';
import { httpHandler } from './http/middleware';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';
import { pathTo } from '#routes';

const ANSWERS = answersTexts(DEFAULT_LANGUAGE);

const unknownLink = () => htmlResponse(404, renderMessagePage({ title: ANSWERS.statusLinkInvalid.title, paragraphs: [ANSWERS.statusLinkInvalid.text] }));

const deps = once(() => {
  const runtime = getRuntime();
  return {
    ...runtime,
    cases: statusCases(runtime.table),
    sessions: downloadSessions(runtime.table),
    secrets: { hashSecret },
  };
});

const FILES_STATES = ['code', 'open', 'fout', 'geblokkeerd', 'verlopen', 'code-nodig', 'ontvangen'] as const;

/** GET shows the requester's status page; POST answers the coordinator's question. */
export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  const runtime = deps();
  const token = event.pathParameters?.token ?? '';
  if (event.requestContext.http.method === 'POST') {
    const form = new URLSearchParams(readBody(event));
    const answer = form.get('answer') ?? '';
    const outcome = await answerQuestion(runtime, token, answer, Number(form.get('version')));
    if (outcome.kind === 'unknown') return unknownLink();
    if (outcome.kind === 'done') return redirectResponse(pathTo('statusPage', { token }, { gelukt: 'antwoord' }));
    const view = await loadStatus(runtime, token);
    if (!view) return unknownLink();
    const message = outcome.kind === 'conflict' ? ANSWERS.statusConflict : outcome.message;
    return htmlResponse(
      outcome.kind === 'conflict' ? 409 : 400,
      renderStatusPage({ view, directory: runtime.config.directory, token, error: { message, answer } }),
    );
  }
  const view = await loadStatus(runtime, token);
  if (!view) return unknownLink();
  const query = event.queryStringParameters ?? {};
  const notice = query.gelukt === 'antwoord' ? ANSWERS.statusAnswered : undefined;
  const files = (await releasedFiles(runtime, token, readDownloadSession(event))) ?? undefined;
  const filesState = FILES_STATES.find((state) => state === query.bestanden);
  return htmlResponse(
    200,
    renderStatusPage({ view, directory: runtime.config.directory, token, notice, files, filesState, triesLeft: Number(query.over) || undefined }),
  );
}, htmlErrors);
