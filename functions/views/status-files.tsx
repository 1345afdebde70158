import type { Directory } from '#core/directory';
import { FILE_TYPES, type DocumentRecord } from '#core/documents';
import { statusFilesTexts } from '#texts/catalogue';
import { fileSize, plural } from '#texts/format';
import { pathTo } from '#routes';
import { SubmitButton } from './components';
import { useLanguage } from './render';

/** Where the requester stands with the files: what the last step said (from the URL's word). */
export type FilesState = 'code' | 'open' | 'fout' | 'geblokkeerd' | 'verlopen' | 'code-nodig' | undefined;

/**
 * The released files on the status page. Their titles show only in an open
 * download session: the status link alone shows how many there are and how
 * to ask for the code.
 */
export function StatusFiles(props: {
  token: string;
  directory: Directory;
  files: { documents: DocumentRecord[]; open: boolean };
  state: FilesState;
  triesLeft?: number;
}) {
  const language = useLanguage();
  const t = statusFilesTexts(language).section;
  const { documents, open } = props.files;
  if (documents.length === 0) return null;
  const problem =
    props.state === 'fout'
      ? t.wrong(props.triesLeft ?? 0)
      : props.state === 'geblokkeerd'
        ? t.locked
        : props.state === 'verlopen'
          ? t.expired
          : props.state === 'code-nodig'
            ? t.needsCode
            : undefined;
  const action = pathTo('statusFiles', { token: props.token });
  const askingCode = props.state === 'code' || props.state === 'fout';
  return (
    <section aria-labelledby="bestanden" class="panel-box">
      <h2 id="bestanden">{t.title}</h2>
      {open ? (
        <>
          <p>{t.open}</p>
          <ul class="utrecht-unordered-list utrecht-unordered-list--html-content">
            {documents.map((document) => (
              <li>
                <a class="utrecht-link utrecht-link--html-a" href={pathTo('openReleasedDocument', { token: props.token, document: document.id })}>
                  <span class="avg-visually-hidden">{t.download('')}</span>
                  {document.title}
                </a>
                {document.fileType &&
                  document.size !== undefined &&
                  ` (${FILE_TYPES[document.fileType].extension.toUpperCase()}, ${fileSize(language, document.size)})`}
                {document.owner.kind === 'party' && `, ${props.directory.party(document.owner.partyId)?.name ?? document.owner.partyId}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t.intro(plural(language, documents.length, t.files))}</p>
          {problem && (
            <div class="utrecht-alert utrecht-alert--error" role="alert">
              <p class="utrecht-paragraph">{problem}</p>
            </div>
          )}
          {askingCode && (
            <form method="post" action={action} novalidate>
              {props.state === 'code' && <p>{t.codeSent}</p>}
              <input type="hidden" name="step" value="code-invoeren" />
              <div class={`utrecht-form-field${props.state === 'fout' ? ' utrecht-form-field--invalid' : ''}`}>
                <label class="utrecht-form-label" for="code">
                  {t.codeLabel}
                </label>
                <div class="utrecht-form-field-description" id="code-hint">
                  {t.codeHint}
                </div>
                <input
                  class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric"
                  id="code"
                  name="code"
                  type="text"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  maxlength={7}
                  aria-describedby="code-hint"
                  aria-invalid={props.state === 'fout' ? 'true' : undefined}
                />
              </div>
              <SubmitButton>{t.codeButton}</SubmitButton>
            </form>
          )}
          <form method="post" action={action}>
            <input type="hidden" name="step" value="code" />
            <SubmitButton secondary={askingCode}>{askingCode || props.state ? t.newCode : t.askCode}</SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
