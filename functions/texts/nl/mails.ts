import type { PluralForms } from '../format';

/**
 * The wording of every mail. The builders (functions/core/mails.ts) decide
 * what a mail may carry (never a name, a date of birth or free text); these
 * only say it. Dates arrive formatted; links stand on a line of their own.
 */
export const mails = {
  invitation: {
    subject: 'Uw account voor het portaal voor privacyverzoeken',
    greeting: 'Beste collega,',
    roles: { contact: 'contactpersoon', fg: 'functionaris gegevensbescherming (FG)' },
    invited: (role: string, party: string) => `U bent uitgenodigd als ${role} van ${party} in het portaal voor privacyverzoeken.`,
    howTo: 'Log in met uw e-mailadres via:',
    password: 'Het tijdelijke wachtwoord krijgt u van de beheerder, niet per mail.',
    first: 'De eerste keer kiest u een eigen wachtwoord en koppelt u een app die codes maakt (bijvoorbeeld een authenticator-app op uw telefoon).',
    notYou: 'Verwachtte u deze mail niet? Dan kunt u haar negeren.',
  },
  /** Under every mail of a region: who sends it and how to reach them. */
  signature: {
    phone: (phone: string) => `telefoon ${phone}`,
    email: (email: string) => `e-mail ${email}`,
    hours: (hours: string) => `Bereikbaar: ${hours}`,
  },
  noPersonalData: 'Deze e-mail bevat bewust geen persoonsgegevens.',
  portalLink: 'Log in op het portaal (met tweestapsverificatie) om het verzoek te bekijken:',
  confirmation: {
    subject: (reference: string) => `Bevestig uw privacyverzoek ${reference}`,
    greeting: 'Beste aanvrager,',
    received: (date: string, reference: string) => `Wij hebben uw privacyverzoek ontvangen op ${date}. Uw kenmerk is ${reference}.`,
    confirm: 'Bevestig eerst dat dit uw e-mailadres is. Open daarvoor deze link:',
    afterConfirm: 'Pas na uw bevestiging sturen wij het verzoek door naar de organisaties van het overleg.',
    answerBy: (date: string) => `U krijgt uiterlijk ${date} antwoord.`,
    expires: 'Bevestigt u niet binnen 7 dagen? Dan vervalt het verzoek en wissen wij uw gegevens.',
    status: 'Hoe staat het met uw verzoek? Dat leest u op uw eigen statuspagina. Bewaar deze link; deel hem niet:',
    notYou: 'Heeft u dit verzoek niet gedaan? Dan hoeft u niets te doen.',
  },
  coRequesterInvite: {
    subject: (reference: string) => `Doet u mee met privacyverzoek ${reference}?`,
    greeting: 'Beste ouder, voogd of jongere,',
    named: (reference: string) => `U bent genoemd als iemand die samen met de aanvrager een privacyverzoek doet over een kind. Het kenmerk is ${reference}.`,
    confirm: 'Doet u mee? Bevestig dat met deze link. Daarna leest u het verzoek op uw eigen statuspagina en krijgt u ook het antwoord:',
    answerBy: (date: string) => `Het antwoord komt uiterlijk ${date}.`,
    expires: 'De link werkt 7 dagen.',
    notYou: 'Weet u niet waar dit over gaat, of wilt u niet meedoen? Dan hoeft u niets te doen.',
  },
  partyTask: {
    subject: (reference: string) => `Nieuw privacyverzoek ${reference}`,
    greeting: 'Beste contactpersoon,',
    arrived: (overleg: string) => `Er is een privacyverzoek (AVG) binnengekomen via het overleg "${overleg}".`,
    reference: (reference: string) => `Kenmerk: ${reference}`,
    answerBy: (date: string) => `Antwoord van uw organisatie graag uiterlijk: ${date}`,
    deadline: (date: string) => `Wettelijke termijn voor het besluit: ${date}`,
    coordinator: 'Uw organisatie is aanspreekpunt: u verzamelt de antwoorden van alle partijen en stuurt de aanvrager één besluit.',
    party: 'Zoek in uw eigen systemen en geef het antwoord van uw organisatie in het portaal.',
    arrivedToAssign: 'Er is een privacyverzoek (AVG) binnengekomen. De aanvrager weet niet over welk overleg of welke school het gaat.',
    assign:
      'Uw organisatie is het centrale aanspreekpunt van de regio: kies in het portaal het overleg (en de school). Dan gaat het verzoek naar de organisaties van dat overleg. De termijn loopt al vanaf de dag van ontvangst.',
  },
  news: {
    subject: (reference: string) => `Nieuws over uw privacyverzoek ${reference}`,
    greeting: 'Beste aanvrager,',
    text: {
      verlengd: 'De termijn voor uw verzoek is verlengd. Op uw statuspagina leest u waarom en tot wanneer.',
      vraag: 'Wij hebben een vraag over uw verzoek. Tot u antwoordt, staat de termijn stil. Op uw statuspagina leest u de vraag en kunt u antwoorden.',
      besluit: 'Er is een besluit over uw verzoek. U leest het op uw statuspagina.',
      doorgegeven:
        'Een organisatie heeft gegevens aangepast en dit doorgegeven aan de andere organisaties van het overleg. Op uw statuspagina leest u aan wie.',
      geregistreerd: 'Wij hebben uw privacyverzoek ontvangen en doorgestuurd naar de organisaties van het overleg. Op uw statuspagina volgt u de voortgang.',
      statuslink: 'U vroeg om de link naar uw statuspagina. Hieronder staat hij. Vroeg u dit niet? Dan kunt u deze e-mail negeren.',
      ingetrokken:
        'U heeft (een deel van) uw verzoek ingetrokken. De organisaties weten het en stoppen met het werk eraan. Op uw statuspagina leest u wat u introk.',
    },
    reference: (reference: string) => `Uw kenmerk is ${reference}.`,
  },
  withdrawal: {
    subject: (reference: string) => `Privacyverzoek ${reference} ingetrokken`,
    greeting: 'Beste contactpersoon,',
    whole: (reference: string, overleg: string) => `De aanvrager heeft verzoek ${reference} (overleg "${overleg}") ingetrokken.`,
    part: (reference: string, overleg: string, types: string) =>
      `De aanvrager heeft bij verzoek ${reference} (overleg "${overleg}") een deel ingetrokken: ${types}.`,
    nothingToDo: 'U hoeft er niets meer voor te doen. Uw taak is gesloten; het verzoek wordt bewaard zoals een afgesloten verzoek.',
    restGoesOn: 'Voor dat deel hoeft u niets meer te doen. De rest van het verzoek loopt door, met dezelfde termijn.',
  },
  art19: {
    subject: (reference: string) => `Gegevens aangepast bij privacyverzoek ${reference}`,
    greeting: 'Beste contactpersoon,',
    changed: (overleg: string, reference: string) =>
      `Een andere organisatie van het overleg "${overleg}" heeft gegevens verbeterd, aangevuld, gewist of beperkt bij verzoek ${reference}.`,
    apply: 'Volgens artikel 19 AVG past u dezelfde wijziging toe op de gegevens die u daarvan heeft.',
    look: 'Bekijk in het portaal (met tweestapsverificatie) wat er is gewijzigd:',
  },
  fgSummary: {
    subject: (count: string, party: string) => `Overzicht: ${count} over de termijn bij ${party}`,
    requests: { one: '# verzoek', other: '# verzoeken' } satisfies PluralForms,
    privacyRequests: { one: '# privacyverzoek', other: '# privacyverzoeken' } satisfies PluralForms,
    greeting: 'Beste functionaris gegevensbescherming,',
    intro: (date: string, party: string, count: string) =>
      `Op ${date} heeft ${party} ${count} waarvan de termijn voorbij is zonder antwoord van uw organisatie:`,
    item: (reference: string, date: string) => `- ${reference} (uiterste datum ${date})`,
    look: 'Bekijk het overzicht in het portaal (met tweestapsverificatie):',
  },
  reminder: {
    subject: {
      herinnering: 'Herinnering',
      'te-laat': 'Te laat',
      escalatie: 'Termijn overschreden',
      'coordinator-termijn': 'Besluit nodig',
      'alle-antwoorden-binnen': 'Alle antwoorden binnen',
    },
    lateParty: (party: string) => ` door ${party}`,
    subjectLine: (kind: string, lateParty: string, reference: string) => `${kind}${lateParty}: privacyverzoek ${reference}`,
    greeting: 'Beste collega,',
    about: (reference: string, overleg: string) => `Privacyverzoek ${reference}, overleg "${overleg}".`,
    step: {
      herinnering: (deadline: string) => `Uw organisatie heeft nog niet geantwoord. De uiterste datum is ${deadline}.`,
      'te-laat': (deadline: string) =>
        `De uiterste datum (${deadline}) is voorbij en uw organisatie heeft nog niet geantwoord. Geef uw antwoord zo snel mogelijk.`,
      escalatie: (deadline: string) =>
        `Een organisatie heeft niet op tijd geantwoord. De uiterste datum was ${deadline}. U krijgt dit bericht als functionaris gegevensbescherming of als aanspreekpunt.`,
      'coordinator-termijn': (deadline: string) => `Nog niet over elk deel van het verzoek is een besluit verstuurd. De uiterste datum is ${deadline}.`,
      'alle-antwoorden-binnen': (deadline: string) => `Alle organisaties hebben geantwoord. U kunt het besluit versturen. De uiterste datum is ${deadline}.`,
    },
    /** The steps counted to the parties' answer-by date: that date first, the legal deadline after it. */
    stepByAnswerDate: {
      herinnering: (answerBy: string, deadline: string) =>
        `Uw organisatie heeft nog niet geantwoord. Antwoord graag uiterlijk ${answerBy}. De wettelijke termijn loopt tot ${deadline}.`,
      'te-laat': (answerBy: string, deadline: string) =>
        `De datum voor uw antwoord (${answerBy}) is voorbij en uw organisatie heeft nog niet geantwoord. Geef uw antwoord zo snel mogelijk. De wettelijke termijn loopt tot ${deadline}.`,
      escalatie: (answerBy: string, deadline: string) =>
        `Een organisatie heeft niet geantwoord vóór de afgesproken datum (${answerBy}). De wettelijke termijn loopt tot ${deadline}.`,
    },
    whichParty: (party: string) => `Het gaat om: ${party}.`,
    look: 'Bekijk het verzoek in het portaal (met tweestapsverificatie):',
  },
  digest: {
    subject: (date: string, count: string) => `Overzicht van ${date}: ${count} vragen uw aandacht`,
    requests: { one: '# privacyverzoek', other: '# privacyverzoeken' } satisfies PluralForms,
    greeting: 'Beste collega,',
    intro: (date: string) => `Dit zijn de stappen die op ${date} voor u klaarstaan. U krijgt hierover vandaag geen andere e-mail.`,
    look: 'Bekijk het verzoek:',
  },
  downloadCode: {
    subject: 'Uw code om de bestanden te openen',
    greeting: 'Beste aanvrager,',
    code: (code: string) => `Uw code is: ${code}`,
    valid: 'Vul deze code in op uw statuspagina. De code werkt 10 minuten.',
    notYou: 'Heeft u niet om een code gevraagd? Dan hoeft u niets te doen. Niemand kan de bestanden openen zonder deze code.',
  },
  newNote: {
    subject: (reference: string) => `Nieuw bericht bij privacyverzoek ${reference}`,
    greeting: 'Beste contactpersoon,',
    text: (reference: string) => `Er staat een nieuw bericht voor u bij verzoek ${reference}. U leest het in het portaal, onder Berichten.`,
  },
  clarificationAnswered: {
    subject: (reference: string) => `Antwoord van de aanvrager bij privacyverzoek ${reference}`,
    greeting: 'Beste contactpersoon,',
    answered: (reference: string) =>
      `De aanvrager heeft uw vraag bij verzoek ${reference} beantwoord. De termijn loopt weer; de nieuwe uiterste datum staat in het portaal.`,
  },
};
