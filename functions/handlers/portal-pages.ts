import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { amsterdamDate } from '../core/calendar-date';
import type { FieldError } from '../core/field-errors';
import type { PortalActor } from '../core/portal-access';
import { getRuntime, type Runtime } from '../adapters/runtime';
import * as actions from '../application/case-actions';
import { type FormProblem, renderCasePage } from '../views/case-page';
import { renderMessagePage } from '../views/error-page';
import type { PortalChrome } from '../views/portal-layout';
import { renderTasksPage } from '../views/portal-pages';
import { readBody } from './http/request';
import { htmlResponse, redirectResponse } from './http/responses';
import { actorOf, chromeFor } from './http/portal-chrome';
import { portalHandler } from './http/session';

/** Fixed notices after a successful action (Post/Redirect/Get): the URL carries a word, never data. */
const NOTICES: Record<string, string> = {
  antwoord: 'Het antwoord van uw organisatie is opgeslagen.',
  art19: 'Vastgelegd: de wijziging is doorgevoerd.',
  verlengen: 'De termijn is verlengd. De aanvrager is op de hoogte gebracht.',
  vraag: 'De vraag staat op de statuspagina van de aanvrager. De termijn staat stil.',
  besluit: 'Het besluit is verstuurd.',
  sluiten: 'Het verzoek is afgesloten.',
  geregistreerd: 'Het verzoek is geregistreerd en doorgestuurd naar alle organisaties van het overleg.',
};


/** Another party's request and a request that does not exist look the same. */
const forbidden = () =>
  htmlResponse(
    403,
    renderMessagePage({
      title: 'Geen toegang',
      paragraphs: ['U kunt dit verzoek niet bekijken. Alleen organisaties waarnaar het verzoek is gestuurd, zien het.'],
      link: { href: '/portaal', text: 'Naar mijn taken' },
    }),
  );

const conflict = (reference: string) =>
  htmlResponse(
    409,
    renderMessagePage({
      title: 'Iemand was u voor',
      paragraphs: ['Iemand anders heeft dit verzoek net gewijzigd. Er is niets van u opgeslagen. Bekijk de nieuwe stand en probeer het zo nodig opnieuw.'],
      link: { href: `/portaal/verzoeken/${reference}`, text: 'Naar het verzoek' },
    }),
  );

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
  const chrome = chromeFor(runtime, user, csrf);
  const actor = actorOf(user);
  const today = amsterdamDate(runtime.clock.now());
  const notice = NOTICES[event.queryStringParameters?.gelukt ?? ''];

  switch (event.routeKey) {
    case 'GET /portaal': {
      const tasks = await runtime.store.openTasksForParty(user.partyId);
      return htmlResponse(200, renderTasksPage({ chrome, tasks, today, notice }));
    }
    case 'GET /portaal/verzoeken/{reference}': {
      const file = await actions.loadCase(runtime, actor, event.pathParameters?.reference ?? '');
      if (!file) return forbidden();
      return htmlResponse(200, renderCasePage({ ...file, actor, chrome, directory: runtime.directory, today, notice }));
    }
    case 'POST /portaal/verzoeken/{reference}/{action}':
      return caseAction(runtime, event, actor, chrome, today);
    default:
      return htmlResponse(404, renderMessagePage({ title: 'Niet gevonden', paragraphs: ['Deze pagina bestaat niet.'] }));
  }
});

async function caseAction(runtime: Runtime, event: APIGatewayProxyEventV2, actor: PortalActor, chrome: PortalChrome, today: string): Promise<APIGatewayProxyStructuredResultV2> {
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
      return redirectResponse(`/portaal/verzoeken/${reference}?gelukt=${action}`);
    case 'forbidden':
      return forbidden();
    case 'conflict':
      return conflict(reference);
    case 'invalid':
    case 'refused': {
      const first = FIRST_FIELD[action]!;
      const errors: FieldError[] = result.kind === 'invalid' ? result.errors : [{ path: first.path, message: result.message }];
      const file = await actions.loadCase(runtime, actor, reference);
      if (!file) return forbidden();
      const values = Object.fromEntries([...new Set(form.keys())].map((key) => [key, form.getAll(key).length > 1 ? form.getAll(key) : (form.get(key) ?? '')]));
      // Checkbox groups must stay lists even with one box ticked.
      for (const key of form.keys()) if (key.endsWith('.categories')) values[key] = form.getAll(key);
      return htmlResponse(400, renderCasePage({ ...file, actor, chrome, directory: runtime.directory, today, problem: { form: first.form, errors, values } }));
    }
  }
}
