import { fileSize } from '#texts/format';
import { documentsTexts } from '#texts/catalogue';
import type { CaseView } from '#core/case-view';
import type { Directory } from '#core/directory';
import { FILE_TYPES } from '#core/documents';
import { pathTo } from '#routes';
import { useLanguage } from './render';
import { AddDocumentForm, type FormState, InspectForm } from './case-forms';

/** The request's files as this actor may see them (caseViewFor decided which), and the form to add one. */
export function DocumentsSection(props: { view: CaseView; directory: Directory; csrf: string; state: FormState }) {
  const { view } = props;
  const language = useLanguage();
  const texts = documentsTexts(language);
  const t = texts.portal;
  const refusals = texts.refusal;
  const reference = view.request.reference;
  return (
    <section aria-labelledby="documents-title" id="documenten">
      <h2 id="documents-title">{t.title}</h2>
      <p>{t.intro}</p>
      {view.documents.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table class="utrecht-table utrecht-table--html-table avg-table-stack">
          <caption class="avg-visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.from}</th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {view.documents.map((document) => (
              <tr>
                <td data-label={t.name}>
                  {document.mayOpen ? (
                    <a class="utrecht-link utrecht-link--html-a" href={pathTo('openDocument', { reference, document: document.id })}>
                      <span class="avg-visually-hidden">{t.open('')}</span>
                      {document.title}
                    </a>
                  ) : (
                    document.title
                  )}
                  {document.fileType && document.size !== undefined && (
                    <span class="utrecht-form-field-description">{` (${FILE_TYPES[document.fileType].extension.toUpperCase()}, ${fileSize(language, document.size)})`}</span>
                  )}
                </td>
                <td data-label={t.from}>
                  {document.owner.kind === 'party'
                    ? (props.directory.party(document.owner.partyId)?.name ?? document.owner.partyId)
                    : document.owner.kind === 'letter'
                      ? t.letter
                      : t.requester}
                </td>
                <td data-label={t.status}>
                  {document.owner.kind === 'letter' && document.status === 'checking' ? t.letterPending : t.statusText[document.status]}
                  {document.refusal && <span class="utrecht-form-field-description">{` ${refusals[document.refusal]}`}</span>}
                  {document.mayInspect && <InspectForm view={view} csrf={props.csrf} state={props.state} documentId={document.id} />}
                  {document.mayUpload && (
                    <>
                      {' '}
                      <a class="utrecht-link utrecht-link--html-a" href={pathTo('uploadPage', { reference, document: document.id })}>
                        {t.upload(document.title)}
                      </a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddDocumentForm view={view} csrf={props.csrf} state={props.state} />
    </section>
  );
}
