/**
 * What the functions answer besides their pages: errors, refusals, the API's
 * own messages (the portal's notices after a step: texts/nl/portal-notices.ts).
 */
export const answers = {
  errors: {
    403: {
      title: 'Niet verstuurd',
      text: 'Uw bericht is tegengehouden, omdat het leek op een aanval op deze website. Er is niets bewaard. Haal code of vreemde tekens uit uw tekst en probeer het opnieuw. Lukt het niet? Neem dan contact op met de organisatie.',
    },
    413: { title: 'Te veel tekst', text: 'Uw verzoek is te groot. Maak de toelichting korter en probeer het opnieuw.' },
    415: {
      title: 'Verkeerd soort inhoud',
      text: 'Deze inhoud kunnen wij niet lezen. Verstuur het formulier op deze website, of stuur JSON met Content-Type: application/json. Er is niets bewaard.',
    },
    429: {
      title: 'Even wachten',
      text: 'U heeft in korte tijd te veel verzoeken verstuurd. Wacht een minuut en probeer het dan opnieuw. Er is niets bewaard.',
    },
    503: { title: 'Even niet bereikbaar', text: 'Het lukt nu niet om uw verzoek op te slaan. Er is niets bewaard. Probeer het over een paar minuten opnieuw.' },
    unknown: {
      title: 'Nog niet zeker',
      text: 'We weten nog niet of uw verzoek is bewaard. Verstuur het nog een keer: het wordt niet twee keer bewaard.',
    },
    500: { title: 'Er ging iets mis', text: 'Er ging bij ons iets mis. Er is niets bewaard. Probeer het later opnieuw.' },
  },
  backToForm: 'Terug naar het formulier',
  toForm: 'Naar het formulier',
  toMyTasks: 'Naar mijn taken',
  toRequest: 'Naar het verzoek',
  confirmLinkInvalid: {
    title: 'Deze link werkt niet',
    text: 'De link is niet goed overgenomen, of hij is verlopen. Een verzoek dat u niet binnen 7 dagen bevestigt, vervalt.',
    again: 'U kunt het verzoek opnieuw indienen.',
  },
  statusLinkInvalid: {
    title: 'Deze link werkt niet',
    text: 'De link is niet goed overgenomen, of het verzoek bestaat niet meer. Neem contact op met de organisatie en noem uw kenmerk.',
  },
  statusConflict: 'Uw verzoek is net gewijzigd. Lees de pagina opnieuw en verstuur uw antwoord nog eens.',
  statusAnswered: 'Uw antwoord is verstuurd. De termijn loopt weer.',
  forbidden: {
    title: 'Geen toegang',
    text: 'U kunt dit verzoek niet bekijken. Alleen organisaties waarnaar het verzoek is gestuurd, zien het.',
  },
  conflict: {
    title: 'Iemand was u voor',
    text: 'Iemand anders heeft dit verzoek net gewijzigd. Er is niets van u opgeslagen. Bekijk de nieuwe stand en probeer het zo nodig opnieuw.',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    text: 'Misschien is het adres niet goed overgenomen. Een link uit een e-mail moet u helemaal overnemen.',
  },
  api: {
    idempotencyKey: 'De Idempotency-Key moet 1 tot 255 zichtbare tekens zijn, zonder spaties.',
    invalidJson: 'De inhoud is geen geldige JSON. Stuur een JSON-object.',
  },
};
