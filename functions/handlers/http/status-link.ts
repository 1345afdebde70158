import { statusCases } from '#adapters/case-store';
import { downloadSessions } from '#adapters/download-store';
import type { Runtime } from '#adapters/runtime';
import { hashSecret, newToken } from '#adapters/tokens';
import { answersTexts, statusLinkAgainTexts } from '#texts/catalogue';
import { pathTo } from '#routes';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { renderMessagePage } from '#views/error-page';
import { htmlResponse } from './responses';

/** What the two functions behind the status link share: the request and its files, the download sessions, the token hashes. */
export const statusLinkDeps = (runtime: Runtime) => ({
  ...runtime,
  cases: statusCases(runtime.table),
  sessions: downloadSessions(runtime.table),
  secrets: { hashSecret, newToken },
});

const ANSWERS = answersTexts(DEFAULT_LANGUAGE);

/** An unknown, expired or mistyped status link: one Dutch 404 that reveals nothing. */
export const unknownStatusLink = () =>
  htmlResponse(
    404,
    renderMessagePage({
      title: ANSWERS.statusLinkInvalid.title,
      paragraphs: [ANSWERS.statusLinkInvalid.text],
      link: { href: pathTo('statusLinkPage'), text: statusLinkAgainTexts(DEFAULT_LANGUAGE).lostLink },
    }),
  );
