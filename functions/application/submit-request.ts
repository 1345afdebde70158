import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { receivedOn as receivedOnDate } from '#core/deadline';
import type { FieldError } from '#core/field-errors';
import { acceptRequest } from '#core/intake';
import { type Channel, newRequestRecord, submissionEffects, unconfirmedExpiry } from '#core/request-record';
import { logger } from '#logger';
import type { Clock, Configuration, IntakeRepository, Secrets, SiteLinks, StoredAnswer } from './ports';

export interface SubmitDeps {
  intake: Pick<IntakeRepository, 'createSubmittedRequest' | 'findIdempotentAnswer'>;
  clock: Clock;
  config: Pick<Configuration, 'directory' | 'designatedHolidays'>;
  links: SiteLinks;
  secrets: Secrets;
}

/** What the requester (and the API client) gets back for a new request. */
export interface SubmitAnswer {
  reference: string;
  status: string;
  receivedOn: string;
  deadline: string;
}

export type SubmitOutcome = { kind: 'invalid'; errors: FieldError[] } | { kind: 'created'; answer: SubmitAnswer } | { kind: 'replayed'; answer: StoredAnswer };

const MAX_REFERENCE_TRIES = 3;

/** The check step: every rule a new request must meet, on today's date, with nothing stored. */
export function checkRequest(
  deps: Pick<SubmitDeps, 'clock' | 'config'>,
  raw: unknown,
  language: Language = DEFAULT_LANGUAGE,
): { ok: true } | { ok: false; errors: FieldError[] } {
  const accepted = acceptRequest(raw, {
    directory: deps.config.directory,
    receivedOn: receivedOnDate(deps.clock.now()),
    designatedHolidays: deps.config.designatedHolidays,
    language,
  });
  return accepted.ok ? { ok: true } : accepted;
}

/**
 * Validates and stores a new request, with its tokens, confirmation mail and
 * audit event, in one write. The outbox deliverer (the table stream in AWS, a
 * poller locally) writes those out and sends the mail: the request never waits
 * for, or fails on, a mail server.
 */
export async function submitRequest(
  deps: SubmitDeps,
  raw: unknown,
  options: { channel: Channel; idempotencyKey?: string; language?: Language },
): Promise<SubmitOutcome> {
  const language = options.language ?? DEFAULT_LANGUAGE;
  const now = deps.clock.now();
  const idempotencyKeyHash = options.idempotencyKey ? deps.secrets.hashSecret(`${options.channel}:${options.idempotencyKey}`) : undefined;
  if (idempotencyKeyHash) {
    const earlier = await deps.intake.findIdempotentAnswer(idempotencyKeyHash, now);
    if (earlier) return { kind: 'replayed', answer: earlier };
  }
  const accepted = acceptRequest(raw, {
    directory: deps.config.directory,
    receivedOn: receivedOnDate(now),
    designatedHolidays: deps.config.designatedHolidays,
    language,
  });
  if (!accepted.ok) return { kind: 'invalid', errors: accepted.errors };

  for (let attempt = 1; attempt <= MAX_REFERENCE_TRIES; attempt++) {
    const token = deps.secrets.newToken();
    const statusToken = deps.secrets.newToken();
    // Asking together: the other one's own pair of links.
    const co = accepted.request.input.coRequester ? { token: deps.secrets.newToken(), statusToken: deps.secrets.newToken() } : undefined;
    const record = newRequestRecord(accepted.request, {
      reference: deps.secrets.newReference(),
      receivedAt: now,
      channel: options.channel,
      statusToken,
      ...(co ? { coStatusToken: co.statusToken } : {}),
      language,
    });
    const answer: SubmitAnswer = { reference: record.reference, status: record.status, receivedOn: record.receivedOn, deadline: record.deadline };
    const effects = submissionEffects(
      record,
      {
        confirmUrl: deps.links.confirm(token, language),
        statusUrl: deps.links.status(statusToken, language),
        ...(co ? { coConfirmUrl: deps.links.confirm(co.token, language) } : {}),
      },
      now,
    );
    const result = await deps.intake.createSubmittedRequest({
      record,
      expiresAt: unconfirmedExpiry(now),
      effects: {
        at: now.toISOString(),
        tokens: [
          { hash: deps.secrets.hashSecret(token), purpose: 'confirm' },
          { hash: deps.secrets.hashSecret(statusToken), purpose: 'status' },
          ...(co
            ? [
                { hash: deps.secrets.hashSecret(co.token), purpose: 'co-confirm' as const },
                { hash: deps.secrets.hashSecret(co.statusToken), purpose: 'status' as const },
              ]
            : []),
        ],
        ...effects,
      },
      idempotency: idempotencyKeyHash ? { keyHash: idempotencyKeyHash, answer: { statusCode: 201, body: JSON.stringify(answer) } } : undefined,
      now,
    });
    if (result.outcome === 'idempotent-replay') return { kind: 'replayed', answer: result.answer };
    if (result.outcome === 'reference-taken') continue;
    logger.info('request received', { reference: record.reference, channel: options.channel, casusoverleg: record.casusoverlegId });
    return { kind: 'created', answer };
  }
  throw new Error('could not find a free reference');
}
