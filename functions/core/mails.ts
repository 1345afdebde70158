import { formatDutchDate, type IsoDate } from './calendar-date';

/**
 * Every e-mail the system sends. The covenants say to avoid e-mail for
 * personal data (toelichting art. 10), so no builder here accepts a name, a
 * date of birth or free text: only references, dates, overleg names and links.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export function confirmationMail(args: { to: string; reference: string; receivedOn: IsoDate; deadline: IsoDate; confirmUrl: string; statusUrl: string }): Mail {
  return {
    to: args.to,
    subject: `Bevestig uw privacyverzoek ${args.reference}`,
    text: [
      'Beste aanvrager,',
      '',
      `Wij hebben uw privacyverzoek ontvangen op ${formatDutchDate(args.receivedOn)}. Uw kenmerk is ${args.reference}.`,
      '',
      'Bevestig eerst dat dit uw e-mailadres is. Open daarvoor deze link:',
      args.confirmUrl,
      '',
      'Pas na uw bevestiging sturen wij het verzoek door naar de organisaties van het overleg.',
      `U krijgt uiterlijk ${formatDutchDate(args.deadline)} antwoord.`,
      'Bevestigt u niet binnen 7 dagen? Dan vervalt het verzoek en wissen wij uw gegevens.',
      '',
      'Hoe staat het met uw verzoek? Dat leest u op uw eigen statuspagina. Bewaar deze link; deel hem niet:',
      args.statusUrl,
      '',
      'Heeft u dit verzoek niet gedaan? Dan hoeft u niets te doen.',
    ].join('\n'),
  };
}

export function partyTaskMail(args: {
  to: string;
  reference: string;
  casusoverlegName: string;
  deadline: IsoDate;
  portalUrl: string;
  coordinator: boolean;
}): Mail {
  return {
    to: args.to,
    subject: `Nieuw privacyverzoek ${args.reference}`,
    text: [
      'Beste contactpersoon,',
      '',
      `Er is een privacyverzoek (AVG) binnengekomen via het overleg "${args.casusoverlegName}".`,
      `Kenmerk: ${args.reference}`,
      `Uiterste antwoorddatum: ${formatDutchDate(args.deadline)}`,
      '',
      args.coordinator
        ? 'Uw organisatie is aanspreekpunt: u verzamelt de antwoorden van alle partijen en stuurt de aanvrager één besluit.'
        : 'Zoek in uw eigen systemen en geef het antwoord van uw organisatie in het portaal.',
      '',
      'Log in op het portaal (met tweestapsverificatie) om het verzoek te bekijken:',
      args.portalUrl,
      '',
      'Deze e-mail bevat bewust geen persoonsgegevens.',
    ].join('\n'),
  };
}

export type RequesterNews = 'verlengd' | 'vraag' | 'besluit' | 'doorgegeven' | 'geregistreerd';

const NEWS_TEXT: Record<RequesterNews, string> = {
  verlengd: 'De termijn voor uw verzoek is verlengd. Op uw statuspagina leest u waarom en tot wanneer.',
  vraag: 'Wij hebben een vraag over uw verzoek. Tot u antwoordt, staat de termijn stil. Op uw statuspagina leest u de vraag en kunt u antwoorden.',
  besluit: 'Er is een besluit over uw verzoek. U leest het op uw statuspagina.',
  doorgegeven: 'Een organisatie heeft gegevens aangepast en dit doorgegeven aan de andere organisaties van het overleg. Op uw statuspagina leest u aan wie.',
  geregistreerd: 'Wij hebben uw privacyverzoek ontvangen en doorgestuurd naar de organisaties van het overleg. Op uw statuspagina volgt u de voortgang.',
};

/** News for the requester: only the reference and the link; the content is on the status page. */
export function requesterNewsMail(args: { to: string; reference: string; statusUrl: string; news: RequesterNews }): Mail {
  return {
    to: args.to,
    subject: `Nieuws over uw privacyverzoek ${args.reference}`,
    text: ['Beste aanvrager,', '', NEWS_TEXT[args.news], '', args.statusUrl, '', `Uw kenmerk is ${args.reference}.`].join('\n'),
  };
}

/** Tells a party that another party changed shared data (AVG art. 19). */
export function art19TaskMail(args: { to: string; reference: string; casusoverlegName: string; portalUrl: string }): Mail {
  return {
    to: args.to,
    subject: `Gegevens aangepast bij privacyverzoek ${args.reference}`,
    text: [
      'Beste contactpersoon,',
      '',
      `Een andere organisatie van het overleg "${args.casusoverlegName}" heeft gegevens verbeterd, aangevuld, gewist of beperkt bij verzoek ${args.reference}.`,
      'Volgens artikel 19 AVG past u dezelfde wijziging toe op de gegevens die u daarvan heeft.',
      '',
      'Bekijk in het portaal (met tweestapsverificatie) wat er is gewijzigd:',
      args.portalUrl,
      '',
      'Deze e-mail bevat bewust geen persoonsgegevens.',
    ].join('\n'),
  };
}

/** The FG's daily summary of overdue tasks of their party: counts and references only. */
export function fgOverdueSummaryMail(args: {
  to: string;
  partyName: string;
  today: IsoDate;
  overdue: Array<{ reference: string; deadline: IsoDate }>;
  dashboardUrl: string;
}): Mail {
  const count = args.overdue.length;
  return {
    to: args.to,
    subject: `Overzicht: ${count} ${count === 1 ? 'verzoek' : 'verzoeken'} over de termijn bij ${args.partyName}`,
    text: [
      'Beste functionaris gegevensbescherming,',
      '',
      `Op ${formatDutchDate(args.today)} heeft ${args.partyName} ${count} ${count === 1 ? 'privacyverzoek' : 'privacyverzoeken'} waarvan de termijn voorbij is zonder antwoord van uw organisatie:`,
      '',
      ...args.overdue.map((task) => `- ${task.reference} (uiterste datum ${formatDutchDate(task.deadline)})`),
      '',
      'Bekijk het overzicht in het portaal (met tweestapsverificatie):',
      args.dashboardUrl,
      '',
      'Deze e-mail bevat bewust geen persoonsgegevens.',
    ].join('\n'),
  };
}

export type ReminderKind = 'herinnering' | 'te-laat' | 'escalatie' | 'coordinator-termijn' | 'alle-antwoorden-binnen';

const STEP_TEXT: Record<ReminderKind, (deadline: string) => string> = {
  herinnering: (deadline) => `Uw organisatie heeft nog niet geantwoord. De uiterste datum is ${deadline}.`,
  'te-laat': (deadline) => `De uiterste datum (${deadline}) is voorbij en uw organisatie heeft nog niet geantwoord. Geef uw antwoord zo snel mogelijk.`,
  escalatie: (deadline) =>
    `Een organisatie heeft niet op tijd geantwoord. De uiterste datum was ${deadline}. U krijgt dit bericht als functionaris gegevensbescherming of als aanspreekpunt.`,
  'coordinator-termijn': (deadline) => `Er is nog geen besluit verstuurd. De uiterste datum is ${deadline}.`,
  'alle-antwoorden-binnen': (deadline) => `Alle organisaties hebben geantwoord. U kunt het besluit versturen. De uiterste datum is ${deadline}.`,
};

const REMINDER_SUBJECT: Record<ReminderKind, string> = {
  herinnering: 'Herinnering',
  'te-laat': 'Te laat',
  escalatie: 'Termijn overschreden',
  'coordinator-termijn': 'Besluit nodig',
  'alle-antwoorden-binnen': 'Alle antwoorden binnen',
};

/**
 * A step of the reminder ladder: reference, overleg, deadline and link; for an
 * escalation the late party's name, in the subject too, so the coordinator's
 * escalations for several late parties of one request are told apart.
 */
export function reminderMail(args: {
  to: string;
  kind: ReminderKind;
  reference: string;
  casusoverlegName: string;
  deadline: IsoDate;
  latePartyName?: string;
  portalUrl: string;
}): Mail {
  return {
    to: args.to,
    subject: `${REMINDER_SUBJECT[args.kind]}${args.latePartyName ? ` door ${args.latePartyName}` : ''}: privacyverzoek ${args.reference}`,
    text: [
      'Beste collega,',
      '',
      `Privacyverzoek ${args.reference}, overleg "${args.casusoverlegName}".`,
      STEP_TEXT[args.kind](formatDutchDate(args.deadline)),
      ...(args.latePartyName ? [`Het gaat om: ${args.latePartyName}.`] : []),
      '',
      'Bekijk het verzoek in het portaal (met tweestapsverificatie):',
      args.portalUrl,
      '',
      'Deze e-mail bevat bewust geen persoonsgegevens.',
    ].join('\n'),
  };
}

/** Tells the coordinator that the requester answered their question: the clock runs again. */
export function clarificationAnsweredMail(args: { to: string; reference: string; portalUrl: string }): Mail {
  return {
    to: args.to,
    subject: `Antwoord van de aanvrager bij privacyverzoek ${args.reference}`,
    text: [
      'Beste contactpersoon,',
      '',
      `De aanvrager heeft uw vraag bij verzoek ${args.reference} beantwoord. De termijn loopt weer; de nieuwe uiterste datum staat in het portaal.`,
      '',
      args.portalUrl,
      '',
      'Deze e-mail bevat bewust geen persoonsgegevens.',
    ].join('\n'),
  };
}
