import { formatDutchDate, type IsoDate } from '#core/calendar-date';
import { DECISION_OUTCOMES } from '#core/decision';
import type { FieldError } from '#core/field-errors';
import { ANSWER_OUTCOMES, DATA_CATEGORIES, REFUSAL_GROUNDS, type TypeAnswer } from '#core/party-answer';
import type { CaseView } from '#core/case-view';
import type { Directory } from '#core/directory';
import type { RequestType } from '#core/request-schema';
import { STAFF_STATUS_LABEL } from '#core/request-state';
import { REQUEST_TYPE_TEXT, ROLE_TEXT } from '#core/request-types';
import { Choice, describedBy, ErrorSummary, FieldErrorMessage, FormGroup, TextArea } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { actorText, AUDIT_ACTION_TEXT, daysLeftText, factsText, taskStatusText } from './portal-text';
import { renderPage } from './render';
import { pathTo } from '#routes';

/** The form a failed post came from, with its errors and what was typed. */
export interface FormProblem {
  form: 'antwoord' | 'verlengen' | 'vraag' | 'besluit' | 'actie';
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

export function renderCasePage(props: CasePageProps): string {
  const { view, directory, problem } = props;
  const record = view.request;
  const partyName = (id: string) => directory.party(id)?.name ?? id;
  const coordinator = view.standing === 'coordinator';
  const myTask = view.ownAnswer;
  const open = !record.decision;
  const left = daysLeftText(record.deadline, props.today);
  // Per-type fields repeat ("Kies een uitkomst." for inzage and for rectificatie): the summary names the type, so each link says where it goes.
  const typeOf = (path: string) => record.types.find((type) => path.startsWith(`${type}.`));
  const summary = (problem?.errors ?? []).map((error) => {
    const type = typeOf(error.path);
    return { field: fieldId(problem!.form, error.path), message: type ? `${REQUEST_TYPE_TEXT[type].label}: ${error.message}` : error.message };
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
    <PortalLayout title={`Verzoek ${record.reference}`} chrome={props.chrome} hasErrors={summary.length > 0} notice={props.notice}>
      <ErrorSummary errors={summary} />
      <h1>
        Verzoek <span class="avg-reference">{record.reference}</span>
      </h1>
      <dl class="summary-list">
        <dt>Status</dt>
        <dd>{STAFF_STATUS_LABEL[record.status]}</dd>
        <dt>Overleg</dt>
        <dd>{overleg?.name ?? record.casusoverlegId}</dd>
        <dt>Ontvangen op</dt>
        <dd>{formatDutchDate(record.receivedOn)}</dd>
        <dt>Uiterste datum</dt>
        <dd>
          {record.status === 'paused' ? 'De termijn staat stil: er staat een vraag open bij de aanvrager. ' : ''}
          {formatDutchDate(record.deadline)}{' '}
          {open && (
            <span class={left.late ? 'utrecht-badge-status utrecht-badge-status--danger' : 'utrecht-badge-status utrecht-badge-status--neutral'}>
              {left.text}
            </span>
          )}
        </dd>
        {record.extension && (
          <>
            <dt>Verlengd</dt>
            <dd>
              Met {record.extension.months} {record.extension.months === 1 ? 'maand' : 'maanden'} op {formatDutchDate(record.extension.extendedOn)}. Reden:{' '}
              {record.extension.reason}
            </dd>
          </>
        )}
        <dt>Aanspreekpunt</dt>
        <dd>{partyName(record.coordinatorPartyId)}</dd>
      </dl>

      <h2>Wat is gevraagd</h2>
      <dl class="summary-list">
        <dt>Soort verzoek</dt>
        <dd>{record.types.map((type) => REQUEST_TYPE_TEXT[type].label).join(', ')}</dd>
        <dt>Toelichting</dt>
        <dd>{record.details}</dd>
        <dt>Kind</dt>
        <dd>
          {record.child.name}, geboren {formatDutchDate(record.child.dateOfBirth).replace(/^\S+ /, '')}
        </dd>
        <dt>Aanvrager</dt>
        <dd>
          {record.requester.name} ({ROLE_TEXT[record.requester.role].replace(/^Ik ben /, '')}){record.requester.email ? `, ${record.requester.email}` : ''}
          {record.requester.phone ? `, ${record.requester.phone}` : ''}
        </dd>
        <dt>Binnengekomen via</dt>
        <dd>{record.channel}</dd>
      </dl>
      {record.pauses.length > 0 && (
        <>
          <h2>Vragen aan de aanvrager</h2>
          {record.pauses.map((pause) => (
            <div class="panel-box">
              <p>
                <strong>Vraag ({formatDutchDate(pause.startedOn)}):</strong> <span class="pre">{pause.question}</span>
              </p>
              <p>
                <strong>Antwoord{pause.endedOn ? ` (${formatDutchDate(pause.endedOn)})` : ''}:</strong>{' '}
                <span class="pre">{pause.answer ?? 'Nog geen antwoord. De termijn staat stil.'}</span>
              </p>
            </div>
          ))}
        </>
      )}

      <h2>Organisaties</h2>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="avg-visually-hidden">Stand van elke organisatie</caption>
        <thead>
          <tr>
            <th scope="col">Organisatie</th>
            <th scope="col">Status</th>
            {coordinator && <th scope="col">Antwoord</th>}
          </tr>
        </thead>
        <tbody>
          {view.parties.map((task) => (
            <tr>
              <td>
                {partyName(task.partyId)}
                {task.coordinator ? ' (aanspreekpunt)' : ''}
              </td>
              <td>
                <span
                  class={
                    task.status === 'answered' ? 'utrecht-badge-status utrecht-badge-status--success' : 'utrecht-badge-status utrecht-badge-status--neutral'
                  }
                >
                  {taskStatusText({ kind: 'answer', status: task.status })}
                </span>
              </td>
              {coordinator && (
                <td>
                  {(task.answers ?? []).map((answer) => (
                    <AnswerText answer={answer} />
                  ))}
                  {task.status === 'open' && <p>Nog niet beantwoord.</p>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>

      {view.art19.map((task) => (
        <div class="panel-box">
          <h2>Wijziging doorvoeren (art. 19 AVG)</h2>
          <p>
            {partyName(task.fromPartyId)} heeft gegevens aangepast: {task.changes.join(', ')}. Pas dezelfde wijziging toe op de gegevens die uw organisatie
            daarvan heeft.
          </p>
          <form method="post" action={pathTo('applyArt19', { reference: record.reference })}>
            <input type="hidden" name="csrf" value={props.chrome.csrf} />
            <input type="hidden" name="fromPartyId" value={task.fromPartyId} />
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              Wijziging is doorgevoerd
            </button>
          </form>
        </div>
      ))}

      {myTask && view.can.answer.allowed && (
        <section class="panel-box" aria-labelledby="answer-title">
          <h2 id="answer-title">{myTask.status === 'open' ? 'Antwoord van uw organisatie' : 'Antwoord van uw organisatie wijzigen'}</h2>
          <p>Zoek in de systemen van uw organisatie. Geef per vraag aan wat u heeft gedaan of gevonden.</p>
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
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              Antwoord opslaan
            </button>
          </form>
        </section>
      )}

      {coordinator && <CoordinatorPanel {...props} errorFor={errorFor} valueFor={valueFor} />}

      {view.standing === 'fg' && myTask && (
        <section class="panel-box" aria-labelledby="own-answer-title">
          <h2 id="own-answer-title">Antwoord van uw organisatie</h2>
          {myTask.status === 'open' ? <p>Uw organisatie heeft nog niet geantwoord.</p> : myTask.answers.map((answer) => <AnswerText answer={answer} />)}
        </section>
      )}

      {record.decision && (
        <section class="panel-box" aria-labelledby="decision-title">
          <h2 id="decision-title">Verstuurd besluit</h2>
          {record.decision.text.paragraphs.map((paragraph) => (
            <p class="pre">{paragraph}</p>
          ))}
        </section>
      )}

      {view.audit && (
        <>
          <h2>Logboek</h2>
          <p>Wie deed wat en wanneer, ook de herinneringen en escalaties die zijn verstuurd.</p>
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="avg-visually-hidden">Wie deed wat, wanneer</caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Wie</th>
                <th scope="col">Wat</th>
              </tr>
            </thead>
            <tbody>
              {view.audit.map((event) => (
                <tr>
                  <td>{new Date(event.at).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })}</td>
                  <td>{actorText(event, partyName)}</td>
                  <td>
                    {AUDIT_ACTION_TEXT[event.action] ?? event.action}
                    {event.facts ? <span class="utrecht-form-field-description">{` (${factsText(event.facts)})`}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </PortalLayout>,
  );
}

/** One party's answer for one type, as the coordinator and the party's own FG read it. */
function AnswerText({ answer }: { answer: TypeAnswer }) {
  return (
    <p>
      <strong>{REQUEST_TYPE_TEXT[answer.type].label}:</strong> {answer.outcome}
      {answer.categories.length > 0 ? ` (${answer.categories.join(', ')})` : ''}
      {answer.summary ? <span class="pre">{` ${answer.summary}`}</span> : null}
      {answer.ground ? ` Grond: ${REFUSAL_GROUNDS[answer.ground]}.` : ''}
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
  return (
    <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset panel-box">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{REQUEST_TYPE_TEXT[type].label}</legend>
      <FormGroup error={props.errorFor('outcome')}>
        <fieldset
          class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
          aria-describedby={describedBy(id('outcome'), false, props.errorFor('outcome'))}
        >
          <legend class="utrecht-form-label">Uitkomst</legend>
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
              <legend class="utrecht-form-label">Welke soorten gegevens heeft uw organisatie?</legend>
              <p class="utrecht-form-field-description" id={`${id('categories')}-hint`}>
                Alleen bij "verstrekt".
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
            label="Samenvatting voor de aanvrager"
            hint='Alleen bij "verstrekt". Schrijf in gewone taal wat uw organisatie over het kind heeft vastgelegd.'
            value={props.valueFor('summary', existing?.summary ?? '')}
            error={props.errorFor('summary')}
          />
        </>
      )}
      <GroundSelect
        id={id('ground')}
        name={`${type}.ground`}
        label="Grond bij afwijzing"
        value={props.valueFor('ground', existing?.ground ?? '')}
        error={props.errorFor('ground')}
      />
      <TextArea
        id={id('motivation')}
        name={`${type}.motivation`}
        label="Motivering"
        hint="Verplicht bij afwijzen: maak de afweging van belangen zichtbaar."
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
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={chrome.csrf} />
      <input type="hidden" name="version" value={String(record.version)} />
    </>
  );
  return (
    <section aria-labelledby="coordinator-title">
      <h2 id="coordinator-title">Als aanspreekpunt</h2>
      {view.waitingFor.length > 0 && !record.decision && (
        <p>Nog geen antwoord van: {view.waitingFor.map((partyId) => props.directory.party(partyId)?.name ?? partyId).join(', ')}.</p>
      )}
      {view.can.extend.allowed && (
        <form method="post" action={pathTo('extend', { reference: record.reference })} class="panel-box" novalidate>
          <h3>Termijn verlengen</h3>
          <p>Dit kan één keer, met hoogstens twee maanden, en alleen binnen de eerste termijn. De aanvrager krijgt de reden te lezen.</p>
          {hidden}
          <FormGroup error={errorFor('verlengen', 'months')}>
            <label class="utrecht-form-label" for="verlengen-months">
              Verlengen met
            </label>
            <FieldErrorMessage field="verlengen-months" error={errorFor('verlengen', 'months')} />
            <select class="utrecht-select utrecht-select--html-select" id="verlengen-months" name="months">
              <option value="2" selected={valueFor('verlengen', 'months', '2') === '2'}>
                2 maanden
              </option>
              <option value="1" selected={valueFor('verlengen', 'months', '2') === '1'}>
                1 maand
              </option>
            </select>
          </FormGroup>
          <TextArea
            id="verlengen-reason"
            name="reason"
            label="Reden voor de aanvrager"
            value={valueFor('verlengen', 'reason')}
            error={errorFor('verlengen', 'reason')}
          />
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            Termijn verlengen
          </button>
        </form>
      )}
      {view.can.ask.allowed && (
        <form method="post" action={pathTo('ask', { reference: record.reference })} class="panel-box" novalidate>
          <h3>Vraag stellen aan de aanvrager</h3>
          <p>
            Om de aanvrager te identificeren of om het verzoek te verduidelijken. De termijn staat stil tot het antwoord er is. Vraag en antwoord gaan via de
            statuspagina, niet per e-mail.
          </p>
          {hidden}
          <TextArea id="vraag-question" name="question" label="Uw vraag" value={valueFor('vraag', 'question')} error={errorFor('vraag', 'question')} />
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            Vraag versturen
          </button>
        </form>
      )}
      {!view.can.decide.allowed && !record.decision && (
        <section class="panel-box" id="besluit-form">
          <h3>Besluit versturen</h3>
          <p>{view.can.decide.reason}</p>
        </section>
      )}
      {view.can.decide.allowed && (
        <form method="post" action={pathTo('decide', { reference: record.reference })} class="panel-box" novalidate>
          <h3>Besluit versturen</h3>
          <p>
            Eén besluit namens alle organisaties. Bij (gedeeltelijke) afwijzing vermelden wij zelf de klachtmogelijkheid bij de Autoriteit Persoonsgegevens en
            de rechter.
          </p>
          {hidden}
          {record.types.map((type) => {
            const id = (name: string) => fieldId('besluit', `${type}.${name}`);
            return (
              <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset panel-box">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{REQUEST_TYPE_TEXT[type].label}</legend>
                <FormGroup error={errorFor('besluit', `${type}.outcome`)}>
                  <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
                    <legend class="utrecht-form-label">Besluit</legend>
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
                  label="Grond bij (gedeeltelijke) afwijzing"
                  value={valueFor('besluit', `${type}.ground`)}
                  error={errorFor('besluit', `${type}.ground`)}
                />
                <TextArea
                  id={id('motivation')}
                  name={`${type}.motivation`}
                  label="Motivering voor de aanvrager"
                  value={valueFor('besluit', `${type}.motivation`)}
                  error={errorFor('besluit', `${type}.motivation`)}
                />
              </fieldset>
            );
          })}
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            Besluit versturen
          </button>
        </form>
      )}
      {view.can.close.allowed && (
        <form method="post" action={pathTo('close', { reference: record.reference })} class="panel-box">
          <h3>Verzoek afsluiten</h3>
          <p>Na het afsluiten bewaren wij het verzoek nog een jaar. Daarna wordt het gewist.</p>
          {hidden}
          <button class="utrecht-button utrecht-button--primary-action utrecht-button--secondary-action" type="submit">
            Verzoek afsluiten
          </button>
        </form>
      )}
    </section>
  );
}

/** The refusal ground of one type: one of the grounds the law allows, or none. */
function GroundSelect(props: { id: string; name: string; label: string; value: string; error: string | undefined }) {
  return (
    <FormGroup error={props.error}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      <FieldErrorMessage field={props.id} error={props.error} />
      <select class="utrecht-select utrecht-select--html-select" id={props.id} name={props.name} aria-describedby={describedBy(props.id, false, props.error)}>
        <option value="">Niet van toepassing</option>
        {Object.entries(REFUSAL_GROUNDS).map(([value, label]) => (
          <option value={value} selected={props.value === value}>
            {label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
