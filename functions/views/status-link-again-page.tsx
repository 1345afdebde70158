import { pathIn } from '#routes';
import type { FieldError } from '#core/field-errors';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { statusLinkAgainTexts } from '#texts/catalogue';
import { ErrorSummary, SubmitButton, TextField } from './components';
import { Layout } from './layout';
import { renderPage } from './render';

/** The form that sends a lost status link again (core/status-link-again.ts), and the page after it that says the same whatever was found. */
export function renderStatusLinkAgainPage(
  args: { values?: { reference: string; email: string }; errors?: FieldError[]; sent?: boolean },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = statusLinkAgainTexts(language);
  if (args.sent)
    return renderPage(
      <Layout title={t.sentTitle} inLanguage={(other) => pathIn(other, 'statusLinkPage')}>
        <h1>{t.sentTitle}</h1>
        <p>{t.sent}</p>
      </Layout>,
      language,
    );
  const errors = args.errors ?? [];
  const errorFor = (field: string) => errors.find((error) => error.path === field)?.message;
  return renderPage(
    <Layout title={t.title} hasErrors={errors.length > 0} inLanguage={(other) => pathIn(other, 'statusLinkPage')}>
      <ErrorSummary errors={errors.map((error) => ({ field: error.path, message: error.message }))} />
      <h1>{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.lead}</p>
      <form method="post" action={pathIn(language, 'statusLinkAgain')} novalidate>
        <TextField
          name="reference"
          label={t.reference}
          hint={t.referenceHint}
          value={args.values?.reference ?? ''}
          error={errorFor('reference')}
          autocomplete="off"
          spellcheck={false}
        />
        <TextField
          name="email"
          label={t.email}
          hint={t.emailHint}
          type="email"
          value={args.values?.email ?? ''}
          error={errorFor('email')}
          autocomplete="email"
          spellcheck={false}
        />
        <SubmitButton>{t.button}</SubmitButton>
      </form>
    </Layout>,
    language,
  );
}
