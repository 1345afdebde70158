/**
 * What the sign-in pages say when something is not right, in plain Dutch.
 * A wrong address and a wrong password get the same message on purpose: the
 * page must not tell anyone which addresses have an account.
 */
export const SIGN_IN_MESSAGES = {
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
} as const;
