import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { FieldError } from '#core/field-errors';
import type { PortalActor } from '#core/portal-access';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import type { ActionResult, CaseDeps } from '#application/case-actions';
import type { CaseFileRepository, CaseReader } from '#application/ports';
import type { Table } from '#adapters/table';
import { loadCaseView } from '#application/case-file';
import type { FormProblem } from '#views/case-forms';
import { type CaseForm, renderFormProblemPage } from '#views/form-problem-page';
import type { DecisionPreviewProps } from '#views/decision-preview-page';
import { type CaseActionWord, pathTo, type RouteId, routeIdOf } from '#routes';
import { actorOf, chromeFor } from './portal-chrome';
import { conflict, forbidden } from './portal-responses';
import { readBody } from './request';
import { htmlResponse, redirectResponse } from './responses';
import { portalHandler } from './session';

/**
 * What every POST on a request shares, whichever function serves it (the
 * party's answers in portal-actions, the coordinator's steps in
 * portal-coordination): run one use case, then redirect back to the request
 * page (Post/Redirect/Get), or show it again with the problem at the form.
 */
export type CaseActionRun = (deps: CaseDeps, actor: PortalActor, reference: string, form: URLSearchParams, version: number) => Promise<ActionResult>;

/** The word in the URL and the notice after success, and the form (and first field) where a message without a field of its own is shown. */
const ACTIONS: Partial<Record<RouteId, { word: CaseActionWord; form: FormProblem['form']; path: string; back?: 'myTasks' }>> = {
  // Back to the task list: a central contact point not in the overleg it chose no longer sees the request.
  assignOverleg: { word: 'toegewezen', form: 'overleg', path: 'choice', back: 'myTasks' },
  answer: { word: 'antwoord', form: 'antwoord', path: 'form' },
  takeTask: { word: 'oppakken', form: 'antwoord', path: 'form' },
  applyArt19: { word: 'art19', form: 'actie', path: 'form' },
  addNote: { word: 'bericht', form: 'bericht', path: 'text' },
  extend: { word: 'verlengen', form: 'verlengen', path: 'reason' },
  ask: { word: 'vraag', form: 'vraag', path: 'question' },
  recordAnswer: { word: 'vraag-beantwoord', form: 'vraag-antwoord', path: 'answer' },
  decide: { word: 'besluit', form: 'besluit', path: 'form' },
  previewDecision: { word: 'besluit', form: 'besluit', path: 'form' },
  recordSentByPost: { word: 'per-post', form: 'actie', path: 'form' },
  close: { word: 'sluiten', form: 'actie', path: 'form' },
  recordIdentity: { word: 'identiteit', form: 'identiteit', path: 'method' },
};

/** The cases, with the related requests the request page names when it is shown again. */
type PageCases = CaseFileRepository & Pick<CaseReader, 'getSameChild'>;
type Deps = ReturnType<typeof getRuntime> & { cases: PageCases };

/** A portal function serving the case actions in `runs`, dispatched by route id, on the case store `cases` gives. */
export function caseActionHandler(
  cases: (table: Table) => PageCases,
  runs: Partial<Record<RouteId, CaseActionRun>>,
  forms: Partial<Record<FormProblem['form'], CaseForm>>,
  preview?: (props: DecisionPreviewProps) => string,
) {
  const deps = once((): Deps => {
    const runtime = getRuntime();
    return { ...runtime, cases: cases(runtime.table) };
  });
  return portalHandler(async (event, user, csrf) => {
    const id = routeIdOf(event.routeKey);
    const run = id && runs[id];
    const action = id && ACTIONS[id];
    if (!run || !action) return forbidden();
    const runtime = await refreshConfiguration(deps());
    const actor = actorOf(user);
    const reference = event.pathParameters?.reference ?? '';
    const form = new URLSearchParams(readBody(event));
    const result = await run(runtime, actor, reference, form, Number(form.get('version')));
    switch (result.kind) {
      case 'done':
        if (action.back) return redirectResponse(pathTo(action.back, {}, { gelukt: action.word }));
        // A requester reached by post learnt nothing from us: the notice says to post it, not that they were told.
        return redirectResponse(pathTo('casePage', { reference }, { gelukt: result.byPost ? `${action.word}-post` : action.word }));
      case 'forbidden':
        return forbidden();
      case 'conflict':
        return conflict(reference);
      case 'preview': {
        const view = await loadCaseView(runtime, actor, reference);
        if (!view || !preview) return forbidden();
        return htmlResponse(200, preview({ view, chrome: chromeFor(runtime.config.directory, user, csrf), text: result.text, values: typedValues(form) }));
      }
      case 'invalid':
      case 'refused': {
        const errors: FieldError[] = result.kind === 'invalid' ? result.errors : [{ path: action.path, message: result.message }];
        return showProblem(
          event,
          runtime,
          actor,
          chromeFor(runtime.config.directory, user, csrf),
          { form: action.form, errors, values: typedValues(form) },
          forms,
        );
      }
    }
  });
}

async function showProblem(
  event: APIGatewayProxyEventV2,
  runtime: Deps,
  actor: PortalActor,
  chrome: ReturnType<typeof chromeFor>,
  problem: FormProblem,
  forms: Partial<Record<FormProblem['form'], CaseForm>>,
): Promise<APIGatewayProxyStructuredResultV2> {
  const view = await loadCaseView(runtime, actor, event.pathParameters?.reference ?? '');
  if (!view) return forbidden();
  return htmlResponse(400, renderFormProblemPage({ view, chrome, problem, forms }));
}

/** What was typed, to show again; checkbox groups stay lists even with one box ticked. */
function typedValues(form: URLSearchParams): FormProblem['values'] {
  const values = Object.fromEntries([...new Set(form.keys())].map((key) => [key, form.getAll(key).length > 1 ? form.getAll(key) : (form.get(key) ?? '')]));
  for (const key of form.keys()) if (key.endsWith('.categories')) values[key] = form.getAll(key);
  return values;
}
