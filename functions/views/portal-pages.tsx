import { formatDutchDate, type IsoDate } from '#core/calendar-date';
import type { FieldError } from '#core/field-errors';
import type { Directory } from '#core/directory';
import type { PartyTask } from '#core/request-record';
import { Choice, DateInput, describedBy, ErrorSummary, errorsByField, FieldErrorMessage, FormGroup, PostProblem } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { daysLeftText, TASK_KIND_TEXT } from './portal-text';
import { renderPage } from './render';
import { formFieldForPath, type RequestFormValues } from './request-form-fields';
import { RequestForm } from './request-form-page';
import { pathTo } from '#routes';

/** Open tasks of the user's party, most urgent first (the index returns them sorted by deadline). */
export function renderTasksPage(props: { chrome: PortalChrome; tasks: PartyTask[]; today: IsoDate; notice?: string }): string {
  return renderPage(
    <PortalLayout title="Mijn taken" chrome={props.chrome} notice={props.notice}>
      <h1>Mijn taken</h1>
      {props.tasks.length === 0 ? (
        <p>Er staan geen taken open voor uw organisatie.</p>
      ) : (
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="avg-visually-hidden">Open taken, de meest dringende eerst</caption>
          <thead>
            <tr>
              <th scope="col">Kenmerk</th>
              <th scope="col">Taak</th>
              <th scope="col">Uiterste datum</th>
              <th scope="col">Tijd</th>
            </tr>
          </thead>
          <tbody>
            {props.tasks.map((task) => {
              const left = daysLeftText(task.deadline, props.today);
              return (
                <tr>
                  <td>
                    <a href={pathTo('casePage', { reference: task.reference })}>{task.reference}</a>
                  </td>
                  <td>
                    {TASK_KIND_TEXT[task.kind]}
                    {task.coordinator ? ' (u bent aanspreekpunt)' : ''}
                  </td>
                  <td>{formatDutchDate(task.deadline)}</td>
                  <td>
                    <span class={left.late ? 'utrecht-badge-status utrecht-badge-status--danger' : 'utrecht-badge-status utrecht-badge-status--neutral'}>
                      {left.text}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </PortalLayout>,
  );
}

export interface RegistrationValues extends RequestFormValues {
  channel: string;
  receivedDay: string;
  receivedMonth: string;
  receivedYear: string;
}

function registrationField(path: string): string {
  if (path === 'receivedOn') return 'receivedDay';
  if (path === 'channel') return 'channel';
  return formFieldForPath(path);
}

/** Registering a request that came in by letter, e-mail or phone: the form's fields plus when and how it arrived. */
export function renderRegisterPage(props: {
  chrome: PortalChrome;
  directory: Directory;
  values: RegistrationValues;
  errors: FieldError[];
  problem?: { title: string; text: string };
}): string {
  const errors = errorsByField(props.errors, registrationField);
  const summary = [...errors].map(([field, message]) => ({ field, message }));
  const { values } = props;
  return renderPage(
    <PortalLayout title="Verzoek registreren" chrome={props.chrome} hasErrors={summary.length > 0 || Boolean(props.problem)}>
      <ErrorSummary errors={summary} />
      <PostProblem problem={props.problem} />
      <h1>Verzoek registreren</h1>
      <p>Kwam een verzoek binnen per brief, e-mail of telefoon? Zet het hier in het systeem. De termijn loopt vanaf de dag waarop het binnenkwam.</p>
      <RequestForm
        action={pathTo('register')}
        directory={props.directory}
        values={values}
        errors={errors}
        hiddenFields={<input type="hidden" name="csrf" value={props.chrome.csrf} />}
        extraFields={
          <>
            <h2>Hoe en wanneer kwam het binnen?</h2>
            <FormGroup error={errors.get('channel')}>
              <fieldset
                class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
                aria-describedby={describedBy('channel', false, errors.get('channel'))}
              >
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Binnengekomen per</legend>
                <FieldErrorMessage field="channel" error={errors.get('channel')} />
                {(['brief', 'e-mail', 'telefoon'] as const).map((channel, n) => (
                  <Choice
                    type="radio"
                    id={n === 0 ? 'channel' : `channel-${channel}`}
                    name="channel"
                    value={channel}
                    checked={values.channel === channel}
                    label={channel}
                  />
                ))}
              </fieldset>
            </FormGroup>
            <DateInput
              prefix="received"
              legend="Datum van ontvangst"
              hint="De dag waarop het verzoek bij uw organisatie binnenkwam, bijvoorbeeld 3 11 2026. Niet in de toekomst."
              error={errors.get('receivedDay')}
              values={{ day: values.receivedDay, month: values.receivedMonth, year: values.receivedYear }}
            />
          </>
        }
        closing={
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            Verzoek registreren en doorsturen
          </button>
        }
      />
    </PortalLayout>,
  );
}
