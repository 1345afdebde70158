import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { amsterdamDate } from '#core/calendar-date';
import type { FieldError } from '#core/field-errors';
import type { PortalActor } from '#core/portal-access';
import { getRuntime, type Runtime } from '#adapters/runtime';
import * as actions from '#application/case-actions';
import { loadCaseView } from '#application/case-file';
import { type FormProblem, renderCasePage } from '#views/case-page';
import type { PortalChrome } from '#views/portal-layout';
import { actorOf, chromeFor } from './http/portal-chrome';
import { conflict, forbidden } from './http/portal-responses';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';
import { portalHandler } from './http/session';
import { paths } from '#routes';

/**
 * POST /portaal/verzoeken/{reference}/{action}: answers, art. 19, and the
 * coordinator's extend, question, decision and close. Each redirects back to
 * the request page, or shows it again with the problem at the form.
 */

/** The first field of each form, where a message without a field of its own is shown. */
const FIRST_FIELD: Record<string, { form: FormProblem['form']; path: string }> = {
  verlengen: { form: 'verlengen', path: 'reason' },
  vraag: { form: 'vraag', path: 'question' },
  besluit: { form: 'besluit', path: 'form' },
  antwoord: { form: 'antwoord', path: 'form' },
  art19: { form: 'actie', path: 'form' },
  sluiten: { form: 'actie', path: 'form' },
};

export const handler = portalHandler(async (event, user, csrf) => {
  const runtime = getRuntime();
  return caseAction(runtime, event, actorOf(user), chromeFor(runtime.config.directory, user, csrf), amsterdamDate(runtime.clock.now()));
});

async function caseAction(
  runtime: Runtime,
  event: APIGatewayProxyEventV2,
  actor: PortalActor,
  chrome: PortalChrome,
  today: string,
): Promise<APIGatewayProxyStructuredResultV2> {
  const reference = event.pathParameters?.reference ?? '';
  const action = event.pathParameters?.action ?? '';
  const form = new URLSearchParams(readBody(event));
  const version = Number(form.get('version'));
  let result: actions.ActionResult;
  switch (action) {
    case 'antwoord':
      result = await actions.answerForParty(runtime, actor, reference, form, version);
      break;
    case 'art19':
      result = await actions.confirmArt19Applied(runtime, actor, reference, form.get('fromPartyId') ?? '');
      break;
    case 'verlengen':
      result = await actions.extendTerm(runtime, actor, reference, { months: Number(form.get('months')), reason: form.get('reason') ?? '' }, version);
      break;
    case 'vraag':
      result = await actions.askClarification(runtime, actor, reference, form.get('question') ?? '', version);
      break;
    case 'besluit':
      result = await actions.sendDecision(runtime, actor, reference, form, version);
      break;
    case 'sluiten':
      result = await actions.closeCase(runtime, actor, reference, version);
      break;
    default:
      return forbidden();
  }
  switch (result.kind) {
    case 'done':
      return redirectResponse(paths.request(reference, { gelukt: action }));
    case 'forbidden':
      return forbidden();
    case 'conflict':
      return conflict(reference);
    case 'invalid':
    case 'refused': {
      const first = FIRST_FIELD[action]!;
      const errors: FieldError[] = result.kind === 'invalid' ? result.errors : [{ path: first.path, message: result.message }];
      const view = await loadCaseView(runtime, actor, reference);
      if (!view) return forbidden();
      const values = Object.fromEntries([...new Set(form.keys())].map((key) => [key, form.getAll(key).length > 1 ? form.getAll(key) : (form.get(key) ?? '')]));
      // Checkbox groups must stay lists even with one box ticked.
      for (const key of form.keys()) if (key.endsWith('.categories')) values[key] = form.getAll(key);
      return htmlResponse(400, renderCasePage({ view, chrome, directory: runtime.config.directory, today, problem: { form: first.form, errors, values } }));
    }
  }
}
