import { plural } from '#texts/format';
import type { Language } from '#texts/language';
import { casePageTexts, documentsTexts, identityTexts, termsTexts } from '#texts/catalogue';
import type { CaseView } from '#core/case-view';
import { DECISION_OUTCOMES } from '#core/decision';
import type { FieldError } from '#core/field-errors';
import { ANSWER_OUTCOMES, ART15_STATEMENTS, DATA_CATEGORIES, type TypeAnswer } from '#core/party-answer';
import { GROUNDS_BY_RIGHT, REFUSAL_GROUNDS } from '#core/refusal-grounds';
import { IDENTITY_METHODS } from '#core/request-record';
import type { RequestType } from '#core/request-schema';
import { longDate } from '#texts/format';
import { pathTo } from '#routes';
import { Choice, DateInput, describedBy, FieldErrorMessage, FormGroup, SelectField, SelectGroup, SubmitButton, TextArea } from './components';
import { useLanguage } from './render';

/**
 * The forms on a request, each on its own: the case page shows them in
 * place, and a failed post shows only the form it came from, with its errors
 * and what was typed (form-problem-page.tsx). Each portal function then
 * bundles the forms it can fail on, not the whole case page.
 */

/** The form a failed post came from, with its errors and what was typed. */
export interface FormProblem {
  form: 'overleg' | 'antwoord' | 'verlengen' | 'vraag' | 'vraag-antwoord' | 'besluit' | 'actie' | 'identiteit' | 'document' | 'inzien' | 'bericht';
  errors: FieldError[];
  values: Record<string, string | string[]>;
}

/** Field ids for the error summary: "inzage.outcome" → "antwoord-inzage-outcome". */
export const fieldId = (form: string, path: string) => `${form}-${path.replace(/\./g, '-')}`;

/** What a form shows of a failed post: the message at a field, the value typed, and the summary's links. */
export interface FormState {
  errorFor(form: FormProblem['form'], path: string): string | undefined;
  valueFor(form: FormProblem['form'], name: string, fallback?: string): string;
  valuesOf(form: FormProblem['form'], name: string, fallback?: string[]): string[];
  summary: Array<{ field: string; message: string }>;
}

export function formState(problem: FormProblem | undefined, types: readonly RequestType[], language: Language): FormState {
  const terms = termsTexts(language);
  // Per-type fields repeat ("Kies een uitkomst." for inzage and for rectificatie): the summary names the type, so each link says where it goes.
  const typeOf = (path: string) => types.find((type) => path.startsWith(`${type}.`));
  const valueOf = (form: FormProblem['form'], name: string) => (problem?.form === form ? problem.values[name] : undefined);
  return {
    summary: (problem?.errors ?? []).map((error) => {
      const type = typeOf(error.path);
      // The date of the identity check is three boxes: the summary links to the first.
      const field =
        problem!.form === 'identiteit' && error.path === 'checkedOn'
          ? 'checkedDay'
          : problem!.form === 'inzien'
            ? `inzien-reason-${String(problem!.values.document)}`
            : fieldId(problem!.form, error.path);
      return { field, message: type ? `${terms.requestType[type].label}: ${error.message}` : error.message };
    }),
    errorFor: (form, path) => (problem?.form === form ? problem.errors.find((error) => error.path === path)?.message : undefined),
    valueFor: (form, name, fallback = '') => {
      const value = valueOf(form, name);
      return typeof value === 'string' ? value : fallback;
    },
    valuesOf: (form, name, fallback = []) => {
      const value = valueOf(form, name);
      return Array.isArray(value) ? value : typeof value === 'string' ? [value] : fallback;
    },
  };
}

export interface FormProps {
  view: CaseView;
  csrf: string;
  state: FormState;
}

/** The version a coordinator's form read, and the CSRF token. */
function Hidden(props: { csrf: string; version: number }) {
  return (
    <>
      <input type="hidden" name="csrf" value={props.csrf} />
      <input type="hidden" name="version" value={String(props.version)} />
    </>
  );
}

/** The party's answer for its own part. */
export function AnswerForm({ view, csrf, state }: FormProps) {
  const t = casePageTexts(useLanguage());
  const record = view.request;
  const myTask = view.ownAnswer;
  if (!myTask || !view.can.answer.allowed) return null;
  return (
    <section class="panel-box" aria-labelledby="answer-title">
      <h2 id="answer-title">{myTask.status === 'open' ? t.answer.title : t.answer.changeTitle}</h2>
      {myTask.status === 'open' && (
        <div class="avg-take">
          {myTask.takenBy && <p>{myTask.takenBy.byMe ? t.answer.takenByMe : t.answer.takenBy(myTask.takenBy.name)}</p>}
          {myTask.mayTake && (
            <form method="post" action={pathTo('takeTask', { reference: record.reference })} class="avg-inline-form">
              <input type="hidden" name="csrf" value={csrf} />
              <input type="hidden" name="version" value={String(myTask.version)} />
              <SubmitButton secondary>{myTask.takenBy ? t.answer.takeOver : t.answer.take}</SubmitButton>
            </form>
          )}
        </div>
      )}
      <p>{t.answer.intro}</p>
      <form method="post" action={pathTo('answer', { reference: record.reference })} novalidate>
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="version" value={String(myTask.version)} />
        {record.types.map((type) => (
          <AnswerFields
            type={type}
            existing={myTask.answers.find((answer) => answer.type === type)}
            errorFor={(path) => state.errorFor('antwoord', `${type}.${path}`)}
            valueFor={(name, fallback) => state.valueFor('antwoord', `${type}.${name}`, fallback)}
            valuesOf={(name, fallback) => state.valuesOf('antwoord', `${type}.${name}`, fallback)}
          />
        ))}
        <SubmitButton secondary={view.next !== 'answer'}>{t.answer.button}</SubmitButton>
      </form>
    </section>
  );
}

/** The central contact point chooses the overleg of a request whose requester did not know it (core/assign-overleg.ts). */
export function AssignForm({ view, csrf, state }: FormProps) {
  const t = casePageTexts(useLanguage()).coordinator;
  const record = view.request;
  if (!view.can.assign.allowed) return null;
  const error = state.errorFor('overleg', 'choice');
  const chosen = state.valueFor('overleg', 'choice');
  const proposal = view.assignChoices.find((choice) => choice.options.some((option) => option.value.startsWith(`${record.casusoverlegId}/`)));
  return (
    <form method="post" action={pathTo('assignOverleg', { reference: record.reference })} class="panel-box" novalidate>
      <h3>{t.assignTitle}</h3>
      <p>{t.assignIntro}</p>
      {proposal && <p>{t.assignProposal(proposal.overleg)}</p>}
      <Hidden csrf={csrf} version={record.version} />
      <SelectGroup id="overleg-choice" name="choice" label={t.assignLabel} error={error}>
        <option value="">{t.assignChoose}</option>
        {view.assignChoices.map((choice) => (
          <optgroup label={choice.overleg}>
            {choice.options.map((option) => (
              <option value={option.value} selected={chosen === option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectGroup>
      <SubmitButton>{t.assignButton}</SubmitButton>
    </form>
  );
}

export function ExtendForm({ view, csrf, state }: FormProps) {
  const language = useLanguage();
  const t = casePageTexts(language).coordinator;
  const record = view.request;
  if (!view.can.extend.allowed) return null;
  return (
    <form method="post" action={pathTo('extend', { reference: record.reference })} class="panel-box" novalidate>
      <h3>{t.extendTitle}</h3>
      <p>{t.extendIntro}</p>
      <Hidden csrf={csrf} version={record.version} />
      <FormGroup error={state.errorFor('verlengen', 'months')}>
        <label class="utrecht-form-label" for="verlengen-months">
          {t.extendBy}
        </label>
        <FieldErrorMessage field="verlengen-months" error={state.errorFor('verlengen', 'months')} />
        <select class="utrecht-select utrecht-select--html-select" id="verlengen-months" name="months">
          {[2, 1].map((months) => (
            <option value={String(months)} selected={state.valueFor('verlengen', 'months', '2') === String(months)}>
              {plural(language, months, t.months)}
            </option>
          ))}
        </select>
      </FormGroup>
      <TextArea
        id="verlengen-reason"
        name="reason"
        label={t.reason}
        value={state.valueFor('verlengen', 'reason')}
        error={state.errorFor('verlengen', 'reason')}
      />
      <SubmitButton secondary>{t.extendButton}</SubmitButton>
    </form>
  );
}

export function AskForm({ view, csrf, state }: FormProps) {
  const t = casePageTexts(useLanguage()).coordinator;
  const record = view.request;
  if (!view.can.ask.allowed) return null;
  return (
    <form method="post" action={pathTo('ask', { reference: record.reference })} class="panel-box" novalidate>
      <h3>{t.askTitle}</h3>
      <p>{view.byPost ? t.askIntroByPost : t.askIntro}</p>
      <Hidden csrf={csrf} version={record.version} />
      <TextArea
        id="vraag-question"
        name="question"
        label={t.question}
        value={state.valueFor('vraag', 'question')}
        error={state.errorFor('vraag', 'question')}
      />
      <SubmitButton secondary>{view.byPost ? t.askButtonByPost : t.askButton}</SubmitButton>
    </form>
  );
}

/** The requester's answer to the question, arrived by letter or phone: typed in by the coordinator, the clock runs again. */
export function RecordAnswerForm({ view, csrf, state }: FormProps) {
  const t = casePageTexts(useLanguage()).coordinator;
  const record = view.request;
  if (!view.can.recordAnswer.allowed) return null;
  return (
    <form method="post" action={pathTo('recordAnswer', { reference: record.reference })} class="panel-box" novalidate>
      <h3>{t.recordAnswerTitle}</h3>
      <p>{t.recordAnswerIntro}</p>
      <Hidden csrf={csrf} version={record.version} />
      <TextArea
        id="vraag-antwoord-answer"
        name="answer"
        label={t.answer}
        value={state.valueFor('vraag-antwoord', 'answer')}
        error={state.errorFor('vraag-antwoord', 'answer')}
      />
      <SubmitButton secondary={view.next !== 'recordAnswer'}>{t.recordAnswerButton}</SubmitButton>
    </form>
  );
}

/** For a requester without e-mail: after the decision, the coordinator records that the letter and the copies went by post. */
export function SentByPostForm({ view, csrf }: Omit<FormProps, 'state'>) {
  const t = casePageTexts(useLanguage()).coordinator;
  const record = view.request;
  if (!view.can.recordSentByPost.allowed) return null;
  return (
    <form method="post" action={pathTo('recordSentByPost', { reference: record.reference })} class="panel-box">
      <h3>{t.sentByPostTitle}</h3>
      <p>{t.sentByPostIntro}</p>
      <Hidden csrf={csrf} version={record.version} />
      <SubmitButton secondary={view.next !== 'recordSentByPost'}>{t.sentByPostButton}</SubmitButton>
    </form>
  );
}

/** The one decision; while it cannot be sent yet, why not. */
export function DecisionForm({ view, csrf, state, previewing }: FormProps & { previewing?: boolean }) {
  const language = useLanguage();
  const casePage = casePageTexts(language);
  const terms = termsTexts(language);
  const record = view.request;
  if (!view.can.decide.allowed)
    return record.status === 'decided' || record.status === 'closed' ? null : (
      <section class="panel-box" id="besluit-form">
        <h3>{casePage.decision.title.whole}</h3>
        <p>{view.can.decide.reason}</p>
      </section>
    );
  const scope = view.decisionScope;
  const kind = scope && scope.kind !== 'none' ? scope.kind : 'whole';
  return (
    <form method="post" action={pathTo('previewDecision', { reference: record.reference })} class="panel-box" novalidate>
      <h3>{previewing ? casePage.decision.previewChange : casePage.decision.title[kind]}</h3>
      <p>{casePage.decision.intro}</p>
      {scope?.kind === 'partial' && <p>{casePage.decision.partialScope(scope.parts.join(', '), scope.pending.join(', '))}</p>}
      {scope?.kind === 'supplementary' && <p>{casePage.decision.supplementaryScope(scope.parts.join(', '))}</p>}
      <Hidden csrf={csrf} version={record.version} />
      {record.types.map((type) => {
        const id = (name: string) => fieldId('besluit', `${type}.${name}`);
        return (
          <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset panel-box">
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{terms.requestType[type].label}</legend>
            <FormGroup error={state.errorFor('besluit', `${type}.outcome`)}>
              <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
                <legend class="utrecht-form-label">{casePage.decision.outcome}</legend>
                <FieldErrorMessage field={id('outcome')} error={state.errorFor('besluit', `${type}.outcome`)} />
                {DECISION_OUTCOMES.map((value, n) => (
                  <Choice
                    type="radio"
                    id={n === 0 ? id('outcome') : `${id('outcome')}-${n}`}
                    name={`${type}.outcome`}
                    value={value}
                    checked={state.valueFor('besluit', `${type}.outcome`) === value}
                    label={value}
                  />
                ))}
              </fieldset>
            </FormGroup>
            <GroundSelect
              type={type}
              id={id('ground')}
              name={`${type}.ground`}
              label={casePage.decision.ground}
              value={state.valueFor('besluit', `${type}.ground`)}
              error={state.errorFor('besluit', `${type}.ground`)}
            />
            <TextArea
              id={id('motivation')}
              name={`${type}.motivation`}
              label={casePage.decision.motivation}
              value={state.valueFor('besluit', `${type}.motivation`)}
              error={state.errorFor('besluit', `${type}.motivation`)}
            />
          </fieldset>
        );
      })}
      {/* Irreversible: this button only shows what would be sent; sending is the preview page's own button. */}
      <SubmitButton secondary={previewing || view.next !== 'decide'}>
        {previewing ? casePage.decision.previewUpdate : casePage.decision.previewButton}
      </SubmitButton>
    </form>
  );
}

export function CloseForm({ view, csrf }: Omit<FormProps, 'state'>) {
  const t = casePageTexts(useLanguage()).coordinator;
  const record = view.request;
  if (!view.can.close.allowed) return null;
  return (
    <form method="post" action={pathTo('close', { reference: record.reference })} class="panel-box">
      <h3>{t.closeTitle}</h3>
      <p>{t.closeIntro}</p>
      <Hidden csrf={csrf} version={record.version} />
      <SubmitButton secondary={view.next !== 'close'}>{t.closeButton}</SubmitButton>
    </form>
  );
}

function AnswerFields(props: {
  type: RequestType;
  existing: TypeAnswer | undefined;
  errorFor: (path: string) => string | undefined;
  valueFor: (name: string, fallback?: string) => string;
  valuesOf: (name: string, fallback?: string[]) => string[];
}) {
  const { type, existing } = props;
  const id = (name: string) => fieldId('antwoord', `${type}.${name}`);
  const outcome = props.valueFor('outcome', existing?.outcome ?? '');
  const language = useLanguage();
  const casePage = casePageTexts(language);
  const terms = termsTexts(language);
  const t = casePage.answer;
  return (
    <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset panel-box">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{terms.requestType[type].label}</legend>
      <FormGroup error={props.errorFor('outcome')}>
        <fieldset
          class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby={describedBy(id('outcome'), false, props.errorFor('outcome'))}
        >
          <legend class="utrecht-form-label">{t.outcome}</legend>
          <FieldErrorMessage field={id('outcome')} error={props.errorFor('outcome')} />
          {ANSWER_OUTCOMES[type].map((value, n) => (
            <Choice
              type="radio"
              id={n === 0 ? id('outcome') : `${id('outcome')}-${n}`}
              name={`${type}.outcome`}
              value={value}
              checked={outcome === value}
              label={value}
            />
          ))}
        </fieldset>
      </FormGroup>
      {type === 'inzage' && (
        <>
          <FormGroup error={props.errorFor('categories')}>
            <fieldset
              class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
              aria-describedby={describedBy(id('categories'), true, props.errorFor('categories'))}
            >
              <legend class="utrecht-form-label">{t.categories}</legend>
              <p class="utrecht-form-field-description" id={`${id('categories')}-hint`}>
                {t.onlyProvided}
              </p>
              <FieldErrorMessage field={id('categories')} error={props.errorFor('categories')} />
              {DATA_CATEGORIES.map((category, n) => (
                <Choice
                  type="checkbox"
                  id={n === 0 ? id('categories') : `${id('categories')}-${n}`}
                  name={`${type}.categories`}
                  value={category}
                  checked={props.valuesOf('categories', existing?.categories ?? []).includes(category)}
                  label={termsTexts(language).dataCategory[category] ?? category}
                />
              ))}
            </fieldset>
          </FormGroup>
          <TextArea
            id={id('summary')}
            name={`${type}.summary`}
            label={t.summary}
            hint={t.summaryHint}
            value={props.valueFor('summary', existing?.summary ?? '')}
            error={props.errorFor('summary')}
          />
          {ART15_STATEMENTS.map((field) => (
            <TextArea
              id={id(field)}
              name={`${type}.${field}`}
              label={t.statements[field].label}
              hint={t.statements[field].hint}
              value={props.valueFor(field, existing?.details?.[field] ?? t.statements[field].proposal)}
              error={props.errorFor(field)}
              rows={3}
            />
          ))}
          <TextArea
            id={id('copy')}
            name={`${type}.copy`}
            label={t.copy}
            hint={t.copyHint}
            value={props.valueFor('copy', existing?.details?.copy ?? '')}
            error={props.errorFor('copy')}
            rows={8}
          />
        </>
      )}
      {type !== 'inzage' && (
        <TextArea
          id={id('change')}
          name={`${type}.change`}
          label={t.change}
          hint={t.changeHint}
          value={props.valueFor('change', existing?.change ?? '')}
          error={props.errorFor('change')}
          rows={3}
        />
      )}
      <GroundSelect
        type={type}
        id={id('ground')}
        name={`${type}.ground`}
        label={t.ground}
        value={props.valueFor('ground', existing?.ground ?? '')}
        error={props.errorFor('ground')}
      />
      <TextArea
        id={id('motivation')}
        name={`${type}.motivation`}
        label={t.motivation}
        hint={t.motivationHint}
        value={props.valueFor('motivation', existing?.motivation ?? '')}
        error={props.errorFor('motivation')}
      />
    </fieldset>
  );
}

/** The refusal ground of one type: one of the grounds the law allows for that right, or none. */
function GroundSelect(props: { type: RequestType; id: string; name: string; label: string; value: string; error: string | undefined }) {
  const t = casePageTexts(useLanguage()).answer;
  const options = [['', t.noGround] as const, ...GROUNDS_BY_RIGHT[props.type].map((value) => [value, REFUSAL_GROUNDS[value]] as const)];
  return <SelectField id={props.id} name={props.name} label={props.label} value={props.value} options={options} error={props.error} />;
}

/** A contact person describes a file for their party; the upload form for it comes next. */
export function AddDocumentForm({ view, csrf, state }: FormProps) {
  const t = documentsTexts(useLanguage()).portal;
  const reference = view.request.reference;
  const titleError = state.errorFor('document', 'title');
  if (!view.can.addDocument.allowed) return null;
  return (
    <form method="post" action={pathTo('addDocument', { reference })} class="panel-box" novalidate>
      <h3>{t.addTitle}</h3>
      <p>{t.addIntro}</p>
      <input type="hidden" name="csrf" value={csrf} />
      <FormGroup error={titleError}>
        <label class="utrecht-form-label" for="document-title">
          {t.titleLabel}
        </label>
        <div class="utrecht-form-field-description" id="document-title-hint">
          {t.titleHint}
        </div>
        <FieldErrorMessage field="document-title" error={titleError} />
        <input
          class={`utrecht-textbox utrecht-textbox--html-input${titleError ? ' utrecht-textbox--invalid' : ''}`}
          id="document-title"
          name="title"
          type="text"
          maxlength={120}
          value={state.valueFor('document', 'title')}
          aria-describedby={describedBy('document-title', true, titleError)}
          aria-invalid={titleError ? 'true' : undefined}
        />
      </FormGroup>
      <SubmitButton secondary>{t.addButton}</SubmitButton>
    </form>
  );
}

/** The coordinator's record of how the requester's identity was checked: shown when done, the form while it may be (re)done. */
export function IdentityForm({ view, csrf, state }: FormProps) {
  const language = useLanguage();
  const t = identityTexts(language).form;
  const check = view.request.identityCheck;
  if (!view.identityNeeded) return null;
  const methodError = state.errorFor('identiteit', 'method');
  return (
    <section class="panel-box" aria-labelledby="identity-title">
      <h3 id="identity-title">{t.title}</h3>
      {check ? <p>{t.done(t.methods[check.method], longDate(language, check.checkedOn))}</p> : <p>{t.intro}</p>}
      {view.can.recordIdentity.allowed && (
        <form method="post" action={pathTo('recordIdentity', { reference: view.request.reference })} novalidate>
          <Hidden csrf={csrf} version={view.request.version} />
          {check && <p>{t.again}</p>}
          <FormGroup error={methodError}>
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
              <legend class="utrecht-form-label">{t.method}</legend>
              <FieldErrorMessage field="identiteit-method" error={methodError} />
              {IDENTITY_METHODS.map((method, n) => (
                <Choice
                  type="radio"
                  id={n === 0 ? 'identiteit-method' : `identiteit-method-${method}`}
                  name="method"
                  value={method}
                  checked={state.valueFor('identiteit', 'method') === method}
                  label={t.methods[method]}
                />
              ))}
            </fieldset>
          </FormGroup>
          <DateInput
            prefix="checked"
            legend={t.checkedOn}
            hint={t.checkedOnHint}
            error={state.errorFor('identiteit', 'checkedOn')}
            values={{
              day: state.valueFor('identiteit', 'checkedDay'),
              month: state.valueFor('identiteit', 'checkedMonth'),
              year: state.valueFor('identiteit', 'checkedYear'),
            }}
          />
          <SubmitButton secondary={view.next !== 'recordIdentity'}>{t.button}</SubmitButton>
        </form>
      )}
    </section>
  );
}

/** The FG's request to open a file of their party, with the reason their supervision needs it. */
export function InspectForm({ view, csrf, state, documentId }: FormProps & { documentId?: string }) {
  const t = documentsTexts(useLanguage()).portal;
  const id = documentId ?? state.valueFor('inzien', 'document');
  const document = view.documents.find((candidate) => candidate.id === id && candidate.mayInspect);
  if (!document) return null;
  const error = state.valueFor('inzien', 'document') === id ? state.errorFor('inzien', 'reason') : undefined;
  const field = `inzien-reason-${id}`;
  return (
    <form method="post" action={pathTo('inspectDocument', { reference: view.request.reference, document: id })} novalidate>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="document" value={id} />
      <FormGroup error={error}>
        <label class="utrecht-form-label" for={field}>
          {t.inspectReason(document.title)}
        </label>
        <FieldErrorMessage field={field} error={error} />
        <input
          class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          id={field}
          name="reason"
          type="text"
          maxlength={500}
          value={state.valueFor('inzien', 'reason')}
          aria-describedby={describedBy(field, false, error)}
          aria-invalid={error ? 'true' : undefined}
        />
      </FormGroup>
      <SubmitButton secondary>{t.inspectButton}</SubmitButton>
    </form>
  );
}
