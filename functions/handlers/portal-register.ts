import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import type { PortalActor } from '#core/portal-access';
import { intakeStore } from '#adapters/intake-store';
import { once } from '#adapters/once';
import { secrets } from '#adapters/tokens';
import { getRuntime } from '#adapters/runtime';
import { registerRequest } from '#application/register-request';
import type { PortalChrome } from '#views/portal-layout';
import { type RegistrationValues, renderRegisterPage } from '#views/portal-pages';
import { dateFromBoxes, emptyForm, formToRequestInput, readRequestForm } from '#views/request-form-fields';
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
  const runtime = deps();
  const chrome = chromeFor(runtime.config.directory, user, csrf);
  if (event.requestContext.http.method === 'GET') {
    return htmlResponse(200, renderRegisterPage({ chrome, directory: runtime.config.directory, values: emptyRegistration(), errors: [] }));
  }
  return register(runtime, event, actorOf(user), chrome);
});

function emptyRegistration(): RegistrationValues {
  return { ...emptyForm(randomUUID()), channel: '', receivedDay: '', receivedMonth: '', receivedYear: '' };
}

async function register(runtime: ReturnType<typeof deps>, event: APIGatewayProxyEventV2, actor: PortalActor, chrome: PortalChrome) {
  const params = new URLSearchParams(readBody(event));
  const values: RegistrationValues = {
    ...readRequestForm(params),
    channel: params.get('channel') ?? '',
    receivedDay: (params.get('receivedDay') ?? '').trim(),
    receivedMonth: (params.get('receivedMonth') ?? '').trim(),
    receivedYear: (params.get('receivedYear') ?? '').trim(),
  };
  if (!values.submissionId) values.submissionId = randomUUID();
  const { receivedDay, receivedMonth, receivedYear } = values;
  const receivedOn = dateFromBoxes(receivedDay, receivedMonth, receivedYear);
  let outcome: Awaited<ReturnType<typeof registerRequest>>;
  try {
    outcome = await registerRequest(runtime, actor, formToRequestInput(values), { receivedOn, channel: values.channel, submissionId: values.submissionId });
  } catch (error) {
    const retry = retryablePostPage(event, error, (problem) =>
      renderRegisterPage({ chrome, directory: runtime.config.directory, values, errors: [], problem }),
    );
    if (retry) return retry;
    throw error;
  }
  if (outcome.kind === 'invalid') return htmlResponse(400, renderRegisterPage({ chrome, directory: runtime.config.directory, values, errors: outcome.errors }));
  return redirectResponse(pathTo('casePage', { reference: outcome.reference }, { gelukt: 'geregistreerd' }));
}
