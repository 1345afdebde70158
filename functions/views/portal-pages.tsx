import type { IsoDate } from '#core/calendar-date';
import { portalTexts, staffFormTexts, type Texts, workTexts } from '#texts/catalogue';
import { longDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES } from '#texts/language';
import type { FieldError } from '#core/field-errors';
import type { Region } from '#core/region-config';
import type { WorkItem } from '#core/my-work';
import { ChoiceGroup, DateInput, ErrorSummary, formErrors, PostProblem, SubmitButton } from './components';
import { type PortalChrome, PortalLayout } from './portal-layout';
import { daysLeftText } from './portal-text';
import { renderPage } from './render';
import { FORM_FIELD_ORDER, formFieldForPath, type RequestFormValues } from './request-form-fields';
import { RequestForm } from './request-form-page';
import { pathTo } from '#routes';

/** What a work item asks, in the words of Mijn taken. */
function workLabel(portal: Texts['portal'], t: Texts['work'], item: WorkItem): string {
  if (item.kind !== 'coordination') return `${portal.taskKind[item.kind]}${item.coordinator ? t.tasks.coordinator : ''}`;
  const step = t.coordinationStep[item.step];
  return item.step === 'collect' ? `${step} ${t.tasks.answersIn(item.answered, item.parts)}` : step;
}

/** Everything that waits for the user's party, most urgent first (core/my-work.ts). */
export function renderTasksPage(
  props: { chrome: PortalChrome; work: WorkItem[]; today: IsoDate; notice?: string },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const portal = portalTexts(language);
  const work = workTexts(language);
  const t = work.tasks;
  return renderPage(
    <PortalLayout title={t.title} chrome={props.chrome} notice={props.notice}>
      <h1>{t.title}</h1>
      {props.work.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table class="utrecht-table utrecht-table--html-table avg-table-stack">
          <caption class="avg-visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.reference}</th>
              <th scope="col">{t.task}</th>
              <th scope="col">{t.deadline}</th>
              <th scope="col">{t.time}</th>
            </tr>
          </thead>
          <tbody>
            {props.work.map((item) => {
              // A party counts to its answer-by date; the coordinator's step to the legal deadline.
              const due = item.kind === 'coordination' ? item.deadline : item.answerBy;
              const left = daysLeftText(language, portal, { deadline: due, stopped: item.stopped }, props.today);
              return (
                <tr>
                  <td data-label={t.reference}>
                    <a href={pathTo('casePage', { reference: item.reference })} class="avg-reference">
                      {item.reference}
                    </a>
                  </td>
                  <td data-label={t.task}>{workLabel(portal, work, item)}</td>
                  <td data-label={t.deadline}>
                    {longDate(language, due)}
                    {due !== item.deadline ? (
                      <>
                        <br />
                        <span class="avg-hint">{t.legalDeadline(longDate(language, item.deadline))}</span>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t.time}>
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
    language,
  );
}

export interface RegistrationValues extends RequestFormValues {
  /** Where a requester without an e-mail address gets the decision letter. */
  postalAddress: string;
  channel: string;
  /** The requester's language for their mails and status page (docs/rules.md, "Languages"). */
  language: string;
  receivedDay: string;
  receivedMonth: string;
  receivedYear: string;
}

function registrationField(path: string): string {
  if (path === 'receivedOn') return 'receivedDay';
  if (path === 'channel') return 'channel';
  if (path === 'requester.postalAddress') return 'postalAddress';
  return formFieldForPath(path);
}

/** Registering a request that came in by letter, e-mail or phone: the form's fields plus when and how it arrived. */
export function renderRegisterPage(
  props: {
    chrome: PortalChrome;
    /** The registering party's region only (core/registration.ts). */
    regions: readonly Region[];
    values: RegistrationValues;
    errors: FieldError[];
    problem?: { title: string; text: string };
  },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = portalTexts(language).register;
  const fields = staffFormTexts(language);
  const order = ['channel', 'receivedDay', ...FORM_FIELD_ORDER.flatMap((field) => (field === 'email' ? ['email', 'postalAddress'] : [field]))];
  const { byField: errors, summary } = formErrors(props.errors, registrationField, order);
  const { values } = props;
  return renderPage(
    <PortalLayout title={t.title} chrome={props.chrome} hasErrors={summary.length > 0 || Boolean(props.problem)}>
      <ErrorSummary errors={summary} />
      <PostProblem problem={props.problem} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <RequestForm
        action={pathTo('register')}
        regions={props.regions}
        texts={fields}
        postalAddress={fields.postalAddress}
        values={values}
        errors={errors}
        hiddenFields={<input type="hidden" name="csrf" value={props.chrome.csrf} />}
        extraFields={
          <>
            <h2>{t.how}</h2>
            <ChoiceGroup
              type="radio"
              field="channel"
              legend={t.channel}
              error={errors.get('channel')}
              options={(['brief', 'e-mail', 'telefoon'] as const).map((channel) => ({ value: channel, label: t.channels[channel] }))}
              checked={(channel) => values.channel === channel}
            />
            <DateInput
              prefix="received"
              legend={t.receivedOn}
              hint={t.receivedOnHint}
              error={errors.get('receivedDay')}
              values={{ day: values.receivedDay, month: values.receivedMonth, year: values.receivedYear }}
            />
            <ChoiceGroup
              type="radio"
              field="language"
              legend={t.language}
              hint={t.languageHint}
              error={undefined}
              options={LANGUAGES.map((language) => ({ value: language, label: t.languages[language] }))}
              checked={(language) => (values.language || DEFAULT_LANGUAGE) === language}
            />
          </>
        }
        closing={<SubmitButton>{t.button}</SubmitButton>}
      />
    </PortalLayout>,
    language,
  );
}
