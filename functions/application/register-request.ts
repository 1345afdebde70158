import { DEFAULT_LANGUAGE, LANGUAGES } from '#texts/language';
import { amsterdamDate, type IsoDate } from '#core/calendar-date';
import { intake as M } from '#texts/nl/intake';
import type { FieldError } from '#core/field-errors';
import { acceptRequest, checkReceivedOn } from '#core/intake';
import { canRegister, type PortalActor } from '#core/portal-access';
import { forStaff, notYourOverleg } from '#core/registration';
import { type Channel, registerAndRoute } from '#core/request-record';
import { logger } from '#logger';
import type { Clock, Configuration, IntakeRepository, Secrets, SiteLinks, StoredAnswer } from './ports';

export interface RegisterDeps {
  intake: Pick<IntakeRepository, 'createRegisteredRequest' | 'findIdempotentAnswer'>;
  clock: Clock;
  config: Pick<Configuration, 'directory' | 'designatedHolidays'>;
  links: SiteLinks;
  secrets: Secrets;
}

export const REGISTRATION_CHANNELS = ['brief', 'e-mail', 'telefoon'] as const satisfies readonly Channel[];

export type RegisterOutcome = { kind: 'invalid'; errors: FieldError[] } | { kind: 'registered'; reference: string };

const MAX_REFERENCE_TRIES = 3;

/**
 * A contact person registers a request that arrived by letter, e-mail or
 * phone. Same rules as the form, but the deadline runs from the date it was
 * actually received, which may not lie in the future. The form's submission
 * id makes it idempotent: a second post of the same form (a double click, a
 * resend after a timeout) answers with the first registration's reference.
 */
export async function registerRequest(
  deps: RegisterDeps,
  actor: PortalActor,
  raw: unknown,
  received: { receivedOn: string | undefined; channel: string; submissionId: string; language?: string },
): Promise<RegisterOutcome> {
  const now = deps.clock.now();
  // Per party: another organisation's form can never replay this one's answer.
  const keyHash = deps.secrets.hashSecret(`registratie:${actor.partyId}:${received.submissionId}`);
  const earlier = await deps.intake.findIdempotentAnswer(keyHash, now);
  if (earlier) return registeredAgain(earlier);
  const today = amsterdamDate(now);
  // The overleg first: a contact person learns at the field that it is not theirs, whatever else is still missing.
  const notYours = notYourOverleg(actor, deps.config.directory, choiceOf(raw));
  const errors: FieldError[] = notYours ? [notYours] : [];
  const dateProblem = checkReceivedOn(received.receivedOn, today);
  if (dateProblem) errors.push(dateProblem);
  if (!(REGISTRATION_CHANNELS as readonly string[]).includes(received.channel)) errors.push({ path: 'channel', message: M.channelMissing });
  // Only a language the pages have; anything else (a tampered form) is Dutch, as the form's default.
  const language = LANGUAGES.find((known) => known === received.language) ?? DEFAULT_LANGUAGE;
  // With a bad date the other fields are still checked, against today.
  const receivedOn = (dateProblem ? today : received.receivedOn) as IsoDate;

  const accepted = acceptRequest(raw, {
    directory: deps.config.directory,
    receivedOn,
    designatedHolidays: deps.config.designatedHolidays,
    registration: true,
  });
  if (!accepted.ok) errors.push(...accepted.errors.filter((error) => !notYours || !OVERLEG_PATHS.has(error.path)));
  if (errors.length > 0 || !accepted.ok) return { kind: 'invalid', errors: forStaff(errors) };
  if (
    !canRegister(
      actor,
      accepted.request.routing.parties.map((party) => party.partyId),
    )
  ) {
    return {
      kind: 'invalid',
      errors: [{ path: 'casusoverlegId', message: M.notInOverleg }],
    };
  }

  for (let attempt = 1; attempt <= MAX_REFERENCE_TRIES; attempt++) {
    const statusToken = deps.secrets.newToken();
    const reference = deps.secrets.newReference();
    const result = registerAndRoute(
      accepted.request,
      {
        reference,
        channel: received.channel as Channel,
        statusToken,
        statusUrl: deps.links.status(statusToken, language),
        language,
        registeredBy: { partyId: actor.partyId, userId: actor.userId },
      },
      { directory: deps.config.directory, designatedHolidays: deps.config.designatedHolidays, portalUrl: deps.links.portalHome(), now },
    );
    if (!result.ok) throw new Error(`cannot route ${reference}: ${result.reason}`);
    const created = await deps.intake.createRegisteredRequest({
      record: result.routed.record,
      tasks: result.routed.tasks,
      tokens: [{ hash: deps.secrets.hashSecret(statusToken), purpose: 'status' }],
      mails: result.routed.mails,
      audit: result.routed.audit,
      idempotency: { keyHash, answer: { statusCode: 303, body: JSON.stringify({ reference }) } },
      now,
    });
    if (created.outcome === 'idempotent-replay') return registeredAgain(created.answer);
    if (created.outcome === 'reference-taken') continue;
    logger.info('request registered', { reference, channel: received.channel });
    return { kind: 'registered', reference };
  }
  throw new Error('could not find a free reference');
}

const OVERLEG_PATHS = new Set(['regionId', 'casusoverlegId', 'variablePartyId']);

function choiceOf(raw: unknown): { regionId?: string; casusoverlegId?: string; variablePartyId?: string } {
  const input = (raw ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return { regionId: text(input.regionId), casusoverlegId: text(input.casusoverlegId), variablePartyId: text(input.variablePartyId) };
}

function registeredAgain(answer: StoredAnswer): RegisterOutcome {
  return { kind: 'registered', reference: (JSON.parse(answer.body) as { reference: string }).reference };
}
