import { uploadTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import type { DocumentRecord } from '#core/documents';
import { pathTo } from '#routes';
import { SubmitButton } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { renderPage } from './render';

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
      <p>
        <a class="utrecht-link utrecht-link--html-a" href={pathTo('casePage', { reference: document.reference })}>
          {t.back}
        </a>
      </p>
    </PortalLayout>,
    language,
  );
}
