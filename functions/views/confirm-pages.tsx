import type { IsoDate } from '#core/calendar-date';
import { pathIn } from '#routes';
import { confirmTexts, receiptTexts } from '#texts/catalogue';
import { longDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { Rich, SubmitButton } from './components';
import { Layout } from './layout';
import { renderPage } from './render';

export function renderConfirmQuestion(args: { reference: string; token: string }, language: Language = DEFAULT_LANGUAGE): string {
  return renderQuestion(confirmTexts(language), args, language);
}

/** The co-requester's link, opened: a button too, for the same reason (mail scanners open links). */
export function renderJoinQuestion(args: { reference: string; token: string }, language: Language = DEFAULT_LANGUAGE): string {
  return renderQuestion(confirmTexts(language).together, args, language);
}

/** A link opened from a mail: what pressing the button does, and the button; only the POST acts. */
function renderQuestion(
  t: { questionTitle: string; question: string; button: string },
  args: { reference: string; token: string },
  language: Language,
): string {
  return renderPage(
    <Layout title={t.questionTitle} inLanguage={(other) => pathIn(other, 'confirmPage', { token: args.token })}>
      <h1>{t.questionTitle}</h1>
      <p>
        <Rich text={t.question} slots={{ reference: <strong class="avg-reference">{args.reference}</strong> }} />
      </p>
      <form method="post" action={pathIn(language, 'confirm', { token: args.token })}>
        <SubmitButton>{t.button}</SubmitButton>
      </form>
    </Layout>,
    language,
  );
}

export function renderConfirmed(
  args: { reference: string; deadline: IsoDate; partyNames: string[]; alreadyConfirmed: boolean },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = confirmTexts(language);
  const receipt = receiptTexts(language);
  return renderPage(
    <Layout title={t.doneTitle}>
      <div class="avg-panel" role="status">
        <h1>{args.alreadyConfirmed ? t.alreadyTitle : t.doneTitle}</h1>
        <p>
          <Rich text={t.reference} slots={{ reference: <strong class="avg-reference">{args.reference}</strong> }} />
        </p>
      </div>
      <p>{t.routedTo}</p>
      <ul>
        {args.partyNames.map((name) => (
          <li>{name}</li>
        ))}
      </ul>
      <p>
        <Rich text={receipt.answerBy} slots={{ deadline: <strong>{receipt.deadline(longDate(language, args.deadline))}</strong> }} />
      </p>
    </Layout>,
    language,
  );
}

export function renderJoined(args: { reference: string; alreadyJoined: boolean; statusPath: string }, language: Language = DEFAULT_LANGUAGE): string {
  const t = confirmTexts(language);
  return renderPage(
    <Layout title={t.together.doneTitle}>
      <div class="avg-panel" role="status">
        <h1>{args.alreadyJoined ? t.together.alreadyTitle : t.together.doneTitle}</h1>
        <p>
          <Rich text={t.reference} slots={{ reference: <strong class="avg-reference">{args.reference}</strong> }} />
        </p>
      </div>
      <p>
        <a href={args.statusPath}>{t.together.toStatus}</a>
      </p>
      <p>{t.together.keepLink}</p>
    </Layout>,
    language,
  );
}
