import type { Directory } from '#core/directory';
import { MAX_NOTE_LENGTH } from '#core/notes';
import { notesTexts } from '#texts/catalogue';
import { dateTime } from '#texts/format';
import { pathTo } from '#routes';
import type { FormProps } from './case-forms';
import { describedBy, FieldErrorMessage, FormGroup, SubmitButton, TextArea } from './components';
import { useLanguage } from './render';

/**
 * Berichten: the notes the actor may read (core/case-view.ts decides which),
 * oldest first, each with who wrote it for whom, and the form to add one.
 */
export function NotesSection(props: FormProps & { directory: Directory }) {
  const language = useLanguage();
  const t = notesTexts(language);
  const { view, state } = props;
  const name = (partyId: string) => props.directory.party(partyId)?.name ?? partyId;
  const coordinator = view.standing === 'coordinator';
  if (view.notes.length === 0 && !view.can.addNote.allowed) return null;
  const error = state.errorFor('bericht', 'withPartyId');
  return (
    <section aria-labelledby="berichten-titel" id="berichten">
      <h2 id="berichten-titel">{t.title}</h2>
      <p>{coordinator ? t.introCoordinator : t.introParty}</p>
      {view.notes.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol class="avg-notes">
          {view.notes.map((note) => (
            <li class="panel-box">
              <p class="avg-hint">
                {t.meta(dateTime(language, note.at), name(note.fromPartyId), note.fromPartyId === note.withPartyId ? t.toCoordinator : name(note.withPartyId))}
              </p>
              <p class="pre">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      {view.can.addNote.allowed && (
        <form method="post" action={pathTo('addNote', { reference: view.request.reference })} class="panel-box" novalidate>
          <h3>{t.formTitle}</h3>
          <input type="hidden" name="csrf" value={props.csrf} />
          {coordinator ? (
            <FormGroup error={error}>
              <label class="utrecht-form-label" for="bericht-withPartyId">
                {t.to}
              </label>
              <FieldErrorMessage field="bericht-withPartyId" error={error} />
              <select
                class="utrecht-select utrecht-select--html-select"
                id="bericht-withPartyId"
                name="withPartyId"
                aria-describedby={describedBy('bericht-withPartyId', false, error)}
                aria-invalid={error ? 'true' : undefined}
              >
                {view.noteRecipients.map((partyId) => (
                  <option value={partyId} selected={state.valueFor('bericht', 'withPartyId') === partyId}>
                    {name(partyId)}
                  </option>
                ))}
              </select>
            </FormGroup>
          ) : (
            <input type="hidden" name="withPartyId" value={view.noteRecipients[0]} />
          )}
          <TextArea
            id="bericht-text"
            name="text"
            label={t.text}
            hint={t.hint(MAX_NOTE_LENGTH)}
            value={state.valueFor('bericht', 'text')}
            error={state.errorFor('bericht', 'text')}
          />
          <SubmitButton secondary>{t.button}</SubmitButton>
        </form>
      )}
    </section>
  );
}
