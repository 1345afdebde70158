/**
 * The portal's sign-in pages. A wrong address and a wrong password get the
 * same message on purpose: the page must not tell anyone which addresses have
 * an account.
 */
export const signIn = {
  errors: {
    emailMissing: 'Vul uw e-mailadres in.',
    passwordMissing: 'Vul uw wachtwoord in.',
    credentials: 'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.',
    expired: 'Het inloggen duurde te lang. Log opnieuw in.',
    tooManyAttempts: 'U heeft het te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw.',
    codeFormat: 'Vul de code van 6 cijfers uit uw authenticator-app in.',
    code: 'De code klopt niet. Vul de code in die de app nu laat zien.',
    codeUsed: 'Deze code is al gebruikt. Wacht tot de app een nieuwe code laat zien en vul die in.',
    newPasswordMissing: 'Vul een nieuw wachtwoord in.',
    newPasswordMismatch: 'De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.',
    passwordPolicy: 'Dit wachtwoord is niet sterk genoeg. Gebruik minstens 12 tekens, met een hoofdletter, een kleine letter, een cijfer en een leesteken.',
  },
  startAgain: 'Opnieuw beginnen met inloggen',
  password: {
    title: 'Inloggen op het privacyportaal',
    lead: 'Dit portaal is voor de contactpersonen en de functionarissen gegevensbescherming (FG) van de organisaties in een overleg.',
    button: 'Verder',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    nextStep: 'Na uw wachtwoord vragen wij een code uit de authenticator-app op uw telefoon.',
    forgotten: 'Wachtwoord vergeten of geen toegang? Vraag het aan de beheerder van het portaal bij uw organisatie.',
  },
  code: {
    title: 'Code uit uw authenticator-app',
    intro: 'Open de authenticator-app op uw telefoon. Vul de code in die de app nu laat zien.',
    button: 'Inloggen',
    label: 'Code van 6 cijfers',
    hint: 'De code verandert elke 30 seconden.',
  },
  newPassword: {
    title: 'Kies een nieuw wachtwoord',
    intro: 'U logt voor het eerst in. Kies nu een eigen wachtwoord.',
    button: 'Wachtwoord opslaan',
    label: 'Nieuw wachtwoord',
    hint: 'Minstens 12 tekens, met een hoofdletter, een kleine letter, een cijfer en een leesteken (zoals ! of ?).',
    again: 'Nieuw wachtwoord nog een keer',
  },
  mfaSetup: {
    title: 'Koppel uw authenticator-app',
    intro: 'Bij het inloggen vragen wij steeds een code uit een app op uw telefoon. Koppel die app nu één keer.',
    steps: [
      'Open een authenticator-app op uw telefoon, bijvoorbeeld Microsoft Authenticator of Google Authenticator.',
      'Kies in de app: account toevoegen, en dan: sleutel (code) zelf invoeren.',
      'Vul als naam in: Privacyportaal.',
    ],
    secret: 'Vul deze sleutel in: {secret}',
    timeBased: 'Vraagt de app naar het soort sleutel? Kies dan: op tijd gebaseerd.',
    button: 'Koppelen en inloggen',
    label: 'Code van 6 cijfers uit de app',
    keepSecret: 'Deel deze sleutel met niemand. Wie de sleutel heeft, kan codes maken voor uw account.',
  },
  problems: {
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
    disabled: {
      title: 'Uw account staat uit',
      text: 'De beheerder van uw regio heeft uw account uitgezet. Werkt u nog voor deze organisatie? Vraag de beheerder dan om uw account weer aan te zetten.',
    },
  },
  backToSignIn: 'Terug naar inloggen',
};
