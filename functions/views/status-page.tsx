import { formatDutchDate } from '#core/calendar-date';
import type { Directory } from '#core/region-config';
import type { PartyTask, RequestRecord } from '#core/request-record';
import { STATUS_LABEL } from '#core/request-state';
import { REQUEST_TYPE_TEXT } from '#core/request-types';
import { ErrorSummary, TextArea } from './components';
import { Layout } from './layout';
import { renderPage } from './render';

/**
 * The requester's own page, reached only with the unguessable status link.
 * It shows what mails never carry: the question, the reasons, the decision.
 */
export function renderStatusPage(props: {
  record: RequestRecord;
  tasks: PartyTask[];
  directory: Directory;
  token: string;
  notice?: string;
  error?: { message: string; answer: string };
}): string {
  const { record, tasks, directory } = props;
  const partyName = (id: string) => directory.party(id)?.name ?? id;
  const openQuestion = record.status === 'paused' ? record.pauses[record.pauses.length - 1] : undefined;
  const informed = tasks.filter((task) => task.kind === 'art19');
  const informedBy = [...new Set(informed.map((task) => task.fromPartyId ?? ''))];
  // Summaries are shown only where the decision grants (part of) inzage.
  const inzageGranted = record.decision?.decisions.some((decision) => decision.type === 'inzage' && decision.outcome !== 'afgewezen') ?? false;
  const inzageAnswers = !inzageGranted
    ? []
    : tasks.flatMap((task) =>
        (task.answers ?? [])
          .filter((answer) => answer.type === 'inzage' && answer.outcome === 'verstrekt')
          .map((answer) => ({ partyId: task.partyId, answer })),
      );
  return renderPage(
    <Layout title={`Uw verzoek ${record.reference}`} hasErrors={Boolean(props.error)}>
      <ErrorSummary errors={props.error ? [{ field: 'answer', message: props.error.message }] : []} />
      {props.notice && (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      )}
      <h1>
        Uw verzoek <span class="reference">{record.reference}</span>
      </h1>
      <dl class="summary-list">
        <dt>Status</dt>
        <dd>{STATUS_LABEL[record.status]}</dd>
        <dt>Ontvangen op</dt>
        <dd>{formatDutchDate(record.receivedOn)}</dd>
        <dt>Antwoord uiterlijk</dt>
        <dd>
          {record.status === 'paused' ? 'De termijn staat stil tot u de vraag hieronder beantwoordt. Daarna schuift de datum op. Tot nu toe: ' : ''}
          {formatDutchDate(record.deadline)}
        </dd>
        {record.extension && (
          <>
            <dt>Termijn verlengd</dt>
            <dd>
              Met {record.extension.months} {record.extension.months === 1 ? 'maand' : 'maanden'}. Reden: {record.extension.reason}
            </dd>
          </>
        )}
        <dt>Gevraagd</dt>
        <dd>{record.types.map((type) => REQUEST_TYPE_TEXT[type].label).join(', ')}</dd>
      </dl>

      {openQuestion && (
        <section class="panel-box" aria-labelledby="question-title">
          <h2 id="question-title">Wij hebben een vraag</h2>
          <p class="pre">{openQuestion.question}</p>
          <form method="post" action={`/verzoek/status/${encodeURIComponent(props.token)}`} novalidate>
            <input type="hidden" name="version" value={String(record.version)} />
            <TextArea id="answer" name="answer" label="Uw antwoord" value={props.error?.answer ?? ''} error={props.error?.message} rows={6} />
            <button class="button" type="submit">
              Antwoord versturen
            </button>
          </form>
        </section>
      )}

      {record.status !== 'awaiting_confirmation' && (
        <>
          <h2>Wie werkt eraan?</h2>
          <ul>
            {record.partyIds.map((partyId) => {
              const task = tasks.find((candidate) => candidate.kind === 'answer' && candidate.partyId === partyId);
              return (
                <li>
                  {partyName(partyId)}
                  {partyId === record.coordinatorPartyId ? ' (aanspreekpunt: u krijgt van hen het antwoord)' : ''}:{' '}
                  {task?.status === 'answered' ? 'heeft gezocht en geantwoord' : 'zoekt nog'}
                </li>
              );
            })}
          </ul>
        </>
      )}

      {informedBy.length > 0 && (
        <>
          <h2>Doorgegeven aan andere organisaties</h2>
          {informedBy.map((from) => (
            <p>
              {partyName(from)} heeft gegevens aangepast en dit doorgegeven aan:{' '}
              {informed
                .filter((task) => task.fromPartyId === from)
                .map((task) => partyName(task.partyId))
                .join(', ')}
              .
            </p>
          ))}
        </>
      )}

      {record.decision && (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">Het besluit</h2>
          <p>Verstuurd op {formatDutchDate(record.decision.decidedAt.slice(0, 10))}.</p>
          {record.decision.text.paragraphs.map((paragraph) => (
            <p class="pre">{paragraph}</p>
          ))}
          {inzageAnswers.length > 0 && (
            <>
              <h3>Welke gegevens de organisaties hebben</h3>
              {inzageAnswers.map(({ partyId, answer }) => (
                <div class="panel-box">
                  <h4>{partyName(partyId)}</h4>
                  <p>Soorten gegevens: {answer.categories.join(', ')}</p>
                  <p class="pre">{answer.summary}</p>
                </div>
              ))}
            </>
          )}
        </section>
      )}
    </Layout>,
  );
}
