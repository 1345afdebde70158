import type { ComponentChildren } from 'preact';
import { ErrorSummary } from './components';
import { renderMessagePage } from './error-page';
import { Layout } from './layout';
import { renderPage } from './render';
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
      <button class="utrecht-button utrecht-button--primary-action" type="submit">
        {props.button}
      </button>
    </form>
  );
}

const StartAgain = () => (
  <p>
    <a href={pathTo('signInPage')}>Opnieuw beginnen met inloggen</a>
  </p>
);

export function renderPasswordStep(args: { email: string; terug: string | undefined; errors: SignInErrors }): string {
  return renderPage(
    <SignInLayout title="Inloggen op het privacyportaal" errors={args.errors}>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        Dit portaal is voor de contactpersonen en de functionarissen gegevensbescherming (FG) van de organisaties in een overleg.
      </p>
      <StepForm step="password" button="Verder">
        {args.terug && <input type="hidden" name="terug" value={args.terug} />}
        <SignInField name="email" label="E-mailadres" kind="email" value={args.email} error={errorFor(args.errors, 'email')} />
        <SignInField name="password" label="Wachtwoord" kind="current-password" error={errorFor(args.errors, 'password')} />
      </StepForm>
      <p>Na uw wachtwoord vragen wij een code uit de authenticator-app op uw telefoon.</p>
      <p>Wachtwoord vergeten of geen toegang? Vraag het aan de beheerder van het portaal bij uw organisatie.</p>
    </SignInLayout>,
  );
}

export function renderCodeStep(args: { errors: SignInErrors }): string {
  return renderPage(
    <SignInLayout title="Code uit uw authenticator-app" errors={args.errors}>
      <p>Open de authenticator-app op uw telefoon. Vul de code in die de app nu laat zien.</p>
      <StepForm step="totp" button="Inloggen">
        <SignInField
          name="code"
          label="Code van 6 cijfers"
          kind="one-time-code"
          hint="De code verandert elke 30 seconden."
          error={errorFor(args.errors, 'code')}
        />
      </StepForm>
      <StartAgain />
    </SignInLayout>,
  );
}

export function renderNewPasswordStep(args: { errors: SignInErrors }): string {
  return renderPage(
    <SignInLayout title="Kies een nieuw wachtwoord" errors={args.errors}>
      <p>U logt voor het eerst in. Kies nu een eigen wachtwoord.</p>
      <StepForm step="new-password" button="Wachtwoord opslaan">
        <SignInField
          name="newPassword"
          label="Nieuw wachtwoord"
          kind="new-password"
          hint="Minstens 12 tekens, met een hoofdletter, een kleine letter, een cijfer en een leesteken (zoals ! of ?)."
          error={errorFor(args.errors, 'newPassword')}
        />
        <SignInField name="newPasswordAgain" label="Nieuw wachtwoord nog een keer" kind="new-password" error={errorFor(args.errors, 'newPasswordAgain')} />
      </StepForm>
      <StartAgain />
    </SignInLayout>,
  );
}

/** The secret in groups of four, as authenticator apps show it, so it is easier to type over. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function renderMfaSetupStep(args: { secret: string; errors: SignInErrors }): string {
  return renderPage(
    <SignInLayout title="Koppel uw authenticator-app" errors={args.errors}>
      <p>Bij het inloggen vragen wij steeds een code uit een app op uw telefoon. Koppel die app nu één keer.</p>
      <ol class="steps">
        <li>Open een authenticator-app op uw telefoon, bijvoorbeeld Microsoft Authenticator of Google Authenticator.</li>
        <li>Kies in de app: account toevoegen, en dan: sleutel (code) zelf invoeren.</li>
        <li>Vul als naam in: Privacyportaal.</li>
        <li>
          Vul deze sleutel in: <strong class="avg-reference">{grouped(args.secret)}</strong>
        </li>
        <li>Vraagt de app naar het soort sleutel? Kies dan: op tijd gebaseerd.</li>
      </ol>
      <StepForm step="mfa-setup" button="Koppelen en inloggen">
        <SignInField name="code" label="Code van 6 cijfers uit de app" kind="one-time-code" error={errorFor(args.errors, 'code')} />
      </StepForm>
      <p>Deel deze sleutel met niemand. Wie de sleutel heeft, kan codes maken voor uw account.</p>
      <StartAgain />
    </SignInLayout>,
  );
}

/** Sign-in stopped for a reason the user cannot fix on this page. */
export function renderSignInProblem(problem: 'password-reset' | 'unsupported' | 'no-access'): string {
  const pages = {
    'password-reset': {
      title: 'Nieuw wachtwoord nodig',
      text: 'Uw wachtwoord moet opnieuw worden ingesteld. Vraag de beheerder van het portaal bij uw organisatie om een nieuw tijdelijk wachtwoord.',
    },
    unsupported: {
      title: 'Inloggen lukt zo niet',
      text: 'Uw account vraagt om een stap die hier niet kan. Vraag de beheerder van het portaal bij uw organisatie om uw account klaar te zetten.',
    },
    'no-access': {
      title: 'Geen toegang tot het portaal',
      text: 'Uw wachtwoord en code kloppen, maar uw account hoort niet bij één organisatie. Vraag de beheerder van het portaal om dit te regelen.',
    },
  } as const;
  const page = pages[problem];
  return renderMessagePage({ title: page.title, paragraphs: [page.text], link: { href: pathTo('signInPage'), text: 'Terug naar inloggen' } });
}
