import type { Directory } from '#core/directory';
import type { RequestType } from '#core/request-kinds';
import type { StatusView } from '#core/status-view';
import type { WithdrawalProblem } from '#core/withdrawal';
import { pathIn } from '#routes';
import { termsTexts, withdrawalTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { ChoiceGroup, ErrorSummary, SubmitButton } from './components';
import { Layout } from './layout';
import { forOwner, renderPage } from './render';
import { siteOwnerOf } from './site-owner';

/**
 * Withdrawing, in two steps as GOV.UK does for what cannot be undone: choose
 * what (only when the request has more than one type), then confirm. Both
 * work without JavaScript; the confirmation carries the choice and the
 * version read, so a request changed meanwhile is refused, not withdrawn blind.
 */
export function renderWithdrawPage(
  props: {
    view: StatusView;
    directory: Directory;
    token: string;
    /** The types chosen: present on the confirmation step. */
    chosen?: readonly RequestType[];
    problem?: WithdrawalProblem | 'conflict';
  },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const { view } = props;
  const t = withdrawalTexts(language);
  const terms = termsTexts(language);
  const action = pathIn(language, 'withdraw', { token: props.token });
  const plain = (type: RequestType) => terms.plainRequestType(type);
  const back = (
    <p>
      <a class="utrecht-link" href={pathIn(language, 'statusPage', { token: props.token })}>
        {t.back}
      </a>
    </p>
  );
  // What the post was refused for, else why this request cannot be withdrawn at all (core decides: status-view.ts).
  const problem = view.withdrawRefusal ?? props.problem;
  const MESSAGES = { 'none-chosen': t.noneChosen, 'not-now': t.notNow, 'not-yours': t.notYours, conflict: t.conflict } as const;
  const message = problem && MESSAGES[problem];
  // One type, or a choice made: the confirmation step; else the choice first.
  const chosen = props.chosen ?? (view.types.length === 1 ? view.types : undefined);
  const content =
    problem && problem !== 'none-chosen' ? (
      <>
        <h1>{t.title(view.reference)}</h1>
        <p>{message}</p>
        {back}
      </>
    ) : chosen ? (
      <>
        <h1>{t.checkTitle}</h1>
        {chosen.length === view.types.length ? (
          <p>{t.whole}</p>
        ) : (
          <>
            <p>{t.part}</p>
            <ul class="utrecht-unordered-list utrecht-unordered-list--html-content">
              {chosen.map((type) => (
                <li>{plain(type)}</li>
              ))}
            </ul>
          </>
        )}
        <p>{chosen.length === view.types.length ? t.consequencesWhole : t.consequencesPart}</p>
        <p>{t.cannotUndo}</p>
        <form method="post" action={action} novalidate>
          <input type="hidden" name="version" value={String(view.version)} />
          <input type="hidden" name="stap" value="intrekken" />
          {chosen.map((type) => (
            <input type="hidden" name="types" value={type} />
          ))}
          <SubmitButton>{t.confirm}</SubmitButton>
        </form>
        {back}
      </>
    ) : (
      <>
        <ErrorSummary errors={message ? [{ field: 'types', message }] : []} />
        <h1>{t.title(view.reference)}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t.lead}</p>
        <form method="post" action={action} novalidate>
          <input type="hidden" name="version" value={String(view.version)} />
          <ChoiceGroup
            type="checkbox"
            field="types"
            legend={t.chooseLegend}
            hint={t.chooseHint}
            error={message}
            group
            options={view.types.map((type) => ({ value: type, label: plain(type) }))}
            checked={() => false}
          />
          <SubmitButton>{t.next}</SubmitButton>
        </form>
        {back}
      </>
    );
  return forOwner(siteOwnerOf(props.directory, view.regionId), () =>
    renderPage(
      <Layout
        title={chosen && view.withdrawable ? t.checkTitle : t.title(view.reference)}
        hasErrors={Boolean(message) && !chosen}
        inLanguage={(other) => pathIn(other, 'statusPage', { token: props.token })}
      >
        {content}
      </Layout>,
      language,
    ),
  );
}
