import { DEFAULT_LANGUAGE } from '#texts/language';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import type { PortalActor } from '#core/portal-access';
import { intakeStore } from '#adapters/intake-store';
import { once } from '#adapters/once';
import { secrets } from '#adapters/tokens';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { registerRequest } from '#application/register-request';
import type { PortalChrome } from '#views/portal-layout';
import { type RegistrationValues, renderRegisterPage } from '#views/portal-pages';
import { dateFromBoxes, emptyForm, readRequestForm, registrationToRequestInput } from '#views/request-form-fields';
import { registrationRegions } from '#core/registration';
import type { Region } from '#core/region-config';
import { retryablePostPage } from './http/middleware';
import { readBody } from './http/request';
import { actorOf, chromeFor } from './http/portal-chrome';
import { htmlResponse, redirectResponse } from './http/responses';
import { portalHandler } from './http/session';
import { pathTo } from '#routes';

/**
 * /portaal/registreren: a contact person registers a request that came in by
 * letter, e-mail or phone. A function of its own: it carries the intake rules
 * and the request form, which the other portal pages do not need.
 */
const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, intake: intakeStore(runtime.table), secrets };
});

export const handler = portalHandler(async (event, user, csrf) => {
  const runtime = await refreshConfiguration(deps());
  const chrome = chromeFor(runtime.config.directory, user, csrf);
  const actor = actorOf(user);
  const regions = registrationRegions(actor, runtime.config.directory);
  if (event.requestContext.http.method === 'GET') {
    return htmlResponse(200, renderRegisterPage({ chrome, regions, values: emptyRegistration(), errors: [] }));
  }
  return register(runtime, event, actor, { chrome, regions });
});

function emptyRegistration(): RegistrationValues {
  return { ...emptyForm(randomUUID()), postalAddress: '', channel: '', language: DEFAULT_LANGUAGE, receivedDay: '', receivedMonth: '', receivedYear: '' };
}

async function register(
  runtime: ReturnType<typeof deps>,
  event: APIGatewayProxyEventV2,
  actor: PortalActor,
  page: { chrome: PortalChrome; regions: readonly Region[] },
) {
  const params = new URLSearchParams(readBody(event));
  const values: RegistrationValues = {
    ...readRequestForm(params),
    // Keep the address's lines (a browser sends CRLF; the letter wants one line each); only trim the ends.
    postalAddress: (params.get('postalAddress') ?? '').replace(/\r\n?/g, '\n').trim(),
    channel: params.get('channel') ?? '',
    language: params.get('language') ?? DEFAULT_LANGUAGE,
    receivedDay: (params.get('receivedDay') ?? '').trim(),
    receivedMonth: (params.get('receivedMonth') ?? '').trim(),
    receivedYear: (params.get('receivedYear') ?? '').trim(),
  };
  if (!values.submissionId) values.submissionId = randomUUID();
  const { receivedDay, receivedMonth, receivedYear } = values;
  const receivedOn = dateFromBoxes(receivedDay, receivedMonth, receivedYear);
  let outcome: Awaited<ReturnType<typeof registerRequest>>;
  try {
    outcome = await registerRequest(runtime, actor, registrationToRequestInput(values), {
      receivedOn,
      channel: values.channel,
      language: values.language,
      submissionId: values.submissionId,
    });
  } catch (error) {
    const retry = retryablePostPage(event, error, (problem) => renderRegisterPage({ ...page, values, errors: [], problem }));
    if (retry) return retry;
    throw error;
  }
  if (outcome.kind === 'invalid') return htmlResponse(400, renderRegisterPage({ ...page, values, errors: outcome.errors }));
  // Registered without an e-mail address: the notice says the coordinator posts, not that the requester was mailed.
  return redirectResponse(pathTo('casePage', { reference: outcome.reference }, { gelukt: values.email ? 'geregistreerd' : 'geregistreerd-post' }));
}
