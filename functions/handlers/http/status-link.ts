import { statusCases } from '#adapters/case-store';
import { downloadSessions } from '#adapters/download-store';
import type { Runtime } from '#adapters/runtime';
import { hashSecret, newToken } from '#adapters/tokens';
import { answersTexts, statusLinkAgainTexts } from '#texts/catalogue';
import { pathIn } from '#routes';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { renderMessagePage } from '#views/error-page';
import { htmlResponse } from './responses';

/** What the two functions behind the status link share: the request and its files, the download sessions, the token hashes. */
export const statusLinkDeps = (runtime: Runtime) => ({
  ...runtime,
  cases: statusCases(runtime.table),
  sessions: downloadSessions(runtime.table),
  secrets: { hashSecret, newToken },
});

/** An unknown, expired or mistyped status link: one 404 that reveals nothing, in the page's language. */
export const unknownStatusLink = (language: Language = DEFAULT_LANGUAGE) =>
  htmlResponse(
    404,
    renderMessagePage(
      {
        title: answersTexts(language).statusLinkInvalid.title,
        paragraphs: [answersTexts(language).statusLinkInvalid.text],
        link: { href: pathIn(language, 'statusLinkPage'), text: statusLinkAgainTexts(language).lostLink },
      },
      language,
    ),
  );
