import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DOWNLOAD_CODE } from '#core/download-code';
import { readCookie, serializeCookie } from './cookies';
import { secureCookies } from './session';

/**
 * The requester's download session: HttpOnly, SameSite=Strict, only under
 * /verzoek/status, 30 minutes, and over https with the `__Secure-` prefix.
 * It is bound to this browser: the status link opened elsewhere opens no file.
 */
const NAME = 'bestanden';
const PATH = '/verzoek/status';
const cookieName = () => (secureCookies() ? `__Secure-${NAME}` : NAME);

export const readDownloadSession = (event: APIGatewayProxyEventV2) => readCookie(event, cookieName());

export const downloadSessionCookie = (session: string) =>
  serializeCookie(cookieName(), session, { maxAgeSeconds: DOWNLOAD_CODE.sessionSeconds, sameSite: 'Strict', path: PATH, secure: secureCookies() });
