import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { documentSigner } from '#adapters/document-signer';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { describeRequesterFile, enterDownloadCode, openReleasedDocument, requesterUploadForm, sendDownloadCode } from '#application/released-documents';
import { loadStatusPage } from '#application/request-status';
import { bucketAccess } from '#adapters/document-bucket';
import { bucketOrigin } from '#adapters/document-signing';
import { newDocumentId } from '#adapters/tokens';
import { renderStatusPage } from '#views/status-page';
import type { Language } from '#texts/language';
import { renderFileRefusedPage, renderRequesterUploadPage } from '#views/upload-page';
import { pathIn, routeIdOf } from '#routes';
import { downloadSessionCookie, readDownloadSession } from './http/download-cookie';
import { htmlErrors } from './http/html-errors';
import { httpHandler } from './http/middleware';
import { statusLinkDeps, unknownStatusLink } from './http/status-link';
import { pageLanguage, readBody } from './http/request';
import { downloadRedirect, htmlResponse, redirectResponse, uploadPageResponse } from './http/responses';

/**
 * The files on the status page: POST …/bestanden asks for a code
 * (step=code), enters one (step=code-invoeren) or describes a file the
 * requester sends (step=beschrijven); GET …/bestanden/{id} sends an open
 * session to a one-minute download link; GET …/bestanden/{id}/uploaden is
 * the requester's upload form. Every answer goes back to
 * the status page with a word in the URL, never data (Post/Redirect/Get).
 */
const deps = once(() => ({ ...statusLinkDeps(getRuntime()), signer: documentSigner(getRuntime().env), newDocumentId }));

const backToFiles = (language: Language, token: string, bestanden: string, extra: Record<string, string> = {}) =>
  redirectResponse(`${pathIn(language, 'statusPage', { token }, { bestanden, ...extra })}#bestanden`);

export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  if (routeIdOf(event.routeKey) === 'fileRefused') return htmlResponse(200, renderFileRefusedPage());
  const runtime = await refreshConfiguration(deps());
  const token = event.pathParameters?.token ?? '';
  const language = pageLanguage(event);
  const unknown = () => unknownStatusLink(language);
  if (routeIdOf(event.routeKey) === 'openReleasedDocument') {
    const result = await openReleasedDocument(runtime, token, readDownloadSession(event), event.pathParameters?.document ?? '');
    if (result.kind === 'unknown') return unknown();
    if (result.kind === 'needs-code') return backToFiles(language, token, 'code-nodig');
    return downloadRedirect(result.url);
  }
  if (routeIdOf(event.routeKey) === 'requesterUploadPage') {
    const back = `${runtime.env.PUBLIC_BASE_URL}${pathIn(language, 'statusPage', { token }, { bestanden: 'ontvangen' })}`;
    const result = await requesterUploadForm(runtime, token, event.pathParameters?.document ?? '', back);
    if (result.kind === 'unknown') return unknown();
    if (result.kind === 'already-uploaded') return redirectResponse(pathIn(language, 'statusPage', { token }));
    return uploadPageResponse(
      renderRequesterUploadPage({ token, document: result.document, form: result.form }, language),
      bucketOrigin(bucketAccess(runtime.env)),
    );
  }
  const form = new URLSearchParams(readBody(event));
  if (form.get('step') === 'beschrijven') {
    const sent = await describeRequesterFile(runtime, token, form.get('title'), language);
    if (sent.kind === 'unknown') return unknown();
    if (sent.kind === 'described') return redirectResponse(pathIn(language, 'requesterUploadPage', { token, document: sent.documentId }));
    if (sent.kind === 'conflict') return backToFiles(language, token, 'verlopen');
    // The status page again, with the message at the title and what was typed.
    const page = await loadStatusPage(runtime, token, readDownloadSession(event));
    if (!page) return unknown();
    const { view, files } = page;
    const message = sent.kind === 'invalid' ? sent.errors[0]!.message : sent.message;
    return htmlResponse(
      400,
      renderStatusPage({ view, directory: runtime.config.directory, token, files, sendError: { title: form.get('title') ?? '', message } }, language),
    );
  }
  if (form.get('step') === 'code-invoeren') {
    const outcome = await enterDownloadCode(runtime, token, form.get('code'));
    switch (outcome.kind) {
      case 'unknown':
        return unknown();
      case 'opened':
        return { ...backToFiles(language, token, 'open'), cookies: [downloadSessionCookie(outcome.session, language)] };
      case 'wrong':
        return backToFiles(language, token, 'fout', { over: String(outcome.triesLeft) });
      case 'locked':
        return backToFiles(language, token, 'geblokkeerd');
      case 'expired':
        return backToFiles(language, token, 'verlopen');
    }
  }
  const sent = await sendDownloadCode(runtime, token);
  if (sent === 'unknown') return unknown();
  return backToFiles(language, token, sent === 'sent' ? 'code' : 'geen');
}, htmlErrors);
