/**
 * What the functions answer besides their pages: errors, refusals, the
 * notices after a step, the API's own messages.
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
  /** After a successful step (Post/Redirect/Get): the URL carries the key, never data. */
  notices: {
    antwoord: 'Het antwoord van uw organisatie is opgeslagen.',
    toegewezen: 'Het overleg is gekozen. De organisaties van het overleg hebben een taak en krijgen daarover een e-mail.',
    oppakken: 'U heeft dit verzoek opgepakt. Uw collega’s zien dat u eraan werkt.',
    art19: 'Vastgelegd: de wijziging is doorgevoerd.',
    verlengen: 'De termijn is verlengd. De aanvrager is op de hoogte gebracht.',
    vraag: 'De vraag staat op de statuspagina van de aanvrager. De termijn staat stil.',
    besluit: 'Het besluit is verstuurd.',
    identiteit: 'Vastgelegd: hoe u heeft gecontroleerd wie de aanvrager is.',
    document: 'Het bestand is ontvangen. Wij controleren het nu. Ververs deze pagina over een paar seconden om te zien of het is goedgekeurd.',
    sluiten: 'Het verzoek is afgesloten.',
    bericht: 'Uw bericht is geplaatst. De andere organisatie krijgt een e-mail dat er een bericht is.',
    'verlengen-post': 'De termijn is verlengd. Stuur de aanvrager een brief met de nieuwe datum en de reden.',
    'vraag-post': 'De vraag is vastgelegd. De termijn staat stil. Stuur de vraag per post naar de aanvrager.',
    'vraag-beantwoord': 'Het antwoord van de aanvrager is vastgelegd. De termijn loopt weer.',
    'vraag-beantwoord-post': 'Het antwoord van de aanvrager is vastgelegd. De termijn loopt weer.',
    'besluit-post': 'Het besluit is vastgelegd. De besluitbrief wordt nu gemaakt: print hem bij Documenten en stuur hem per post.',
    'per-post-post': 'Vastgelegd: het besluit is vandaag per post verstuurd.',
    'identiteit-post': 'Vastgelegd: hoe u heeft gecontroleerd wie de aanvrager is.',
    'sluiten-post': 'Het verzoek is afgesloten.',
    'geregistreerd-post':
      'Het verzoek is geregistreerd en doorgestuurd naar alle organisaties van het overleg. De aanvrager heeft geen e-mailadres: het aanspreekpunt stuurt het besluit per post.',
    geregistreerd: 'Het verzoek is geregistreerd en doorgestuurd naar alle organisaties van het overleg.',
  } as Record<string, string>,
  api: {
    idempotencyKey: 'De Idempotency-Key moet 1 tot 255 zichtbare tekens zijn, zonder spaties.',
    invalidJson: 'De inhoud is geen geldige JSON. Stuur een JSON-object.',
  },
};
