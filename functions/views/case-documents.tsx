import { fileSize, longDate } from '#texts/format';
import { documentsTexts } from '#texts/catalogue';
import type { CaseView } from '#core/case-view';
import type { Directory } from '#core/directory';
import { FILE_TYPES } from '#core/documents';
import { IDENTITY_METHODS } from '#core/request-record';
import { caseRulesTexts } from '#texts/catalogue';
import { pathTo } from '#routes';
import { Choice, DateInput, describedBy, FieldErrorMessage, FormGroup, SubmitButton } from './components';
import { useLanguage } from './render';

type ErrorFor = (form: 'document' | 'identiteit', path: string) => string | undefined;
type ValueFor = (form: 'document' | 'identiteit', name: string, fallback?: string) => string;

/** The request's files as this actor may see them (caseViewFor decided which), and the form to add one. */
export function DocumentsSection(props: { view: CaseView; directory: Directory; csrf: string; errorFor: ErrorFor; valueFor: ValueFor }) {
  const { view } = props;
  const language = useLanguage();
  const t = documentsTexts(language).portal;
  const refusals = caseRulesTexts(language).documentRules.refusal;
  const reference = view.request.reference;
  const titleError = props.errorFor('document', 'title');
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t.title}</h2>
      <p>{t.intro}</p>
      {view.documents.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table class="utrecht-table utrecht-table--html-table">
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
                <td>
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
                <td>{document.owner.kind === 'party' ? (props.directory.party(document.owner.partyId)?.name ?? document.owner.partyId) : t.requester}</td>
                <td>
                  {t.statusText[document.status]}
                  {document.refusal && <span class="utrecht-form-field-description">{` ${refusals[document.refusal]}`}</span>}
                  {document.status === 'awaiting-upload' &&
                    document.owner.kind === 'party' &&
                    document.owner.partyId === view.actor.partyId &&
                    view.actor.role === 'contact' && (
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
      {view.can.addDocument.allowed && (
        <form method="post" action={pathTo('addDocument', { reference })} class="panel-box" novalidate>
          <h3>{t.addTitle}</h3>
          <p>{t.addIntro}</p>
          <input type="hidden" name="csrf" value={props.csrf} />
          <FormGroup error={titleError}>
            <label class="utrecht-form-label" for="document-title">
              {t.titleLabel}
            </label>
            <div class="utrecht-form-field-description" id="document-title-hint">
              {t.titleHint}
            </div>
            <FieldErrorMessage field="document-title" error={titleError} />
            <input
              class={`utrecht-textbox utrecht-textbox--html-input${titleError ? ' utrecht-textbox--invalid' : ''}`}
              id="document-title"
              name="title"
              type="text"
              maxlength={120}
              value={props.valueFor('document', 'title')}
              aria-describedby={describedBy('document-title', true, titleError)}
              aria-invalid={titleError ? 'true' : undefined}
            />
          </FormGroup>
          <SubmitButton>{t.addButton}</SubmitButton>
        </form>
      )}
    </section>
  );
}

/** The coordinator's record of how the requester's identity was checked: shown when done, the form while it may be (re)done. */
export function IdentityForm(props: { view: CaseView; hidden: preact.ComponentChildren; errorFor: ErrorFor; valueFor: ValueFor }) {
  const { view } = props;
  const language = useLanguage();
  const t = documentsTexts(language).identity;
  const check = view.request.identityCheck;
  if (!view.identityNeeded) return null;
  const methodError = props.errorFor('identiteit', 'method');
  return (
    <section class="panel-box" aria-labelledby="identity-title">
      <h3 id="identity-title">{t.title}</h3>
      {check ? <p>{t.done(t.methods[check.method], longDate(language, check.checkedOn))}</p> : <p>{t.intro}</p>}
      {view.can.recordIdentity.allowed && (
        <form method="post" action={pathTo('recordIdentity', { reference: view.request.reference })} novalidate>
          {props.hidden}
          {check && <p>{t.again}</p>}
          <FormGroup error={methodError}>
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
              <legend class="utrecht-form-label">{t.method}</legend>
              <FieldErrorMessage field="identiteit-method" error={methodError} />
              {IDENTITY_METHODS.map((method, n) => (
                <Choice
                  type="radio"
                  id={n === 0 ? 'identiteit-method' : `identiteit-method-${method}`}
                  name="method"
                  value={method}
                  checked={props.valueFor('identiteit', 'method') === method}
                  label={t.methods[method]}
                />
              ))}
            </fieldset>
          </FormGroup>
          <DateInput
            prefix="checked"
            legend={t.checkedOn}
            hint={t.checkedOnHint}
            error={props.errorFor('identiteit', 'checkedOn')}
            values={{
              day: props.valueFor('identiteit', 'checkedDay'),
              month: props.valueFor('identiteit', 'checkedMonth'),
              year: props.valueFor('identiteit', 'checkedYear'),
            }}
          />
          <SubmitButton>{t.button}</SubmitButton>
        </form>
      )}
    </section>
  );
}
