import { absenceTexts } from '#texts/catalogue';
import { longDate } from '#texts/format';
import { pathTo } from '#routes';
import type { AbsencePage } from '#application/absence';
import type { FieldError } from '#core/field-errors';
import { DateInput, ErrorSummary, formErrors, SelectField, SubmitButton } from './components';
import { PortalLayout, type PortalChrome } from './portal-layout';
import { renderPage, useLanguage } from './render';

export interface AbsenceValues {
  deputy: string;
  from: { day: string; month: string; year: string };
  until: { day: string; month: string; year: string };
}

export function renderAbsencePage(props: { chrome: PortalChrome; page: AbsencePage; values: AbsenceValues; errors: FieldError[]; notice?: string }): string {
  return renderPage(<Absence {...props} />);
}

function Absence(props: { chrome: PortalChrome; page: AbsencePage; values: AbsenceValues; errors: FieldError[]; notice?: string }) {
  const language = useLanguage();
  const t = absenceTexts(language);
  const { me, colleagues, deputyName } = props.page;
  const { byField, summary } = formErrors(props.errors, (path) => path, ['deputy', 'fromDay', 'untilDay']);
  return (
    <PortalLayout title={t.title} chrome={props.chrome} hasErrors={summary.length > 0} notice={props.notice}>
      <ErrorSummary errors={summary} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>{me.deputy && deputyName ? t.current(deputyName, longDate(language, me.deputy.from), longDate(language, me.deputy.until)) : t.none}</p>
      {me.deputy && (
        <form method="post" action={pathTo('setAbsence')}>
          <input type="hidden" name="csrf" value={props.chrome.csrf} />
          <input type="hidden" name="clear" value="1" />
          <SubmitButton secondary>{t.clear}</SubmitButton>
        </form>
      )}
      {colleagues.length === 0 ? (
        <p>{t.noColleagues}</p>
      ) : (
        <form method="post" action={pathTo('setAbsence')} novalidate>
          <input type="hidden" name="csrf" value={props.chrome.csrf} />
          <SelectField
            id="deputy"
            label={t.deputy}
            value={props.values.deputy}
            options={colleagues.map((colleague) => [colleague.personId, colleague.name] as const)}
            error={byField.get('deputy')}
          />
          <DateInput prefix="from" legend={t.from} hint={t.dateHint} error={byField.get('fromDay')} values={props.values.from} />
          <DateInput prefix="until" legend={t.until} hint={t.dateHint} error={byField.get('untilDay')} values={props.values.until} />
          <SubmitButton>{t.save}</SubmitButton>
        </form>
      )}
    </PortalLayout>
  );
}
