import type { Directory } from '#core/directory';
import type { StatusView } from '#core/status-view';
import { statusTexts, termsTexts, withdrawalTexts } from '#texts/catalogue';
import { longDate, plural } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { ErrorSummary, Notice, Rich, TextArea, SubmitButton } from './components';
import { Layout } from './layout';
import { forOwner, regionTextLang, renderPage } from './render';
import { siteOwnerOf } from './site-owner';
import { pathIn } from '#routes';
import type { StatusFilesView } from '#core/documents';
import { type FilesState, ReleasedFileLink, StatusFiles } from './status-files';
import { InzageDetailsList } from './inzage-details';
import { DecisionTextView } from './decision-text';
// The decision's own headings, the same words as its letter's: Dutch on every page, like the decision (rules.md, "Languages").
import { DECISION_PARTS_TITLE, DECISION_RIGHTS_TITLE } from '#texts/nl/decision-headings';
import { type InzagePart, releasedSections } from '#core/status-view';
import { useLanguage } from './render';

/**
 * The requester's own page, reached only with the unguessable status link.
 * It shows what mails never carry: the question, the reasons, the decision.
 */
export function renderStatusPage(
  props: {
    view: StatusView;
    directory: Directory;
    token: string;
    notice?: string;
    error?: { message: string; answer: string };
    /** The files released to the requester, and whether this browser's download session is open. */
    files?: StatusFilesView;
    sendError?: { title: string; message: string };
    filesState?: FilesState;
    triesLeft?: number;
  },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const { view, directory } = props;
  const t = statusTexts(language);
  const terms = termsTexts(language);
  const w = withdrawalTexts(language);
  const date = (iso: string) => longDate(language, iso);
  const partyName = (id: string) => directory.party(id)?.name ?? id;
  return forOwner(siteOwnerOf(directory, view.regionId), () =>
    renderPage(
      <Layout title={t.title(view.reference)} hasErrors={Boolean(props.error)} inLanguage={(other) => pathIn(other, 'statusPage', { token: props.token })}>
        <ErrorSummary errors={props.error ? [{ field: 'answer', message: props.error.message }] : []} />
        <Notice text={props.notice} />
        <h1>
          <Rich text={t.heading} slots={{ reference: <span class="avg-reference">{view.reference}</span> }} />
        </h1>
        <dl class="summary-list">
          <dt>{t.status}</dt>
          <dd>{terms.status[view.status]}</dd>
          <dt>{t.receivedOn}</dt>
          <dd>{date(view.receivedOn)}</dd>
          {view.status !== 'withdrawn' && (
            <>
              <dt>{t.deadline}</dt>
              <dd>{view.status === 'paused' ? t.pausedUntil(date(view.deadline)) : date(view.deadline)}</dd>
            </>
          )}
          {view.extension && (
            <>
              <dt>{t.extended}</dt>
              <dd>
                {plural(language, view.extension.months, t.extendedBy)}
                {view.extension.reason}
              </dd>
            </>
          )}
          <dt>{t.types}</dt>
          <dd>{view.types.map((type) => terms.requestType[type].label).join(', ')}</dd>
          {view.withdrawals.length > 0 && (
            <>
              <dt>{w.withdrawnOn}</dt>
              <dd>
                {view.withdrawals
                  .map((withdrawal) => w.withdrawnWhat(withdrawal.types.map((type) => terms.requestType[type].label).join(', '), date(withdrawal.on)))
                  .join('\n')}
              </dd>
            </>
          )}
        </dl>

        {view.machtigingAsked && (
          <section class="panel-box" aria-labelledby="machtiging-title">
            <h2 id="machtiging-title">{t.machtigingTitle}</h2>
            <p>{t.machtigingText}</p>
            <p>
              <a href="#meesturen">{t.machtigingLink}</a>
            </p>
          </section>
        )}

        {view.openQuestion && (
          <section class="panel-box" aria-labelledby="question-title">
            <h2 id="question-title">{t.questionTitle}</h2>
            <p class="pre">{view.openQuestion.question}</p>
            <form method="post" action={pathIn(language, 'statusPage', { token: props.token })} novalidate>
              <input type="hidden" name="version" value={String(view.version)} />
              <TextArea id="answer" name="answer" label={t.answerLabel} value={props.error?.answer ?? ''} error={props.error?.message} rows={6} />
              <SubmitButton>{t.answerButton}</SubmitButton>
            </form>
          </section>
        )}

        {/* The decision first: it is what the requester came for, and on a phone it would otherwise sit screens below. */}
        {view.decisions.map((decision, n) => (
          <section aria-labelledby={`decision-title-${n}`}>
            <h2 id={`decision-title-${n}`}>{t.decisionTitle[decision.kind]}</h2>
            <p>{t.decidedOn(date(decision.decidedOn))}</p>
            <DecisionInDutch text={decision} note={t.translationNote} />
            <DecisionLetter token={props.token} files={props.files} n={n} />
          </section>
        ))}
        {view.decisions.length > 0 && (
          <InzageParts token={props.token} parts={view.decisions.flatMap((decision) => decision.inzage)} files={props.files} partyName={partyName} />
        )}

        {view.parties.length > 0 && (
          <>
            <h2>{t.whoTitle}</h2>
            <ul>
              {view.parties.map((party) => {
                const description = directory.party(party.partyId)?.description;
                return (
                  <li>
                    {t.party(partyName(party.partyId), party.coordinator, party.answered)}
                    {description && (
                      <div class="utrecht-form-field-description" lang={regionTextLang(language)}>
                        {description}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}

        {view.passedOn.length > 0 && (
          <>
            <h2>{t.passedOnTitle}</h2>
            {view.passedOn.map((passed) => (
              <p>{t.passedOn(partyName(passed.fromPartyId), passed.toPartyIds.map(partyName).join(', '))}</p>
            ))}
          </>
        )}

        {props.files && (
          <StatusFiles token={props.token} files={props.files} state={props.filesState} triesLeft={props.triesLeft} sendError={props.sendError} />
        )}

        {view.withdrawable && (
          <section aria-labelledby="withdraw-title">
            <h2 id="withdraw-title">{w.sectionTitle}</h2>
            <p>{w.sectionText}</p>
            <p>
              <a class="utrecht-link" href={pathIn(language, 'withdrawPage', { token: props.token })}>
                {w.sectionLink}
              </a>
            </p>
          </section>
        )}
      </Layout>,
      language,
    ),
  );
}

/**
 * The decision as sent: its text is Dutch, the language it was decided in
 * (Awb 2:6), so on a page in another language it keeps its Dutch headings,
 * is marked `lang="nl"` for screen readers, and a note says which text counts.
 */
function DecisionInDutch(props: { text: Parameters<typeof DecisionTextView>[0]['text']; note: string | null }) {
  const language = useLanguage();
  const dutch = { partsTitle: DECISION_PARTS_TITLE, rightsTitle: DECISION_RIGHTS_TITLE };
  if (language === DEFAULT_LANGUAGE) return <DecisionTextView text={props.text} titles={dutch} />;
  return (
    <>
      {props.note && <p>{props.note}</p>}
      <div lang={DEFAULT_LANGUAGE}>
        <DecisionTextView text={props.text} titles={dutch} />
      </div>
    </>
  );
}

/** The decision's letter, once made: a download in an open session, else the way to the code. */
function DecisionLetter(props: { token: string; files: StatusFilesView | undefined; n: number }) {
  const t = statusTexts(useLanguage());
  const letter = props.files?.letters[props.n];
  if (!letter) return null;
  return props.files?.open ? (
    <p>
      {t.letter} <ReleasedFileLink token={props.token} document={letter} />
    </p>
  ) : (
    <p>
      {t.letterClosed} <a href="#bestanden">{t.toCode}</a>
    </p>
  );
}

/**
 * What each organisation released, in layers (EDPB 01/2022): the summary,
 * then the art. 15 details and the copy as text (folded, works without
 * JavaScript), then that organisation's files. The decision comes above.
 */
function InzageParts(props: { token: string; parts: readonly InzagePart[]; files: StatusFilesView | undefined; partyName: (id: string) => string }) {
  const language = useLanguage();
  const t = statusTexts(language);
  const sections = releasedSections(props.parts, props.files?.documents ?? []);
  if (sections.length === 0) return null;
  return (
    <section aria-labelledby="inzage-title">
      <h2 id="inzage-title">{t.inzageTitle}</h2>
      {sections.map(({ partyId, part, files }) => {
        const headingId = `inzage-${partyId}`;
        return (
          <section class="panel-box" aria-labelledby={headingId}>
            <h3 id={headingId}>{props.partyName(partyId)}</h3>
            {part && <p class="pre">{part.summary}</p>}
            {part && !part.details && <p>{t.categories(termsTexts(useLanguage()).dataCategories(part.categories))}</p>}
            {part?.details && (
              <details>
                <summary>{t.detailsSummary}</summary>
                <InzageDetailsList details={part.details} categories={part.categories} />
              </details>
            )}
            {files.length > 0 &&
              (props.files?.open ? (
                <>
                  <h4>{t.partFiles}</h4>
                  <ul class="utrecht-unordered-list utrecht-unordered-list--html-content">
                    {files.map((document) => (
                      <li>
                        <ReleasedFileLink token={props.token} document={document} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>
                  {t.partFilesClosed(plural(language, files.length, t.files))} <a href="#bestanden">{t.toCode}</a>
                </p>
              ))}
          </section>
        );
      })}
    </section>
  );
}
