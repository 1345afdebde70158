import { UNKNOWN_OVERLEG } from '#core/request-kinds';
import type { IsoDate } from '#core/calendar-date';
import { dateTime, longDate, plural, shortDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { auditTexts, casePageTexts, documentsTexts, identityTexts, portalTexts, termsTexts } from '#texts/catalogue';
import { REFUSAL_GROUNDS, type TypeAnswer } from '#core/party-answer';
import type { CaseView } from '#core/case-view';
import type { Directory } from '#core/directory';
import { ErrorSummary, Rich, SubmitButton } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { actorText, daysLeftText, taskStatusText } from './portal-text';
import { auditSentence } from './audit-sentence';
import { renderPage, useLanguage } from './render';
import { InzageDetailsList } from './inzage-details';
import { DecisionTextView } from './decision-text';
import { decisionKind, decisionsOf } from '#core/decision-scope';
import { DocumentsSection } from './case-documents';
import {
  AnswerForm,
  AskForm,
  CloseForm,
  DecisionForm,
  AssignForm,
  ExtendForm,
  type FormProblem,
  formState,
  type FormState,
  IdentityForm,
  RecordAnswerForm,
  SentByPostForm,
} from './case-forms';

export type { FormProblem } from './case-forms';
import { NotesSection } from './case-notes';
import { pathTo } from '#routes';

export interface CasePageProps {
  /** Everything the actor may see and do, decided in core (caseViewFor). */
  view: CaseView;
  chrome: PortalChrome;
  directory: Directory;
  today: IsoDate;
  notice?: string;
  problem?: FormProblem;
}

export function renderCasePage(props: CasePageProps, language: Language = DEFAULT_LANGUAGE): string {
  const { view, directory, problem } = props;
  const t = casePageTexts(language);
  const portal = portalTexts(language);
  const terms = termsTexts(language);
  const date = (iso: IsoDate) => longDate(language, iso);
  const record = view.request;
  const partyName = (id: string) => directory.party(id)?.name ?? id;
  const sentenceContext = {
    language,
    texts: { audit: auditTexts(language), terms, documents: documentsTexts(language), identity: identityTexts(language) },
    partyName,
    overlegName: (id: string) => directory.casusoverleg(record.regionId, id)?.name ?? id,
  };
  const coordinator = view.standing === 'coordinator';
  const myTask = view.ownAnswer;
  const open = !record.decision;
  const left = daysLeftText(language, portal, { deadline: record.deadline, stopped: record.status === 'paused' }, props.today);
  const state = formState(problem, record.types, language);
  const summary = state.summary;
  const overleg = directory.casusoverleg(record.regionId, record.casusoverlegId);

  const answerSection = Boolean(view.art19.length > 0 || (myTask && view.can.answer.allowed) || (view.standing === 'fg' && myTask));
  const contents: Array<[string, string, boolean]> = [
    ['samenvatting', t.summary.title, true],
    ['verzoek', t.asked.title, true],
    ['organisaties', t.parties.title, true],
    ['antwoord', t.sections.answer, answerSection],
    ['documenten', t.sections.documents, true],
    ['berichten', t.sections.notes, view.notes.length > 0 || view.can.addNote.allowed],
    ['aanspreekpunt', t.sections.coordinator, coordinator],
    ['besluit', t.sections.decision, decisionsOf(record).length > 0],
    ['logboek', t.audit.title, view.audit !== null],
  ];
  const nextAnchor = NEXT_STEP_SECTION[view.next];

  return renderPage(
    <PortalLayout title={t.title(record.reference)} chrome={props.chrome} hasErrors={summary.length > 0} notice={props.notice}>
      <ErrorSummary errors={summary} />
      <h1>
        <Rich text={t.heading} slots={{ reference: <span class="avg-reference">{record.reference}</span> }} />
      </h1>
      <nav class="avg-contents" aria-label={t.onThisPage}>
        <h2 class="avg-contents__title">{t.onThisPage}</h2>
        <ul>
          {contents
            .filter(([, , shown]) => shown)
            .map(([id, label]) => (
              <li>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
        </ul>
      </nav>

      <section id="samenvatting" class="panel-box avg-case-summary" aria-labelledby="samenvatting-titel">
        <h2 id="samenvatting-titel">{t.summary.title}</h2>
        <dl class="summary-list">
          <dt>{t.facts.status}</dt>
          <dd>{terms.staffStatus[record.status]}</dd>
          <dt>{t.facts.overleg}</dt>
          <dd>{overleg?.name ?? (record.casusoverlegId === UNKNOWN_OVERLEG ? terms.overlegToChoose : record.casusoverlegId)}</dd>
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
          {myTask?.status === 'open' && open && record.answerBy && record.answerBy !== record.deadline && (
            <>
              <dt>{t.summary.answerBy}</dt>
              <dd>{date(record.answerBy)}</dd>
            </>
          )}
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
        <p class="avg-next-step">
          <strong>{t.summary.next}:</strong> {t.summary.steps[view.next]}
          {nextAnchor && (
            <>
              {' '}
              <a href={`#${nextAnchor}`}>{t.summary.go}</a>
            </>
          )}
        </p>
      </section>

      <section id="verzoek" aria-labelledby="verzoek-titel">
        <h2 id="verzoek-titel">{t.asked.title}</h2>
        <dl class="summary-list">
          <dt>{t.asked.types}</dt>
          <dd>{record.types.map((type) => terms.requestType[type].label).join(', ')}</dd>
          <dt>{t.asked.details}</dt>
          <dd>{record.details}</dd>
          <dt>{t.asked.child}</dt>
          <dd>{t.asked.born(record.child.name, shortDate(language, record.child.dateOfBirth))}</dd>
          {view.related.length > 0 && (
            <>
              <dt>{t.asked.related}</dt>
              <dd>
                <p class="utrecht-form-field-description">{t.asked.relatedHint}</p>
                <ul>
                  {view.related.map((other) => (
                    <li>
                      <a href={pathTo('casePage', { reference: other.reference })}>
                        <span class="avg-reference">{other.reference}</span>
                      </a>{' '}
                      ({t.asked.relatedItem(shortDate(language, other.receivedOn), terms.staffStatus[other.status])})
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{t.asked.requester}</dt>
          <dd>
            {record.requester.name} (
            {record.requester.actingFor
              ? terms.actingFor(record.requester.actingFor.kind, record.requester.actingFor.name, record.requester.actingFor.role)
              : t.asked.requesterRole[record.requester.role]}
            ){record.requester.email ? `, ${record.requester.email}` : ''}
            {record.requester.phone ? `, ${record.requester.phone}` : ''}
          </dd>
          {record.requester.postalAddress && (
            <>
              <dt>{t.asked.postalAddress}</dt>
              <dd>{record.requester.postalAddress}</dd>
            </>
          )}
          {record.coRequester && (
            <>
              <dt>{t.asked.together}</dt>
              <dd>
                {t.asked.togetherWho(record.coRequester.name, t.asked.requesterRole[record.coRequester.role], Boolean(record.coRequester.confirmedAt))}
                {record.coRequester.email ? `, ${record.coRequester.email}` : ''}
              </dd>
            </>
          )}
          <dt>{t.asked.channel}</dt>
          <dd>{record.channel}</dd>
          {record.language && record.language !== DEFAULT_LANGUAGE && (
            <>
              <dt>{t.asked.language}</dt>
              <dd>{t.asked.languageNote(t.asked.languageNames[record.language])}</dd>
            </>
          )}
        </dl>
        {record.pauses.length > 0 && (
          <>
            <h3>{t.questions.title}</h3>
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
      </section>

      <section id="organisaties" aria-labelledby="organisaties-titel">
        <h2 id="organisaties-titel">{t.parties.title}</h2>
        <table class="utrecht-table utrecht-table--html-table avg-table-stack">
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
                <td data-label={t.parties.party}>
                  {partyName(task.partyId)}
                  {task.coordinator ? t.parties.coordinator : ''}
                </td>
                <td data-label={t.parties.status}>
                  <span
                    class={
                      task.status === 'answered' ? 'utrecht-badge-status utrecht-badge-status--success' : 'utrecht-badge-status utrecht-badge-status--neutral'
                    }
                  >
                    {taskStatusText(portal, { kind: 'answer', status: task.status })}
                  </span>
                </td>
                {coordinator && (
                  <td data-label={t.parties.answer}>
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
      </section>

      {answerSection && (
        <div id="antwoord">
          {view.art19.map((task) => (
            <div class="panel-box">
              <h2>{t.art19.title}</h2>
              {task.changed.length > 0 ? (
                <>
                  <p>{t.art19.intro(partyName(task.fromPartyId))}</p>
                  <ul>
                    {task.changed.map((change) => (
                      <li class="pre">{t.art19.changedItem(terms.requestType[change.type].label, change.outcome, change.what)}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t.art19.text(partyName(task.fromPartyId), task.changes.join(', '))}</p>
              )}
              <form method="post" action={pathTo('applyArt19', { reference: record.reference })}>
                <input type="hidden" name="csrf" value={props.chrome.csrf} />
                <input type="hidden" name="fromPartyId" value={task.fromPartyId} />
                <SubmitButton secondary={view.next !== 'applyArt19'}>{t.art19.button}</SubmitButton>
              </form>
            </div>
          ))}

          <AnswerForm view={view} csrf={props.chrome.csrf} state={state} />

          {view.standing === 'fg' && myTask && (
            <section class="panel-box" aria-labelledby="own-answer-title">
              <h2 id="own-answer-title">{t.answer.title}</h2>
              {myTask.status === 'open' ? <p>{t.answer.notYet}</p> : myTask.answers.map((answer) => <AnswerText answer={answer} />)}
            </section>
          )}
        </div>
      )}

      <DocumentsSection view={view} directory={directory} csrf={props.chrome.csrf} state={state} />

      <NotesSection view={view} csrf={props.chrome.csrf} state={state} directory={directory} />

      {coordinator && <CoordinatorPanel view={view} directory={directory} csrf={props.chrome.csrf} state={state} />}

      {decisionsOf(record).length > 0 && (
        <div id="besluit">
          {decisionsOf(record).map((decision, n) => (
            <section class="panel-box" aria-labelledby={`decision-title-${n}`}>
              <h2 id={`decision-title-${n}`}>{t.decision.sentKind[decisionKind(decision, n)]}</h2>
              {record.sentByPost?.[n] && <p>{t.decision.sentByPost(date(record.sentByPost[n]))}</p>}
              <DecisionTextView text={decision.text} titles={t.decision} />
            </section>
          ))}
        </div>
      )}

      {view.audit && (
        <section id="logboek" aria-labelledby="logboek-titel">
          <h2 id="logboek-titel">{t.audit.title}</h2>
          <p>{t.audit.intro}</p>
          <table class="utrecht-table utrecht-table--html-table avg-table-stack">
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
                  <td data-label={t.audit.when}>{dateTime(language, event.at)}</td>
                  <td data-label={t.audit.who}>{actorText(portal, event, partyName)}</td>
                  <td data-label={t.audit.what}>{auditSentence(event, sentenceContext)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </PortalLayout>,
    language,
  );
}

/** Where on the page each next step is taken: the summary links there. */
const NEXT_STEP_SECTION: Record<CaseView['next'], string | null> = {
  assign: 'aanspreekpunt',
  answer: 'antwoord',
  applyArt19: 'antwoord',
  recordAnswer: 'aanspreekpunt',
  waitForRequester: null,
  recordIdentity: 'aanspreekpunt',
  decide: 'aanspreekpunt',
  recordSentByPost: 'aanspreekpunt',
  close: 'aanspreekpunt',
  waitForParties: null,
  none: null,
};

/** One party's answer for one type, as the coordinator and the party's own FG read it. */
function AnswerText({ answer }: { answer: TypeAnswer }) {
  const language = useLanguage();
  const t = casePageTexts(language);
  const terms = termsTexts(language);
  return (
    <>
      <p>
        <strong>{terms.requestType[answer.type].label}:</strong> {answer.outcome}
        {answer.categories.length > 0 ? ` (${terms.dataCategories(answer.categories)})` : ''}
        {answer.summary ? <span class="pre">{` ${answer.summary}`}</span> : null}
        {answer.ground ? t.answer.groundText(REFUSAL_GROUNDS[answer.ground]) : ''}
        {answer.motivation ? <span class="pre">{` ${answer.motivation}`}</span> : null}
        {answer.change ? <span class="pre">{` ${t.answer.changedText(answer.change)}`}</span> : null}
      </p>
      {answer.details && (
        <details>
          <summary>{t.answer.detailsTitle}</summary>
          <InzageDetailsList details={answer.details} categories={answer.categories} />
        </details>
      )}
    </>
  );
}

function CoordinatorPanel(props: { view: CaseView; directory: Directory; csrf: string; state: FormState }) {
  const { view } = props;
  const record = view.request;
  const t = casePageTexts(useLanguage()).coordinator;
  const forms = { view, csrf: props.csrf, state: props.state };
  return (
    <section aria-labelledby="coordinator-title" id="aanspreekpunt">
      <h2 id="coordinator-title">{t.title}</h2>
      {view.byPost && (
        <div class="utrecht-alert utrecht-alert--warning avg-by-post">
          <h3>{t.byPostTitle}</h3>
          <p class="pre">{t.byPostText(record.requester.postalAddress ?? '')}</p>
        </div>
      )}
      {view.waitingFor.length > 0 && record.status !== 'decided' && record.status !== 'closed' && (
        <p>{t.waitingFor(view.waitingFor.map((partyId) => props.directory.party(partyId)?.name ?? partyId).join(', '))}</p>
      )}
      <AssignForm {...forms} />
      <ExtendForm {...forms} />
      <AskForm {...forms} />
      <RecordAnswerForm {...forms} />
      <IdentityForm {...forms} />
      <DecisionForm {...forms} />
      <SentByPostForm view={view} csrf={props.csrf} />
      <CloseForm view={view} csrf={props.csrf} />
    </section>
  );
}
