import type { Language } from '../language';
import type { PluralForms } from '../format';

/** The languages by their Dutch names, as the portal names them (the registration, the request page). */
export const languageNames = { nl: 'Nederlands', en: 'Engels' } satisfies Record<Language, string>;

/** The portal's frame, task list and registration, and the words for tasks and the audit trail. */
export const portal = {
  nav: {
    label: 'Portaal',
    myTasks: 'Mijn taken',
    allRequests: 'Alle verzoeken',
    fgDashboard: 'Overzicht FG',
    fgFigures: 'Cijfers',
    register: 'Verzoek registreren',
    absence: 'Afwezig',
    signOut: 'Uitloggen',
  },
  /** The beheer pages' navigation (here, not in beheer.ts, so every portal page need not carry the beheer texts). */
  beheerNav: { home: 'Beheer', people: 'Mensen', region: 'Gegevens en huisstijl' },
  role: { contact: 'Contactpersoon', fg: 'Functionaris gegevensbescherming', beheer: 'Beheerder' },
  /** A page of the other half of the portal: a beheerder on a party's page, or a party's person on a beheer page. */
  wrongPlace: {
    title: 'Deze pagina is niet voor uw account',
    forBeheer: 'U bent beheerder. Als beheerder ziet u geen verzoeken; u beheert de organisaties, overleggen en mensen van uw regio.',
    forParties: 'Deze pagina is voor de beheerder van de regio. U werkt voor een organisatie: uw verzoeken staan bij Mijn taken.',
    toMyTasks: 'Naar Mijn taken',
  },
  signedInAs: (role: string, party: string) => `${role} bij ${party}`,
  daysLate: { one: '# dag te laat', other: '# dagen te laat' } satisfies PluralForms,
  daysLeft: { one: 'nog # dag', other: 'nog # dagen' } satisfies PluralForms,
  /** A task of a request paused for a question to the requester: the days do not count down. */
  clockStopped: 'termijn staat stil (vraag aan aanvrager)',
  today: 'vandaag',
  taskKind: { answer: 'Antwoord voor uw organisatie', art19: 'Wijziging doorvoeren (art. 19 AVG)' },
  taskStatus: {
    art19Open: 'Nog doorvoeren',
    art19Done: 'Doorgevoerd',
    answerOpen: 'Nog geen antwoord',
    answerDone: 'Beantwoord',
    withdrawn: 'Ingetrokken',
  },
  actor: {
    requester: 'Aanvrager',
    system: 'Systeem',
    user: (party: string, user: string) => `${party} (gebruiker ${user})`,
    /** A deputy who acted for an absent colleague (both by their short user id, as elsewhere in the trail). */
    onBehalfOf: (user: string, colleague: string) => `${user}, namens gebruiker ${colleague}`,
  },
  register: {
    title: 'Verzoek registreren',
    intro: 'Kwam een verzoek binnen per brief, e-mail of telefoon? Zet het hier in het systeem. De termijn loopt vanaf de dag waarop het binnenkwam.',
    how: 'Hoe en wanneer kwam het binnen?',
    channel: 'Binnengekomen per',
    channels: { brief: 'brief', 'e-mail': 'e-mail', telefoon: 'telefoon' },
    language: 'In welke taal krijgt de aanvrager de e-mails en de statuspagina?',
    languageHint: 'Het besluit en de brief zijn altijd Nederlands.',
    languages: languageNames,
    receivedOn: 'Datum van ontvangst',
    receivedOnHint: 'De dag waarop het verzoek bij uw organisatie binnenkwam, bijvoorbeeld 3 11 2026. Niet in de toekomst.',
    button: 'Verzoek registreren en doorsturen',
  },
};
