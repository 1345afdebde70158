import { type DocumentRecord, FILE_TYPES, type StatusFilesView } from '#core/documents';
import { documentsTexts, statusFilesTexts } from '#texts/catalogue';
import { fileSize, plural } from '#texts/format';
import { pathIn } from '#routes';
import { SubmitButton } from './components';
import { useLanguage } from './render';

/** Where the requester stands with the files: what the last step said (from the URL's word). */
export type FilesState = 'code' | 'open' | 'fout' | 'geblokkeerd' | 'verlopen' | 'code-nodig' | 'ontvangen' | undefined;

/**
 * The released files on the status page. Their titles show only in an open
 * download session: the status link alone shows how many there are and how
 * to ask for the code.
 */
export function StatusFiles(props: {
  token: string;
  files: StatusFilesView;
  state: FilesState;
  triesLeft?: number;
  /** The title typed when describing a file failed, with why. */
  sendError?: { title: string; message: string };
}) {
  const language = useLanguage();
  const t = statusFilesTexts(language).section;
  const { documents, open } = props.files;
  if (documents.length === 0) return <SendFiles {...props} />;
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
  const action = pathIn(language, 'statusFiles', { token: props.token });
  const askingCode = props.state === 'code' || props.state === 'fout';
  return (
    <>
      <section aria-labelledby="bestanden" class="panel-box">
        <h2 id="bestanden">{t.title}</h2>
        {open ? (
          <p>{t.open}</p>
        ) : (
          <>
            {/* The decision's letter is announced in its own section; the count is of the organisations' files. */}
            <p>{props.files.partyFiles > 0 ? t.intro(plural(language, props.files.partyFiles, t.files)) : t.letterOnly}</p>
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
      <SendFiles {...props} />
    </>
  );
}

/** One released file as a download link, with its type and size; its organisation is the heading above it. */
export function ReleasedFileLink({ token, document }: { token: string; document: DocumentRecord }) {
  const language = useLanguage();
  const t = statusFilesTexts(language).section;
  return (
    <>
      <a class="utrecht-link utrecht-link--html-a" href={pathIn(language, 'openReleasedDocument', { token, document: document.id })}>
        <span class="avg-visually-hidden">{t.download('')}</span>
        {document.title}
      </a>
      {document.fileType && document.size !== undefined && ` (${FILE_TYPES[document.fileType].extension.toUpperCase()}, ${fileSize(language, document.size)})`}
    </>
  );
}

/** What the requester sent themselves, and the form to send a file (a machtiging, evidence) while the request is open. */
function SendFiles(props: { token: string; files: StatusFilesView; state: FilesState; sendError?: { title: string; message: string } }) {
  const language = useLanguage();
  const t = statusFilesTexts(language).section;
  const refusals = documentsTexts(language).refusal;
  const { own, canSend } = props.files;
  if (!canSend && own.length === 0) return null;
  const error = props.sendError?.message;
  return (
    <section aria-labelledby="meesturen" class="panel-box">
      <h2 id="meesturen">{t.sendTitle}</h2>
      {props.state === 'ontvangen' && <p role="status">{t.received}</p>}
      {own.length > 0 && (
        <>
          <h3>{t.ownTitle}</h3>
          <ul class="utrecht-unordered-list utrecht-unordered-list--html-content">
            {own.map((document) => (
              <li>
                {document.title}: {t.ownStatus[document.status]}
                {document.refusal && `. ${refusals[document.refusal]}`}
                {document.status === 'awaiting-upload' && canSend && (
                  <>
                    {' '}
                    <a class="utrecht-link utrecht-link--html-a" href={pathIn(language, 'requesterUploadPage', { token: props.token, document: document.id })}>
                      {t.uploadNow(document.title)}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {canSend && (
        <form method="post" action={pathIn(language, 'statusFiles', { token: props.token })} novalidate>
          <p>{t.sendIntro}</p>
          <input type="hidden" name="step" value="beschrijven" />
          <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
            <label class="utrecht-form-label" for="send-title">
              {t.sendLabel}
            </label>
            <div class="utrecht-form-field-description" id="send-title-hint">
              {t.sendHint}
            </div>
            {error && (
              <p class="utrecht-form-field-error-message" id="send-title-error">
                {error}
              </p>
            )}
            <input
              class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
              id="send-title"
              name="title"
              type="text"
              maxlength={120}
              value={props.sendError?.title ?? ''}
              aria-describedby={error ? 'send-title-hint send-title-error' : 'send-title-hint'}
              aria-invalid={error ? 'true' : undefined}
            />
          </div>
          <SubmitButton>{t.sendButton}</SubmitButton>
        </form>
      )}
    </section>
  );
}
