/** Pages that only tell something: a session that ran out, a form that is no longer valid. */
export const messages = {
  signedOut: {
    title: 'U bent niet meer ingelogd',
    text: 'Uw sessie is verlopen. Wat u net verstuurde, is niet bewaard. Log opnieuw in en probeer het nog een keer.',
    link: 'Opnieuw inloggen',
  },
  formExpired: {
    title: 'Formulier niet geldig',
    text: 'Het formulier is verlopen of niet geldig. Laad de pagina opnieuw.',
    notSaved: 'Wat u net verstuurde, is niet bewaard.',
    link: 'Naar het portaal',
  },
};
