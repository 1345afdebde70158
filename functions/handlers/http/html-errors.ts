import { renderMessagePage } from '#views/error-page';
import { answersTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import type { ErrorResponder } from './errors';
import { htmlResponse } from './responses';
import { pathIn } from '#routes';

/** Errors of page functions as a page in the page's language with a way back to the form. */
export const htmlErrors: ErrorResponder = (status, message, headers = {}, language = DEFAULT_LANGUAGE) => {
  const response = htmlResponse(
    status,
    renderMessagePage(
      {
        title: message.title,
        paragraphs: [message.text],
        link: { href: pathIn(language, 'form'), text: answersTexts(language).backToForm },
      },
      language,
    ),
  );
  return { ...response, headers: { ...response.headers, ...headers } };
};
