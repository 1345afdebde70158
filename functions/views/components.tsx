import { commonTexts } from '#texts/catalogue';
import type { ComponentChildren } from 'preact';
import type { FieldError } from '#core/field-errors';
import { useLanguage } from './render';

/** A catalogue sentence with named slots (`{reference}`) filled with markup of the page's own. */
export function Rich(props: { text: string; slots: Record<string, ComponentChildren> }) {
  const parts = props.text.split(/\{(\w+)\}/);
  return <>{parts.map((part, n) => (n % 2 === 1 ? props.slots[part] : part))}</>;
}

/**
 * Form building blocks after the GOV.UK / NL Design System pattern: an error
 * summary at the top that links to each field, the message again at the field,
 * hints and errors tied to the input with aria-describedby.
 */
export function ErrorSummary(props: { errors: Array<{ field: string; message: string }> }) {
  const t = commonTexts(useLanguage());
  if (props.errors.length === 0) return null;
  return (
    // autofocus: the browser moves focus to the summary on arrival, without JavaScript (GOV.UK's error summary pattern).
    <div class="utrecht-alert utrecht-alert--error avg-error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} autofocus>
      <div class="utrecht-alert__content">
        <h2 id="error-summary-title">{t.errorSummaryTitle}</h2>
        <p>{t.errorSummaryIntro}</p>
        <ul>
          {props.errors.map((error) => (
            <li>
              <a href={`#${error.field}`}>{error.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * A message about the whole post rather than a field: storage unreachable, or
 * not known whether it was stored. The form below it keeps everything typed.
 */
export function PostProblem(props: { problem: { title: string; text: string } | undefined }) {
  if (!props.problem) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error avg-error-summary" role="alert" aria-labelledby="problem-title" tabindex={-1} autofocus>
      <div class="utrecht-alert__content">
        <h2 id="problem-title">{props.problem.title}</h2>
        <p>{props.problem.text}</p>
      </div>
    </div>
  );
}

/** The button that sends a form: the primary action, or a secondary one (sign out, close a request). */
export function SubmitButton(props: { secondary?: boolean; children: ComponentChildren }) {
  return (
    <button class={props.secondary ? 'utrecht-button utrecht-button--secondary-action' : 'utrecht-button utrecht-button--primary-action'} type="submit">
      {props.children}
    </button>
  );
}

/** A confirmation after a step succeeded ("Uw antwoord is opgeslagen"), announced politely. */
export function Notice(props: { text: string | undefined }) {
  if (!props.text) return null;
  return (
    <div class="utrecht-alert utrecht-alert--ok avg-notice" role="status">
      <div class="utrecht-alert__content">
        <p>{props.text}</p>
      </div>
    </div>
  );
}

export function describedBy(field: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldErrorMessage(props: { field: string; error: string | undefined }) {
  const t = commonTexts(useLanguage());
  if (!props.error) return null;
  return (
    <p class="utrecht-form-field-error-message" id={`${props.field}-error`}>
      <span class="avg-visually-hidden">{t.fieldErrorPrefix}</span>
      {props.error}
    </p>
  );
}

export function FormGroup(props: { error: string | undefined; children: ComponentChildren }) {
  return <div class={props.error ? 'utrecht-form-field utrecht-form-field--invalid avg-form-field--invalid' : 'utrecht-form-field'}>{props.children}</div>;
}

/** Label, hint and error message above any input, as every field of every form has them. */
export function LabelledField(props: { id: string; label: string; hint?: string; error: string | undefined; children: ComponentChildren }) {
  return (
    <FormGroup error={props.error}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <p class="utrecht-form-field-description" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldErrorMessage field={props.id} error={props.error} />
      {props.children}
    </FormGroup>
  );
}

export function TextArea(props: { id: string; name: string; label: string; hint?: string; value: string; error: string | undefined; rows?: number }) {
  return (
    <LabelledField id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
        id={props.id}
        name={props.name}
        rows={props.rows ?? 4}
        aria-describedby={describedBy(props.id, Boolean(props.hint), props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value}
      </textarea>
    </LabelledField>
  );
}

/**
 * A group of inputs under one question: fieldset and legend, the hint, the
 * error, then the inputs (radios, checkboxes, date boxes). `field` is the id
 * the error summary links to; `group` marks inputs that answer together.
 */
export function FieldsetGroup(props: {
  field: string;
  legend: string;
  hint?: ComponentChildren;
  error: string | undefined;
  group?: boolean;
  children: ComponentChildren;
}) {
  return (
    <FormGroup error={props.error}>
      <fieldset
        class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        role={props.group ? 'group' : undefined}
        aria-describedby={describedBy(props.field, Boolean(props.hint), props.error)}
      >
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{props.legend}</legend>
        {props.hint && (
          <p class="utrecht-form-field-description" id={`${props.field}-hint`}>
            {props.hint}
          </p>
        )}
        <FieldErrorMessage field={props.field} error={props.error} />
        {props.children}
      </fieldset>
    </FormGroup>
  );
}

/** A date in three boxes (dag, maand, jaar), as GOV.UK recommends; the error links to the day box. */
export function DateInput(props: {
  prefix: string;
  legend: string;
  hint: string;
  error: string | undefined;
  values: { day: string; month: string; year: string };
}) {
  const day = `${props.prefix}Day`;
  const t = commonTexts(useLanguage());
  return (
    <FieldsetGroup field={day} legend={props.legend} hint={props.hint} error={props.error} group>
      <div class="avg-date-input">
        {(
          [
            [day, t.day, props.values.day, 2],
            [`${props.prefix}Month`, t.month, props.values.month, 2],
            [`${props.prefix}Year`, t.year, props.values.year, 4],
          ] as const
        ).map(([name, label, value, width]) => (
          <div class={`avg-date-input__item avg-date-input__item--${width === 4 ? 'year' : name === day ? 'day' : 'month'}`}>
            <label class="utrecht-form-label" for={name}>
              {label}
            </label>
            <input
              class={`utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric${props.error ? ' utrecht-textbox--invalid' : ''}`}
              id={name}
              name={name}
              type="text"
              inputmode="numeric"
              value={value}
              aria-invalid={props.error ? 'true' : undefined}
            />
          </div>
        ))}
      </div>
    </FieldsetGroup>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  spellcheck?: boolean;
}) {
  return (
    <LabelledField id={props.name} label={props.label} hint={props.hint} error={props.error}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${props.error ? ' utrecht-textbox--invalid' : ''}`}
        id={props.name}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(props.name, Boolean(props.hint), props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </LabelledField>
  );
}

/** A form's errors as its page shows them: the message at each field, and the summary's links in the same order. */
export function formErrors(errors: FieldError[], fieldFor: (path: string) => string, order: readonly string[] = []) {
  const byField = errorsByField(errors, fieldFor);
  // The summary in the order the fields stand on the page (GOV.UK, NL Design System); a field not listed goes last.
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const summary = [...byField].map(([field, message]) => ({ field, message })).sort((a, b) => rank(a.field) - rank(b.field));
  return { byField, summary };
}

/** The first message per form field, for the fields and the summary alike. */
export function errorsByField(errors: FieldError[], fieldFor: (path: string) => string): Map<string, string> {
  const byField = new Map<string, string>();
  for (const error of errors) {
    const field = fieldFor(error.path);
    if (!byField.has(field)) byField.set(field, error.message);
  }
  return byField;
}

/** One radio button or checkbox with its label and an optional hint. */
export function Choice(props: {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string;
  checked: boolean;
  label: string;
  hint?: string;
  /** The hint's language where it differs from the page's (a region's own description). */
  hintLang?: string | undefined;
}) {
  // Not `${id}-hint`: the first choice's id is the group's field name, whose hint is the group's (ids must be unique).
  const hintId = props.hint ? `${props.id}-choice-hint` : undefined;
  return (
    <div class="avg-choice">
      <input
        class={props.type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'}
        type={props.type}
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        aria-describedby={hintId}
      />
      <label class={`utrecht-form-label utrecht-form-label--${props.type === 'radio' ? 'radio' : 'checkbox'}`} for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <p class="utrecht-form-field-description" id={hintId} lang={props.hintLang}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/**
 * A question answered by radio buttons or checkboxes: the fieldset with its
 * legend, hint and error, and one choice per option. The first choice carries
 * the field's own id, so the error summary's link lands on it; the others
 * `<field>-<value>`, so every id is unique.
 */
export function ChoiceGroup(props: {
  type: 'radio' | 'checkbox';
  field: string;
  legend: string;
  hint?: ComponentChildren;
  error: string | undefined;
  options: ReadonlyArray<{ value: string; label: string; hint?: string }>;
  checked: (value: string) => boolean;
  group?: boolean;
}) {
  return (
    <FieldsetGroup field={props.field} legend={props.legend} hint={props.hint} error={props.error} group={props.group}>
      {props.options.map((option, n) => (
        <Choice
          type={props.type}
          id={n === 0 ? props.field : `${props.field}-${option.value}`}
          name={props.field}
          value={option.value}
          checked={props.checked(option.value)}
          label={option.label}
          {...(option.hint ? { hint: option.hint } : {})}
        />
      ))}
    </FieldsetGroup>
  );
}

/** A table's column headings (NL Design System table), one per label. */
export function ColumnHeads(props: { labels: readonly string[] }) {
  return (
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        {props.labels.map((label) => (
          <th class="utrecht-table__header-cell" scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A labelled select with its error (GOV.UK: label, error, control), the option whose value is `value` chosen. */
/** A select with its label, hint and message, whose options (and optgroups) the caller gives: the school, the municipality, the overleg to assign. */
export function SelectGroup(props: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error: string | undefined;
  autocomplete?: string;
  children: ComponentChildren;
}) {
  return (
    <LabelledField id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <select
        class="utrecht-select utrecht-select--html-select"
        id={props.id}
        name={props.name ?? props.id}
        autocomplete={props.autocomplete}
        aria-describedby={describedBy(props.id, Boolean(props.hint), props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.children}
      </select>
    </LabelledField>
  );
}

export function SelectField(props: {
  id: string;
  /** The field's name when it is not its id (a per-type sub-form's "inzage.ground"). */
  name?: string;
  label: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
  error: string | undefined;
}) {
  return (
    <FormGroup error={props.error}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      <FieldErrorMessage field={props.id} error={props.error} />
      <select
        class="utrecht-select utrecht-select--html-select"
        id={props.id}
        name={props.name ?? props.id}
        aria-describedby={describedBy(props.id, false, props.error)}
      >
        {props.options.map(([value, label]) => (
          <option value={value} selected={props.value === value}>
            {label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
