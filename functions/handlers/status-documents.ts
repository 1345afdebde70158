import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { answersTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { statusCases } from '#adapters/case-store';
import { documentSigner } from '#adapters/document-signer';
import { downloadSessions } from '#adapters/download-store';
import { once } from '#adapters/once';
import { getRuntime } from '#adapters/runtime';
import { hashSecret, newToken } from '#adapters/tokens';
import { enterDownloadCode, openReleasedDocument, sendDownloadCode } from '#application/released-documents';
import { renderMessagePage } from '#views/error-page';
import { pathTo, routeIdOf } from '#routes';
import { downloadSessionCookie, readDownloadSession } from './http/download-cookie';
import { htmlErrors } from './http/html-errors';
import { httpHandler } from './http/middleware';
import { readBody } from './http/request';
import { downloadRedirect, htmlResponse, redirectResponse } from './http/responses';

/**
 * The released files on the status page: POST …/bestanden asks for a code
 * (step=code) or enters one (step=code-invoeren); GET …/bestanden/{id} sends
 * an open session to a one-minute download link. Every answer goes back to
 * the status page with a word in the URL, never data (Post/Redirect/Get).
 */
const ANSWERS = answersTexts(DEFAULT_LANGUAGE);
const unknownLink = () => htmlResponse(404, renderMessagePage({ title: ANSWERS.statusLinkInvalid.title, paragraphs: [ANSWERS.statusLinkInvalid.text] }));

const deps = once(() => {
  const runtime = getRuntime();
  return {
    ...runtime,
    cases: statusCases(runtime.table),
    sessions: downloadSessions(runtime.table),
    secrets: { hashSecret, newToken },
    signer: documentSigner(runtime.env),
  };
});

const backToFiles = (token: string, bestanden: string, extra: Record<string, string> = {}) =>
  redirectResponse(`${pathTo('statusPage', { token }, { bestanden, ...extra })}#bestanden`);

export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  const runtime = deps();
  const token = event.pathParameters?.token ?? '';
  if (routeIdOf(event.routeKey) === 'openReleasedDocument') {
    const result = await openReleasedDocument(runtime, token, readDownloadSession(event), event.pathParameters?.document ?? '');
    if (result.kind === 'unknown') return unknownLink();
    if (result.kind === 'needs-code') return backToFiles(token, 'code-nodig');
    return downloadRedirect(result.url);
  }
  const form = new URLSearchParams(readBody(event));
  if (form.get('step') === 'code-invoeren') {
    const outcome = await enterDownloadCode(runtime, token, form.get('code'));
    switch (outcome.kind) {
      case 'unknown':
        return unknownLink();
      case 'opened':
        return { ...backToFiles(token, 'open'), cookies: [downloadSessionCookie(outcome.session)] };
      case 'wrong':
        return backToFiles(token, 'fout', { over: String(outcome.triesLeft) });
      case 'locked':
        return backToFiles(token, 'geblokkeerd');
      case 'expired':
        return backToFiles(token, 'verlopen');
    }
  }
  const sent = await sendDownloadCode(runtime, token);
  if (sent === 'unknown') return unknownLink();
  return backToFiles(token, sent === 'sent' ? 'code' : 'geen');
}, htmlErrors);
