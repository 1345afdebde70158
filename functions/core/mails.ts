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

export function confirmationMail(args: {
  to: string;
  reference: string;
  receivedOn: IsoDate;
  deadline: IsoDate;
  confirmUrl: string;
}): Mail {
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
