import { uploadTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES } from '#texts/language';
import type { DocumentRecord } from '#core/documents';
import { pathIn, pathTo } from '#routes';
import { SubmitButton } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { renderPage, useLanguage } from './render';
import { Layout } from './layout';

/**
 * The upload form for one described file. It posts straight to the document
 * bucket (the file never passes a function), signed for this file's key, the
 * size range and 15 minutes; S3 then sends the browser back to the request.
 * The S3 fields come first, the file last, as S3 requires.
 */
export function renderUploadPage(
  props: { chrome: PortalChrome; document: Pick<DocumentRecord, 'reference' | 'title'>; form: { url: string; fields: Record<string, string> } },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = uploadTexts(language).page;
  const { document, form } = props;
  return renderPage(
    <PortalLayout title={t.title(document.title)} chrome={props.chrome}>
      <h1>{t.heading}</h1>
      <p>{t.for(document.reference)}</p>
      <dl class="summary-list">
        <dt>{t.what}</dt>
        <dd>{document.title}</dd>
      </dl>
      <UploadForm form={form} />
      <p>
        <a class="utrecht-link utrecht-link--html-a" href={pathTo('casePage', { reference: document.reference })}>
          {t.back}
        </a>
      </p>
    </PortalLayout>,
    language,
  );
}

/** The limits in words, then the S3 fields and the file, which must come last. */
export function UploadForm({ form }: { form: { url: string; fields: Record<string, string> } }) {
  const t = uploadTexts(useLanguage()).page;
  return (
    <>
      <p>{t.allowed}</p>
      <p>{t.valid}</p>
      <p>{t.check}</p>
      <form method="post" action={form.url} enctype="multipart/form-data">
        {Object.entries(form.fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="file">
            {t.fileLabel}
          </label>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="file" name="file" type="file" required />
        </div>
        <SubmitButton>{t.button}</SubmitButton>
      </form>
    </>
  );
}

/** The same for the requester, on the public frame: the status page's way to send a machtiging or evidence. */
export function renderRequesterUploadPage(
  props: { token: string; document: Pick<DocumentRecord, 'title'>; form: { url: string; fields: Record<string, string> } },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = uploadTexts(language).page;
  return renderPage(
    <Layout title={t.title(props.document.title)} inLanguage={(other) => pathIn(other, 'statusPage', { token: props.token })}>
      <h1>{t.heading}</h1>
      <dl class="summary-list">
        <dt>{t.what}</dt>
        <dd>{props.document.title}</dd>
      </dl>
      <UploadForm form={props.form} />
      <p>
        <a class="utrecht-link utrecht-link--html-a" href={pathIn(language, 'statusPage', { token: props.token })}>
          {t.backToStatus}
        </a>
      </p>
    </Layout>,
    language,
  );
}

/**
 * In place of the file bucket's own refusals. S3's refusal carries no path of
 * ours, so no language: the page says it in Dutch and then in English, each
 * part marked with its language.
 */
export function renderFileRefusedPage(): string {
  const dutch = uploadTexts(DEFAULT_LANGUAGE).refused;
  const others = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);
  return renderPage(
    <Layout title={dutch.title}>
      <h1>{dutch.title}</h1>
      {dutch.paragraphs.map((text) => (
        <p>{text}</p>
      ))}
      {others.map((language) => {
        const t = uploadTexts(language).refused;
        return (
          <section lang={language} aria-labelledby={`refused-${language}`}>
            <h2 id={`refused-${language}`}>{t.title}</h2>
            {t.paragraphs.map((text) => (
              <p>{text}</p>
            ))}
          </section>
        );
      })}
    </Layout>,
  );
}
