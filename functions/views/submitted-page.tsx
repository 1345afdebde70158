import type { IsoDate } from '#core/calendar-date';
import { confirmableUntil } from '#core/request-record';
import { receiptTexts } from '#texts/catalogue';
import { longDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { Rich } from './components';
import { Layout } from './layout';
import { renderPage } from './render';

export function renderSubmittedPage(args: { reference: string; receivedOn: IsoDate; deadline: IsoDate }, language: Language = DEFAULT_LANGUAGE): string {
  const t = receiptTexts(language);
  const date = (iso: IsoDate) => longDate(language, iso);
  return renderPage(
    <Layout title={t.title}>
      <div class="avg-panel" role="status">
        <h1>{t.title}</h1>
        <p>
          <Rich text={t.reference} slots={{ reference: <strong class="avg-reference">{args.reference}</strong> }} />
        </p>
      </div>
      <p>{t.receivedOn(date(args.receivedOn))}</p>
      <p>
        <Rich text={t.answerBy} slots={{ deadline: <strong>{t.deadline(date(args.deadline))}</strong> }} />
      </p>
      <h2>{t.nextTitle}</h2>
      <ol class="steps">
        <li>{t.steps.confirm(date(confirmableUntil(args.receivedOn)))}</li>
        <li>{t.steps.route}</li>
        <li>{t.steps.search}</li>
        <li>{t.steps.answer}</li>
      </ol>
      <p>{t.extension}</p>
      <p>{t.keepReference}</p>
    </Layout>,
    language,
  );
}
