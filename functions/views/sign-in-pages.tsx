import type { ComponentChildren } from 'preact';
import { ErrorSummary, Rich, SubmitButton } from './components';
import { renderMessagePage } from './error-page';
import { Layout } from './layout';
import { renderPage, useLanguage } from './render';
import { signInTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { SignInField } from './sign-in-fields';
import { pathTo } from '#routes';

/**
 * The sign-in pages of the portal: e-mail address and password, then the code
 * from the authenticator app. For a new account also a new password and
 * linking the app. Every form posts to /portaal/inloggen; `step` says which.
 */
export type SignInErrors = Array<{ field: string; message: string }>;

const errorFor = (errors: SignInErrors, field: string) => errors.find((error) => error.field === field)?.message;

function SignInLayout(props: { title: string; errors: SignInErrors; children: ComponentChildren }) {
  return (
    <Layout title={props.title} hasErrors={props.errors.length > 0} kind="portal">
      <ErrorSummary errors={props.errors} />
      <h1>{props.title}</h1>
      {props.children}
    </Layout>
  );
}

function StepForm(props: { step: string; button: string; children: ComponentChildren }) {
  return (
    <form method="post" action={pathTo('signInPage')} novalidate>
      <input type="hidden" name="step" value={props.step} />
      {props.children}
      <SubmitButton>{props.button}</SubmitButton>
    </form>
  );
}

function StartAgain() {
  const t = signInTexts(useLanguage());
  return (
    <p>
      <a href={pathTo('signInPage')}>{t.startAgain}</a>
    </p>
  );
}

export function renderPasswordStep(args: { email: string; terug: string | undefined; errors: SignInErrors }, language: Language = DEFAULT_LANGUAGE): string {
  const t = signInTexts(language).password;
  return renderPage(
    <SignInLayout title={t.title} errors={args.errors}>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.lead}</p>
      <StepForm step="password" button={t.button}>
        {args.terug && <input type="hidden" name="terug" value={args.terug} />}
        <SignInField name="email" label={t.email} kind="email" value={args.email} error={errorFor(args.errors, 'email')} />
        <SignInField name="password" label={t.password} kind="current-password" error={errorFor(args.errors, 'password')} />
      </StepForm>
      <p>{t.nextStep}</p>
      <p>{t.forgotten}</p>
    </SignInLayout>,
    language,
  );
}

export function renderCodeStep(args: { errors: SignInErrors }, language: Language = DEFAULT_LANGUAGE): string {
  const t = signInTexts(language).code;
  return renderPage(
    <SignInLayout title={t.title} errors={args.errors}>
      <p>{t.intro}</p>
      <StepForm step="totp" button={t.button}>
        <SignInField name="code" label={t.label} kind="one-time-code" hint={t.hint} error={errorFor(args.errors, 'code')} />
      </StepForm>
      <StartAgain />
    </SignInLayout>,
    language,
  );
}

export function renderNewPasswordStep(args: { errors: SignInErrors }, language: Language = DEFAULT_LANGUAGE): string {
  const t = signInTexts(language).newPassword;
  return renderPage(
    <SignInLayout title={t.title} errors={args.errors}>
      <p>{t.intro}</p>
      <StepForm step="new-password" button={t.button}>
        <SignInField name="newPassword" label={t.label} kind="new-password" hint={t.hint} error={errorFor(args.errors, 'newPassword')} />
        <SignInField name="newPasswordAgain" label={t.again} kind="new-password" error={errorFor(args.errors, 'newPasswordAgain')} />
      </StepForm>
      <StartAgain />
    </SignInLayout>,
    language,
  );
}

/** The secret in groups of four, as authenticator apps show it, so it is easier to type over. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function renderMfaSetupStep(args: { secret: string; errors: SignInErrors }, language: Language = DEFAULT_LANGUAGE): string {
  const t = signInTexts(language).mfaSetup;
  return renderPage(
    <SignInLayout title={t.title} errors={args.errors}>
      <p>{t.intro}</p>
      <ol class="steps">
        {t.steps.map((step) => (
          <li>{step}</li>
        ))}
        <li>
          <Rich text={t.secret} slots={{ secret: <strong class="avg-reference">{grouped(args.secret)}</strong> }} />
        </li>
        <li>{t.timeBased}</li>
      </ol>
      <StepForm step="mfa-setup" button={t.button}>
        <SignInField name="code" label={t.label} kind="one-time-code" error={errorFor(args.errors, 'code')} />
      </StepForm>
      <p>{t.keepSecret}</p>
      <StartAgain />
    </SignInLayout>,
    language,
  );
}

/** Sign-in stopped for a reason the user cannot fix on this page. */
export function renderSignInProblem(problem: 'password-reset' | 'unsupported' | 'no-access' | 'disabled', language: Language = DEFAULT_LANGUAGE): string {
  const t = signInTexts(language);
  const page = t.problems[problem];
  return renderMessagePage({ title: page.title, paragraphs: [page.text], link: { href: pathTo('signInPage'), text: t.backToSignIn } }, language);
}
