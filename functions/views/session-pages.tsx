import { pathTo } from '#routes';
import { messagesTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import { renderMessagePage } from './error-page';

/** A portal form was sent without a valid session (it ran out, or the user signed out elsewhere). */
export function renderSignedOutPage(language = DEFAULT_LANGUAGE): string {
  const t = messagesTexts(language).signedOut;
  return renderMessagePage({ title: t.title, paragraphs: [t.text], link: { href: pathTo('signInPage'), text: t.link } }, language);
}

/** A portal form whose CSRF token or origin did not match: an old page, or a form on another site. */
export function renderFormExpiredPage(language = DEFAULT_LANGUAGE): string {
  const t = messagesTexts(language).formExpired;
  return renderMessagePage({ title: t.title, paragraphs: [t.text, t.notSaved], link: { href: pathTo('myTasks'), text: t.link } }, language);
}
