import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { answersTexts } from '#texts/catalogue';
import type { Language } from '#texts/language';
import { jsonResponse } from './responses';

/**
 * The error answers, Dutch or in the page's language, shared by the functions
 * (through the middleware) and the edge (the rate limit's 429, built at synth
 * for the WAF rule). No
 * middy here, so the CDK app can import it.
 */
export interface ErrorMessage {
  title: string;
  text: string;
}

/** How a function answers errors: a page in the page's language or a JSON body. Passed in, so JSON functions carry no page rendering. */
export type ErrorResponder = (
  status: 403 | 413 | 415 | 429 | 500 | 503,
  message: ErrorMessage,
  headers?: Record<string, string>,
  language?: Language,
) => APIGatewayProxyStructuredResultV2;

/** The error answers in a page's language, from the catalogue (the edge's 403 and 429 are built from them at synth). */
export const messagesIn = (language: Language) => answersTexts(language).errors;

export const jsonErrors: ErrorResponder = (status, message, headers = {}) => jsonResponse(status, { errors: [{ path: '', message: message.text }] }, headers);
