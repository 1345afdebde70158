import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { jsonResponse } from './responses';

/**
 * The Dutch error answers, shared by the functions (through the middleware)
 * and the edge (the rate limit's 429, built at synth for the WAF rule). No
 * middy here, so the CDK app can import it.
 */
export interface ErrorMessage {
  title: string;
  text: string;
}

/** How a function answers errors: a Dutch page or a JSON body. Passed in, so JSON functions carry no page rendering. */
export type ErrorResponder = (
  status: 403 | 413 | 415 | 429 | 500 | 503,
  message: ErrorMessage,
  headers?: Record<string, string>,
) => APIGatewayProxyStructuredResultV2;

export const MESSAGES = {
  /** The edge's common rule set took the post for an attack (built at synth into the WAF rule's answer). */
  403: {
    title: 'Niet verstuurd',
    text: 'Uw bericht is tegengehouden, omdat het leek op een aanval op deze website. Er is niets bewaard. Haal code of vreemde tekens uit uw tekst en probeer het opnieuw. Lukt het niet? Neem dan contact op met de organisatie.',
  },
  413: { title: 'Te veel tekst', text: 'Uw verzoek is te groot. Maak de toelichting korter en probeer het opnieuw.' },
  415: {
    title: 'Verkeerd soort inhoud',
    text: 'Deze inhoud kunnen wij niet lezen. Verstuur het formulier op deze website, of stuur JSON met Content-Type: application/json. Er is niets bewaard.',
  },
  429: { title: 'Even wachten', text: 'U heeft in korte tijd te veel verzoeken verstuurd. Wacht een minuut en probeer het dan opnieuw. Er is niets bewaard.' },
  503: { title: 'Even niet bereikbaar', text: 'Het lukt nu niet om uw verzoek op te slaan. Er is niets bewaard. Probeer het over een paar minuten opnieuw.' },
  /** A write that may or may not have happened (a timeout after it was sent): never claim that nothing was stored. */
  unknown: {
    title: 'Nog niet zeker',
    text: 'We weten nog niet of uw verzoek is bewaard. Verstuur het nog een keer: het wordt niet twee keer bewaard.',
  },
  500: { title: 'Er ging iets mis', text: 'Er ging bij ons iets mis. Er is niets bewaard. Probeer het later opnieuw.' },
} as const;

export const jsonErrors: ErrorResponder = (status, message, headers = {}) => jsonResponse(status, { errors: [{ path: '', message: message.text }] }, headers);
