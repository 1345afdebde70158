import { casePageTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import type { CaseView } from '#core/case-view';
import { pathTo } from '#routes';
import { type FormProblem, type FormProps, formState } from './case-forms';
import { ErrorSummary, Rich } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { renderPage } from './render';

/**
 * The answer to a failed post on a request: the form it came from, on its
 * own, with the error summary, the messages at the fields and what was
 * typed, and the way back to the request (GOV.UK's pattern: the same form
 * again, never a blank one). A step refused as a whole (art. 19 done,
 * closing too early) has no form: the summary says why, its link leads back.
 */
export type CaseForm = (props: FormProps) => preact.JSX.Element | null;

/** `forms`: the forms this function can fail on (each function passes only its own, so it bundles only those). */
export function renderFormProblemPage(
  props: { view: CaseView; chrome: PortalChrome; problem: FormProblem; forms: Partial<Record<FormProblem['form'], CaseForm>> },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const { view, problem } = props;
  const t = casePageTexts(language);
  const state = formState(problem, view.request.types, language);
  const forms = { view, csrf: props.chrome.csrf, state };
  const Form = props.forms[problem.form];
  const reference = view.request.reference;
  return renderPage(
    <PortalLayout title={t.title(reference)} chrome={props.chrome} hasErrors>
      <ErrorSummary errors={state.summary} />
      <h1>
        <Rich text={t.heading} slots={{ reference: <span class="avg-reference">{reference}</span> }} />
      </h1>
      {Form && <Form {...forms} />}
      <p>
        <a class="utrecht-link utrecht-link--html-a" id={`${problem.form}-form`} href={pathTo('casePage', { reference })}>
          {t.backToRequest}
        </a>
      </p>
    </PortalLayout>,
    language,
  );
}
