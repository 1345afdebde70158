import type { CaseView } from '#core/case-view';
import type { DecisionText } from '#core/decision';
import { casePageTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { pathTo } from '#routes';
import { DecisionForm, type FormProblem, formState } from './case-forms';
import { SubmitButton } from './components';
import { DecisionTextView } from './decision-text';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { renderPage } from './render';

export interface DecisionPreviewProps {
  view: CaseView;
  chrome: PortalChrome;
  /** What sending would store: computed by the same rule as sending (application/case-actions.ts, previewDecision). */
  text: DecisionText;
  values: FormProblem['values'];
}

/**
 * "Controleer het besluit": the text the requester will read, then the one
 * primary button that sends exactly what is shown (the values travel as
 * hidden fields), and below it the form again to change and preview anew.
 */
export function renderDecisionPreviewPage(props: DecisionPreviewProps, language: Language = DEFAULT_LANGUAGE): string {
  const t = casePageTexts(language);
  const { view } = props;
  const reference = view.request.reference;
  const state = formState({ form: 'besluit', errors: [], values: props.values }, view.request.types, language);
  const sent = view.request.types.flatMap((type) =>
    ['outcome', 'ground', 'motivation'].map((field) => [`${type}.${field}`, String(props.values[`${type}.${field}`] ?? '')] as const),
  );
  const scope = view.decisionScope;
  const kind = scope && scope.kind !== 'none' ? scope.kind : 'whole';
  return renderPage(
    <PortalLayout title={`${t.decision.previewTitle}: ${reference}`} chrome={props.chrome}>
      <p>
        <a href={pathTo('casePage', { reference })}>{t.backToRequest}</a>
      </p>
      <h1>
        {t.decision.previewTitle}: <span class="avg-reference">{reference}</span>
      </h1>
      <p>{t.decision.previewIntro}</p>
      <section class="panel-box avg-preview" aria-labelledby="voorbeeld-titel">
        <h2 id="voorbeeld-titel">{t.decision.previewKind[kind]}</h2>
        <DecisionTextView text={props.text} titles={t.decision} />
      </section>
      <form method="post" action={pathTo('decide', { reference })}>
        <input type="hidden" name="csrf" value={props.chrome.csrf} />
        <input type="hidden" name="version" value={String(view.request.version)} />
        {sent.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <SubmitButton>{t.decision.title[kind]}</SubmitButton>
      </form>
      <DecisionForm view={view} csrf={props.chrome.csrf} state={state} previewing />
    </PortalLayout>,
    language,
  );
}
