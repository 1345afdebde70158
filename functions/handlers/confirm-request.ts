import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { answersTexts, withdrawalTexts } from '#texts/catalogue';
import type { Language } from '#texts/language';
import { findReferenceByToken, getRequest, saveClosingChange } from '#adapters/case-store';
import type { TokenPurpose } from '#application/ports';
import type { Change } from '#core/request-lifecycle';
import { intakeStore } from '#adapters/intake-store';
import { once } from '#adapters/once';
import { hashSecret } from '#adapters/tokens';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { confirmRequest, findRequestToConfirm, type ConfirmOutcome } from '#application/confirm-request';
import { renderConfirmed, renderConfirmQuestion, renderJoined, renderJoinQuestion } from '#views/confirm-pages';
import { forOwner } from '#views/render';
import { siteOwnerOf } from '#views/site-owner';
import { renderMessagePage } from '#views/error-page';
import { htmlErrors } from './http/html-errors';
import { httpHandler } from './http/middleware';
import { htmlResponse } from './http/responses';
import { pageLanguage } from './http/request';
import { pathIn } from '#routes';

/**
 * GET asks; POST confirms. A link alone never confirms, because mail scanners
 * open links: only the requester's click on the button routes the request.
 */
const deps = once(() => {
  const runtime = getRuntime();
  const table = runtime.table;
  // Only the reads it makes (so the bundle carries no index query), and the closing writer: a co-requester who
  // joins an unconfirmed request keeps its 7-day expiry (core/co-requester.ts).
  const cases = {
    findReferenceByToken: (tokenHash: string, purpose: TokenPurpose, now: Date) => findReferenceByToken(table, tokenHash, purpose, now),
    getRequest: (reference: string, now: Date) => getRequest(table, reference, now),
    saveChange: (change: Change, now: Date) => saveClosingChange(table, change, now),
  };
  return { ...runtime, cases, intake: intakeStore(runtime.table), secrets: { hashSecret } };
});

export const handler = httpHandler(async (event: APIGatewayProxyEventV2) => {
  const runtime = await refreshConfiguration(deps());
  const token = event.pathParameters?.token ?? '';
  const outcome = event.requestContext.http.method === 'POST' ? await confirmRequest(runtime, token) : await findRequestToConfirm(runtime, token);
  return render(runtime, token, outcome, pageLanguage(event));
}, htmlErrors);

function render(runtime: ReturnType<typeof deps>, token: string, outcome: ConfirmOutcome, language: Language) {
  if (outcome.kind === 'unknown-token') {
    const answers = answersTexts(language);
    return htmlResponse(
      404,
      renderMessagePage(
        {
          title: answers.confirmLinkInvalid.title,
          paragraphs: [answers.confirmLinkInvalid.text, answers.confirmLinkInvalid.again],
          link: { href: pathIn(language, 'form'), text: answers.toForm },
        },
        language,
      ),
    );
  }
  const { record } = outcome;
  // Every other answer is a page of the request's own region.
  return htmlResponse(
    200,
    forOwner(siteOwnerOf(runtime.config.directory, record.regionId), () => pageOf(runtime, token, outcome, language)),
  );
}

function pageOf(runtime: ReturnType<typeof deps>, token: string, outcome: Exclude<ConfirmOutcome, { kind: 'unknown-token' }>, language: Language): string {
  const { reference } = outcome.record;
  switch (outcome.kind) {
    case 'withdrawn': {
      const t = withdrawalTexts(language).confirmLink;
      return renderMessagePage(
        { title: t.title, paragraphs: [t.text], link: { href: pathIn(language, 'statusPage', { token: outcome.record.statusToken }), text: t.toStatus } },
        language,
      );
    }
    case 'awaiting':
      return renderConfirmQuestion({ reference, token }, language);
    case 'co-awaiting':
      return renderJoinQuestion({ reference, token }, language);
    case 'co-joined':
      return renderJoined(
        { reference, alreadyJoined: outcome.alreadyJoined, statusPath: pathIn(language, 'statusPage', { token: outcome.record.coRequester!.statusToken }) },
        language,
      );
    case 'confirmed':
      return renderConfirmed(
        {
          reference,
          deadline: outcome.record.deadline,
          alreadyConfirmed: outcome.alreadyConfirmed,
          partyNames: outcome.record.partyIds.map((id) => runtime.config.directory.party(id)?.name ?? id),
        },
        language,
      );
  }
}
