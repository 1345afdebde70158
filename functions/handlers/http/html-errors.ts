import { renderMessagePage } from '#views/error-page';
import { answersTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import type { ErrorResponder } from './errors';
import { htmlResponse } from './responses';
import { pathTo } from '#routes';

/** Errors of page functions as a Dutch page with a way back to the form. */
export const htmlErrors: ErrorResponder = (status, message, headers = {}) => {
  const response = htmlResponse(
    status,
    renderMessagePage({
      title: message.title,
      paragraphs: [message.text],
      link: { href: pathTo('form'), text: answersTexts(DEFAULT_LANGUAGE).backToForm },
    }),
  );
  return { ...response, headers: { ...response.headers, ...headers } };
};
