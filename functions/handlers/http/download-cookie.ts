import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DOWNLOAD_CODE } from '#core/download-code';
import { readCookie, serializeCookie } from './cookies';
import { secureCookies } from './session';
import { pathIn } from '#routes';
import type { Language } from '#texts/language';

/**
 * The requester's download session: HttpOnly, SameSite=Strict, only under
 * the status pages of the language it was opened in (/verzoek/status,
 * /en/verzoek/status), 30 minutes, and over https with the `__Secure-` prefix.
 * It is bound to this browser: the status link opened elsewhere opens no file.
 */
const NAME = 'bestanden';
/** The status pages' common path in a language, from the route table. */
const statusPathIn = (language: Language) => pathIn(language, 'statusPage', { token: '' }).replace(/\/$/, '');
const cookieName = () => (secureCookies() ? `__Secure-${NAME}` : NAME);

export const readDownloadSession = (event: APIGatewayProxyEventV2) => readCookie(event, cookieName());

export const downloadSessionCookie = (session: string, language: Language) =>
  serializeCookie(cookieName(), session, {
    maxAgeSeconds: DOWNLOAD_CODE.sessionSeconds,
    sameSite: 'Strict',
    path: statusPathIn(language),
    secure: secureCookies(),
  });
