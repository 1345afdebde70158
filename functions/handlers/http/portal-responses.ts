import { renderMessagePage } from '#views/error-page';
import { answersTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { htmlResponse } from './responses';
import { pathTo } from '#routes';

const ANSWERS = answersTexts(DEFAULT_LANGUAGE);

/** Another party's request and a request that does not exist look the same. */
export const forbidden = () =>
  htmlResponse(
    403,
    renderMessagePage({
      kind: 'portal',
      title: ANSWERS.forbidden.title,
      paragraphs: [ANSWERS.forbidden.text],
      link: { href: pathTo('myTasks'), text: ANSWERS.toMyTasks },
    }),
  );

export const conflict = (reference: string) =>
  htmlResponse(
    409,
    renderMessagePage({
      kind: 'portal',
      title: ANSWERS.conflict.title,
      paragraphs: [ANSWERS.conflict.text],
      link: { href: pathTo('casePage', { reference }), text: ANSWERS.toRequest },
    }),
  );
