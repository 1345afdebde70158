import { renderMessagePage } from './error-page';
import { pathTo } from '#routes';

/** A portal form was sent without a valid session (it ran out, or the user signed out elsewhere). */
export function renderSignedOutPage(): string {
  return renderMessagePage({
    title: 'U bent niet meer ingelogd',
    paragraphs: ['Uw sessie is verlopen. Wat u net verstuurde, is niet bewaard. Log opnieuw in en probeer het nog een keer.'],
    link: { href: pathTo('signInPage'), text: 'Opnieuw inloggen' },
  });
}

/** A portal form whose CSRF token or origin did not match: an old page, or a form on another site. */
export function renderFormExpiredPage(): string {
  return renderMessagePage({
    title: 'Formulier niet geldig',
    paragraphs: ['Het formulier is verlopen of niet geldig. Laad de pagina opnieuw.', 'Wat u net verstuurde, is niet bewaard.'],
    link: { href: pathTo('myTasks'), text: 'Naar het portaal' },
  });
}
