import type { IsoDate } from '#core/calendar-date';
import { dateTime, longDate, plural, shortDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { casePageTexts, portalTexts, termsTexts } from '#texts/catalogue';
import { DECISION_OUTCOMES } from '#core/decision';
import type { FieldError } from '#core/field-errors';
import { ANSWER_OUTCOMES, DATA_CATEGORIES, REFUSAL_GROUNDS, type TypeAnswer } from '#core/party-answer';
import type { CaseView } from '#core/case-view';
import type { Directory } from '#core/directory';
import type { RequestType } from '#core/request-schema';
import { Choice, describedBy, ErrorSummary, FieldErrorMessage, FormGroup, Rich, SubmitButton, TextArea } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { actorText, daysLeftText, factsText, taskStatusText } from './portal-text';
import { renderPage, useLanguage } from './render';
import { DocumentsSection, IdentityForm } from './case-documents';
import { pathTo } from '#routes';

/** The form a failed post came from, with its errors and what was typed. */
export interface FormProblem {
  form: 'antwoord' | 'verlengen' | 'vraag' | 'besluit' | 'actie' | 'identiteit' | 'document';
  errors: FieldError[];
  values: Record<string, string | string[]>;
}

export interface CasePageProps {
  /** Everything the actor may see and do, decided in core (caseViewFor). */
  view: CaseView;
  chrome: PortalChrome;
  directory: Directory;
  today: IsoDate;
  notice?: string;
  problem?: FormProblem;
}

/** Field ids for the error summary: "inzage.outcome" → "antwoord-inzage-outcome". */
const fieldId = (form: string, path: string) => `${form}-${path.replace(/\./g, '-')}`;

export function renderCasePage(props: CasePageProps, language: Language = DEFAULT_LANGUAGE): string {
  const { view, directory, problem } = props;
  const t = casePageTexts(language);
  const portal = portalTexts(language);
  const terms = termsTexts(language);
  const date = (iso: IsoDate) => longDate(language, iso);
  const record = view.request;
  const partyName = (id: string) => directory.party(id)?.name ?? id;
  const coordinator = view.standing === 'coordinator';
  const myTask = view.ownAnswer;
  const open = !record.decision;
  const left = daysLeftText(language, portal, record.deadline, props.today);
  // Per-type fields repeat ("Kies een uitkomst." for inzage and for rectificatie): the summary names the type, so each link says where it goes.
  const typeOf = (path: string) => record.types.find((type) => path.startsWith(`${type}.`));
  const summary = (problem?.errors ?? []).map((error) => {
    const type = typeOf(error.path);
    // The date of the identity check is three boxes: the summary links to the first.
    const field = problem!.form === 'identiteit' && error.path === 'checkedOn' ? 'checkedDay' : fieldId(problem!.form, error.path);
    return { field, message: type ? `${terms.requestType[type].label}: ${error.message}` : error.message };
  });
  const errorFor = (form: FormProblem['form'], path: string) =>
    problem?.form === form ? problem.errors.find((error) => error.path === path)?.message : undefined;
  const valueFor = (form: FormProblem['form'], name: string, fallback = '') => {
    const value = problem?.form === form ? problem.values[name] : undefined;
    return typeof value === 'string' ? value : fallback;
  };
  const valuesOf = (form: FormProblem['form'], name: string, fallback: string[] = []) => {
    const value = problem?.form === form ? problem.values[name] : undefined;
    return Array.isArray(value) ? value : typeof value === 'string' ? [value] : fallback;
  };
  const overleg = directory.casusoverleg(record.regionId, record.casusoverlegId);

  return renderPage(
    <PortalLayout title={t.title(record.reference)} chrome={props.chrome} hasErrors={summary.length > 0} notice={props.notice}>
      <ErrorSummary errors={summary} />
      <h1>
        <Rich text={t.heading} slots={{ reference: <span class="avg-reference">{record.reference}</span> }} />
      </h1>
      <dl class="summary-list">
        <dt>{t.facts.status}</dt>
        <dd>{terms.staffStatus[record.status]}</dd>
        <dt>{t.facts.overleg}</dt>
        <dd>{overleg?.name ?? record.casusoverlegId}</dd>
        <dt>{t.facts.receivedOn}</dt>
        <dd>{date(record.receivedOn)}</dd>
        <dt>{t.facts.deadline}</dt>
        <dd>
          {record.status === 'paused' ? t.facts.paused : ''}
          {date(record.deadline)}{' '}
          {open && (
            <span class={left.late ? 'utrecht-badge-status utrecht-badge-status--danger' : 'utrecht-badge-status utrecht-badge-status--neutral'}>
              {left.text}
            </span>
          )}
        </dd>
        {record.extension && (
          <>
            <dt>{t.facts.extended}</dt>
            <dd>
              {plural(language, record.extension.months, t.facts.extendedBy)}
              {date(record.extension.extendedOn)}
              {t.facts.reason}
              {record.extension.reason}
            </dd>
          </>
        )}
        <dt>{t.facts.coordinator}</dt>
        <dd>{partyName(record.coordinatorPartyId)}</dd>
      </dl>

      <h2>{t.asked.title}</h2>
      <dl class="summary-list">
        <dt>{t.asked.types}</dt>
        <dd>{record.types.map((type) => terms.requestType[type].label).join(', ')}</dd>
        <dt>{t.asked.details}</dt>
        <dd>{record.details}</dd>
        <dt>{t.asked.child}</dt>
        <dd>{t.asked.born(record.child.name, shortDate(language, record.child.dateOfBirth))}</dd>
        <dt>{t.asked.requester}</dt>
        <dd>
          {record.requester.name} ({t.asked.requesterRole[record.requester.role]}){record.requester.email ? `, ${record.requester.email}` : ''}
          {record.requester.phone ? `, ${record.requester.phone}` : ''}
        </dd>
        <dt>{t.asked.channel}</dt>
        <dd>{record.channel}</dd>
      </dl>
      {record.pauses.length > 0 && (
        <>
          <h2>{t.questions.title}</h2>
          {record.pauses.map((pause) => (
            <div class="panel-box">
              <p>
                <strong>{t.questions.question(date(pause.startedOn))}</strong> <span class="pre">{pause.question}</span>
              </p>
              <p>
                <strong>{t.questions.answer(pause.endedOn ? date(pause.endedOn) : undefined)}</strong>{' '}
                <span class="pre">{pause.answer ?? t.questions.noAnswer}</span>
              </p>
            </div>
          ))}
        </>
      )}

      <h2>{t.parties.title}</h2>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="avg-visually-hidden">{t.parties.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.parties.party}</th>
            <th scope="col">{t.parties.status}</th>
            {coordinator && <th scope="col">{t.parties.answer}</th>}
          </tr>
        </thead>
        <tbody>
          {view.parties.map((task) => (
            <tr>
              <td>
                {partyName(task.partyId)}
                {task.coordinator ? t.parties.coordinator : ''}
              </td>
              <td>
                <span
                  class={
                    task.status === 'answered' ? 'utrecht-badge-status utrecht-badge-status--success' : 'utrecht-badge-status utrecht-badge-status--neutral'
                  }
                >
                  {taskStatusText(portal, { kind: 'answer', status: task.status })}
                </span>
              </td>
              {coordinator && (
                <td>
                  {(task.answers ?? []).map((answer) => (
                    <AnswerText answer={answer} />
                  ))}
                  {task.status === 'open' && <p>{t.parties.notAnswered}</p>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <DocumentsSection view={view} directory={directory} csrf={props.chrome.csrf} errorFor={errorFor} valueFor={valueFor} />

      {view.art19.map((task) => (
        <div class="panel-box">
          <h2>{t.art19.title}</h2>
          <p>{t.art19.text(partyName(task.fromPartyId), task.changes.join(', '))}</p>
          <form method="post" action={pathTo('applyArt19', { reference: record.reference })}>
            <input type="hidden" name="csrf" value={props.chrome.csrf} />
            <input type="hidden" name="fromPartyId" value={task.fromPartyId} />
            <SubmitButton>{t.art19.button}</SubmitButton>
          </form>
        </div>
      ))}

      {myTask && view.can.answer.allowed && (
        <section class="panel-box" aria-labelledby="answer-title">
          <h2 id="answer-title">{myTask.status === 'open' ? t.answer.title : t.answer.changeTitle}</h2>
          <p>{t.answer.intro}</p>
          <form method="post" action={pathTo('answer', { reference: record.reference })} novalidate>
            <input type="hidden" name="csrf" value={props.chrome.csrf} />
            <input type="hidden" name="version" value={String(myTask.version)} />
            {record.types.map((type) => (
              <AnswerFields
                type={type}
                existing={myTask.answers.find((answer) => answer.type === type)}
                errorFor={(path) => errorFor('antwoord', `${type}.${path}`)}
                valueFor={(name, fallback) => valueFor('antwoord', `${type}.${name}`, fallback)}
                valuesOf={(name, fallback) => valuesOf('antwoord', `${type}.${name}`, fallback)}
              />
            ))}
            <SubmitButton>{t.answer.button}</SubmitButton>
          </form>
        </section>
      )}

      {coordinator && <CoordinatorPanel {...props} errorFor={errorFor} valueFor={valueFor} />}

      {view.standing === 'fg' && myTask && (
        <section class="panel-box" aria-labelledby="own-answer-title">
          <h2 id="own-answer-title">{t.answer.title}</h2>
          {myTask.status === 'open' ? <p>{t.answer.notYet}</p> : myTask.answers.map((answer) => <AnswerText answer={answer} />)}
        </section>
      )}

      {record.decision && (
        <section class="panel-box" aria-labelledby="decision-title">
          <h2 id="decision-title">{t.decision.sentTitle}</h2>
          {record.decision.text.paragraphs.map((paragraph) => (
            <p class="pre">{paragraph}</p>
          ))}
        </section>
      )}

      {view.audit && (
        <>
          <h2>{t.audit.title}</h2>
          <p>{t.audit.intro}</p>
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="avg-visually-hidden">{t.audit.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.audit.when}</th>
                <th scope="col">{t.audit.who}</th>
                <th scope="col">{t.audit.what}</th>
              </tr>
            </thead>
            <tbody>
              {view.audit.map((event) => (
                <tr>
                  <td>{dateTime(language, event.at)}</td>
                  <td>{actorText(portal, event, partyName)}</td>
                  <td>
                    {portal.auditAction[event.action] ?? event.action}
                    {event.facts ? <span class="utrecht-form-field-description">{` (${factsText(event.facts)})`}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </PortalLayout>,
    language,
  );
}

/** One party's answer for one type, as the coordinator and the party's own FG read it. */
function AnswerText({ answer }: { answer: TypeAnswer }) {
  const language = useLanguage();
  const t = casePageTexts(language);
  const terms = termsTexts(language);
  return (
    <p>
      <strong>{terms.requestType[answer.type].label}:</strong> {answer.outcome}
      {answer.categories.length > 0 ? ` (${answer.categories.join(', ')})` : ''}
      {answer.summary ? <span class="pre">{` ${answer.summary}`}</span> : null}
      {answer.ground ? t.answer.groundText(REFUSAL_GROUNDS[answer.ground]) : ''}
      {answer.motivation ? <span class="pre">{` ${answer.motivation}`}</span> : null}
    </p>
  );
}

function AnswerFields(props: {
  type: RequestType;
  existing: { outcome: string; categories: string[]; summary: string; ground?: string; motivation: string } | undefined;
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
                  label={category}
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
        </>
      )}
      <GroundSelect
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

function CoordinatorPanel(
  props: CasePageProps & {
    errorFor: (form: FormProblem['form'], path: string) => string | undefined;
    valueFor: (form: FormProblem['form'], name: string, fallback?: string) => string;
  },
) {
  const { view, chrome, errorFor, valueFor } = props;
  const record = view.request;
  const language = useLanguage();
  const casePage = casePageTexts(language);
  const terms = termsTexts(language);
  const t = casePage.coordinator;
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={chrome.csrf} />
      <input type="hidden" name="version" value={String(record.version)} />
    </>
  );
  return (
    <section aria-labelledby="coordinator-title">
      <h2 id="coordinator-title">{t.title}</h2>
      {view.waitingFor.length > 0 && !record.decision && (
        <p>{t.waitingFor(view.waitingFor.map((partyId) => props.directory.party(partyId)?.name ?? partyId).join(', '))}</p>
      )}
      {view.can.extend.allowed && (
        <form method="post" action={pathTo('extend', { reference: record.reference })} class="panel-box" novalidate>
          <h3>{t.extendTitle}</h3>
          <p>{t.extendIntro}</p>
          {hidden}
          <FormGroup error={errorFor('verlengen', 'months')}>
            <label class="utrecht-form-label" for="verlengen-months">
              {t.extendBy}
            </label>
            <FieldErrorMessage field="verlengen-months" error={errorFor('verlengen', 'months')} />
            <select class="utrecht-select utrecht-select--html-select" id="verlengen-months" name="months">
              {[2, 1].map((months) => (
                <option value={String(months)} selected={valueFor('verlengen', 'months', '2') === String(months)}>
                  {plural(language, months, t.months)}
                </option>
              ))}
            </select>
          </FormGroup>
          <TextArea id="verlengen-reason" name="reason" label={t.reason} value={valueFor('verlengen', 'reason')} error={errorFor('verlengen', 'reason')} />
          <SubmitButton>{t.extendButton}</SubmitButton>
        </form>
      )}
      {view.can.ask.allowed && (
        <form method="post" action={pathTo('ask', { reference: record.reference })} class="panel-box" novalidate>
          <h3>{t.askTitle}</h3>
          <p>{t.askIntro}</p>
          {hidden}
          <TextArea id="vraag-question" name="question" label={t.question} value={valueFor('vraag', 'question')} error={errorFor('vraag', 'question')} />
          <SubmitButton>{t.askButton}</SubmitButton>
        </form>
      )}
      <IdentityForm view={view} hidden={hidden} errorFor={errorFor} valueFor={valueFor} />
      {!view.can.decide.allowed && !record.decision && (
        <section class="panel-box" id="besluit-form">
          <h3>{casePage.decision.title}</h3>
          <p>{view.can.decide.reason}</p>
        </section>
      )}
      {view.can.decide.allowed && (
        <form method="post" action={pathTo('decide', { reference: record.reference })} class="panel-box" novalidate>
          <h3>{casePage.decision.title}</h3>
          <p>{casePage.decision.intro}</p>
          {hidden}
          {record.types.map((type) => {
            const id = (name: string) => fieldId('besluit', `${type}.${name}`);
            return (
              <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset panel-box">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{terms.requestType[type].label}</legend>
                <FormGroup error={errorFor('besluit', `${type}.outcome`)}>
                  <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
                    <legend class="utrecht-form-label">{casePage.decision.outcome}</legend>
                    <FieldErrorMessage field={id('outcome')} error={errorFor('besluit', `${type}.outcome`)} />
                    {DECISION_OUTCOMES.map((value, n) => (
                      <Choice
                        type="radio"
                        id={n === 0 ? id('outcome') : `${id('outcome')}-${n}`}
                        name={`${type}.outcome`}
                        value={value}
                        checked={valueFor('besluit', `${type}.outcome`) === value}
                        label={value}
                      />
                    ))}
                  </fieldset>
                </FormGroup>
                <GroundSelect
                  id={id('ground')}
                  name={`${type}.ground`}
                  label={casePage.decision.ground}
                  value={valueFor('besluit', `${type}.ground`)}
                  error={errorFor('besluit', `${type}.ground`)}
                />
                <TextArea
                  id={id('motivation')}
                  name={`${type}.motivation`}
                  label={casePage.decision.motivation}
                  value={valueFor('besluit', `${type}.motivation`)}
                  error={errorFor('besluit', `${type}.motivation`)}
                />
              </fieldset>
            );
          })}
          <SubmitButton>{casePage.decision.button}</SubmitButton>
        </form>
      )}
      {view.can.close.allowed && (
        <form method="post" action={pathTo('close', { reference: record.reference })} class="panel-box">
          <h3>{t.closeTitle}</h3>
          <p>{t.closeIntro}</p>
          {hidden}
          <SubmitButton secondary>{t.closeButton}</SubmitButton>
        </form>
      )}
    </section>
  );
}

/** The refusal ground of one type: one of the grounds the law allows, or none. */
function GroundSelect(props: { id: string; name: string; label: string; value: string; error: string | undefined }) {
  const t = casePageTexts(useLanguage()).answer;
  return (
    <FormGroup error={props.error}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      <FieldErrorMessage field={props.id} error={props.error} />
      <select class="utrecht-select utrecht-select--html-select" id={props.id} name={props.name} aria-describedby={describedBy(props.id, false, props.error)}>
        <option value="">{t.noGround}</option>
        {Object.entries(REFUSAL_GROUNDS).map(([value, label]) => (
          <option value={value} selected={props.value === value}>
            {label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
