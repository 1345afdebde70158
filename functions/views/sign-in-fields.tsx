import { describedBy, LabelledField } from './components';

/**
 * Inputs of the sign-in pages, built from the same blocks as TextField
 * (label, hint, error, aria-describedby) but with what passwords and one-time
 * codes need: type="password", and a numeric keyboard with autocomplete
 * "one-time-code" so phones offer the code. A password is never sent back.
 */
export function SignInField(props: {
  name: string;
  label: string;
  error: string | undefined;
  kind: 'email' | 'current-password' | 'new-password' | 'one-time-code';
  value?: string;
  hint?: string;
}) {
  const input = {
    email: { type: 'email', autocomplete: 'username', inputmode: undefined },
    'current-password': { type: 'password', autocomplete: 'current-password', inputmode: undefined },
    'new-password': { type: 'password', autocomplete: 'new-password', inputmode: undefined },
    'one-time-code': { type: 'text', autocomplete: 'one-time-code', inputmode: 'numeric' },
  }[props.kind];
  return (
    <LabelledField id={props.name} label={props.label} hint={props.hint} error={props.error}>
      <input
        class={
          props.kind === 'one-time-code' ? 'utrecht-textbox utrecht-textbox--html-input avg-textbox--width-6' : 'utrecht-textbox utrecht-textbox--html-input'
        }
        id={props.name}
        name={props.name}
        type={input.type}
        value={props.kind === 'email' ? (props.value ?? '') : ''}
        autocomplete={input.autocomplete}
        inputMode={input.inputmode}
        spellcheck={false}
        autocapitalize="none"
        aria-describedby={describedBy(props.name, Boolean(props.hint), props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </LabelledField>
  );
}
