import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logs. Log references, routes, statuses and error names:
 * never names, dates of birth, e-mail addresses or free text.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'avg-verzoeken' });
