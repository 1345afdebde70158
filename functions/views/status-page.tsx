import { Notice } from './components';
import { formatDutchDate } from '#core/calendar-date';
import type { Directory } from '#core/directory';
import type { StatusView } from '#core/status-view';
import { STATUS_LABEL } from '#core/request-state';
import { REQUEST_TYPE_TEXT } from '#core/request-types';
import { ErrorSummary, TextArea } from './components';
import { Layout } from './layout';
import { renderPage } from './render';
import { pathTo } from '#routes';

/**
 * The requester's own page, reached only with the unguessable status link.
 * It shows what mails never carry: the question, the reasons, the decision.
 */
export function renderStatusPage(props: {
  view: StatusView;
  directory: Directory;
  token: string;
  notice?: string;
  error?: { message: string; answer: string };
}): string {
  const { view, directory } = props;
  const partyName = (id: string) => directory.party(id)?.name ?? id;
  return renderPage(
    <Layout title={`Uw verzoek ${view.reference}`} hasErrors={Boolean(props.error)}>
      <ErrorSummary errors={props.error ? [{ field: 'answer', message: props.error.message }] : []} />
      <Notice text={props.notice} />
      <h1>
        Uw verzoek <span class="avg-reference">{view.reference}</span>
      </h1>
      <dl class="summary-list">
        <dt>Status</dt>
        <dd>{STATUS_LABEL[view.status]}</dd>
        <dt>Ontvangen op</dt>
        <dd>{formatDutchDate(view.receivedOn)}</dd>
        <dt>Antwoord uiterlijk</dt>
        <dd>
          {view.status === 'paused' ? 'De termijn staat stil tot u de vraag hieronder beantwoordt. Daarna schuift de datum op. Tot nu toe: ' : ''}
          {formatDutchDate(view.deadline)}
        </dd>
        {view.extension && (
          <>
            <dt>Termijn verlengd</dt>
            <dd>
              Met {view.extension.months} {view.extension.months === 1 ? 'maand' : 'maanden'}. Reden: {view.extension.reason}
            </dd>
          </>
        )}
        <dt>Gevraagd</dt>
        <dd>{view.types.map((type) => REQUEST_TYPE_TEXT[type].label).join(', ')}</dd>
      </dl>

      {view.openQuestion && (
        <section class="panel-box" aria-labelledby="question-title">
          <h2 id="question-title">Wij hebben een vraag</h2>
          <p class="pre">{view.openQuestion.question}</p>
          <form method="post" action={pathTo('statusPage', { token: props.token })} novalidate>
            <input type="hidden" name="version" value={String(view.version)} />
            <TextArea id="answer" name="answer" label="Uw antwoord" value={props.error?.answer ?? ''} error={props.error?.message} rows={6} />
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              Antwoord versturen
            </button>
          </form>
        </section>
      )}

      {view.parties.length > 0 && (
        <>
          <h2>Wie werkt eraan?</h2>
          <ul>
            {view.parties.map((party) => (
              <li>
                {partyName(party.partyId)}
                {party.coordinator ? ' (aanspreekpunt: u krijgt van hen het antwoord)' : ''}: {party.answered ? 'heeft gezocht en geantwoord' : 'zoekt nog'}
              </li>
            ))}
          </ul>
        </>
      )}

      {view.passedOn.length > 0 && (
        <>
          <h2>Doorgegeven aan andere organisaties</h2>
          {view.passedOn.map((passed) => (
            <p>
              {partyName(passed.fromPartyId)} heeft gegevens aangepast en dit doorgegeven aan: {passed.toPartyIds.map(partyName).join(', ')}.
            </p>
          ))}
        </>
      )}

      {view.decision && (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">Het besluit</h2>
          <p>Verstuurd op {formatDutchDate(view.decision.decidedAt.slice(0, 10))}.</p>
          {view.decision.paragraphs.map((paragraph) => (
            <p class="pre">{paragraph}</p>
          ))}
          {view.decision.inzage.length > 0 && (
            <>
              <h3>Welke gegevens de organisaties hebben</h3>
              {view.decision.inzage.map(({ partyId, categories, summary }) => (
                <div class="panel-box">
                  <h4>{partyName(partyId)}</h4>
                  <p>Soorten gegevens: {categories.join(', ')}</p>
                  <p class="pre">{summary}</p>
                </div>
              ))}
            </>
          )}
        </section>
      )}
    </Layout>,
  );
}
