/** Withdrawing a request, or part of it, on the status page (core/withdrawal.ts). */
export const withdrawal = {
  title: (reference: string) => `Verzoek ${reference} intrekken`,
  lead: 'Wilt u niet meer dat de organisaties uw verzoek behandelen? Dan kunt u het intrekken. Heeft u meer gevraagd, dan kunt u ook een deel intrekken.',
  chooseLegend: 'Wat wilt u intrekken?',
  chooseHint: 'Kiest u alles, dan trekt u het hele verzoek in.',
  next: 'Verder',
  checkTitle: 'Weet u zeker dat u dit wilt intrekken?',
  whole: 'U trekt het hele verzoek in.',
  part: 'U trekt dit deel van het verzoek in:',
  consequencesWhole:
    'De organisaties stoppen met hun werk aan uw verzoek en krijgen daarover bericht. U krijgt geen herinneringen of besluit meer. Wij bewaren het verzoek nog zo lang als een afgesloten verzoek; daarna wissen wij het.',
  consequencesPart: 'De organisaties stoppen met het werk aan dit deel. De rest van uw verzoek loopt door, met dezelfde termijn.',
  cannotUndo: 'Intrekken kunt u niet ongedaan maken. Wilt u het later toch? Dan doet u een nieuw verzoek.',
  confirm: 'Ja, trek in',
  back: 'Nee, terug naar mijn verzoek',
  noneChosen: 'Kies wat u wilt intrekken.',
  notNow: 'Dit verzoek kunt u niet meer intrekken. Er is al een besluit, of het verzoek is al afgesloten of ingetrokken.',
  conflict: 'Uw verzoek is net veranderd. Bekijk de nieuwe stand en probeer het opnieuw.',
  notYours:
    'Alleen wie het verzoek deed, kan het intrekken. U doet mee met dit verzoek. Wilt u dat het stopt? Vraag het dan aan de aanvrager, of neem contact op met de organisatie.',
  // "krijgen bericht", not "hebben gekregen": the mail is queued, not yet known to be delivered; and a request
  // withdrawn before its confirmation never reached a party.
  done: 'Uw verzoek is ingetrokken. Organisaties die er al aan werkten, krijgen daarover bericht.',
  donePart: 'Dat deel van uw verzoek is ingetrokken. Organisaties die er al aan werkten, krijgen daarover bericht.',
  /** The confirmation link of a request the requester withdrew before confirming it. */
  confirmLink: {
    title: 'Dit verzoek is ingetrokken',
    text: 'U heeft dit verzoek ingetrokken. Bevestigen hoeft niet meer, en het verzoek is niet naar de organisaties gegaan.',
    toStatus: 'Naar uw statuspagina',
  },
  /** On the status page. */
  sectionTitle: 'Verzoek intrekken',
  sectionText: 'Heeft u het antwoord niet meer nodig? Dan kunt u uw verzoek, of een deel ervan, intrekken.',
  sectionLink: 'Verzoek intrekken',
  withdrawnOn: 'Ingetrokken op',
  withdrawnWhat: (types: string, date: string) => `${types}, op ${date}`,
};
