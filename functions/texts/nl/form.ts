/** The public form (and its fields on the portal's registration page). */
export const form = {
  title: 'Privacyverzoek over een kind',
  lead: 'Werkt een school, gemeente, jeugdhulp of kinderopvang samen in een overleg over uw kind of over u? Dan mag u vragen welke gegevens zij hebben. U mag ook vragen om gegevens te verbeteren of te wissen.',
  once: 'U stuurt het verzoek één keer. Wij sturen het naar alle organisaties van het overleg. U krijgt binnen een maand één antwoord.',
  honeypot: 'Laat dit veld leeg',
  overleg: {
    heading: '1. Over welk overleg gaat het?',
    legend: 'Kies het overleg waarin over het kind is gepraat',
    hint: 'Weet u de naam niet? Lees dan de uitleg onder elke naam. De overleggen staan per regio.',
    region: (name: string) => `Regio ${name}`,
  },
  variableParty: {
    label: 'School, kinderopvang of gemeente van het kind',
    hint: 'Bij de meeste overleggen doet ook de school (het schoolbestuur), de kinderopvang of de woongemeente van het kind mee. Kies die uit de regio van het overleg. Bij het overleg van Midden-Gelre is dit niet nodig.',
    none: 'Niet nodig of weet ik niet',
    group: (region: string, partyType: string) => `${region}: ${partyType}`,
  },
  types: {
    heading: '2. Wat wilt u vragen?',
    legend: 'Wat wilt u vragen?',
    hint: 'U kunt meer dan één ding kiezen.',
  },
  details: {
    label: 'Om welke gegevens gaat het?',
    intro: 'Schrijf het zo precies als u kunt. Bijvoorbeeld:',
    examples: [
      'Inzage: welke gegevens u wilt zien, of alles.',
      'Rectificatie: wat er verkeerd staat en wat het moet zijn.',
      'Verwijdering: welke gegevens weg moeten en waarom.',
    ],
  },
  you: {
    heading: '3. Over u',
    legend: 'Wie bent u?',
    hint: 'Is het kind jonger dan 12? Dan doet een ouder met gezag of de voogd het verzoek. Vanaf 16 jaar doet de jongere het zelf. Tussen 12 en 16 mag het allebei.',
    name: 'Uw naam',
    email: 'Uw e-mailadres',
    emailHint: 'Hier sturen wij een link naar toe. Daarmee bevestigt u het verzoek.',
    phone: 'Uw telefoonnummer (niet verplicht)',
    phoneHint: 'Alleen als wij u mogen bellen met een vraag over het verzoek.',
  },
  child: {
    heading: '4. Over het kind',
    name: 'Naam van het kind',
    nameHint: 'Bent u de jongere zelf? Vul dan uw eigen naam in.',
    dateOfBirth: 'Geboortedatum van het kind',
    dateOfBirthHint: 'Bijvoorbeeld 17 3 2012',
  },
  send: {
    heading: '5. Versturen',
    text: 'Na het versturen krijgt u een e-mail. Klik op de link in die e-mail om het verzoek te bevestigen. Daarna sturen wij het verzoek door.',
    button: 'Verzoek versturen',
  },
  honeypotError: 'Laat het veld "Laat dit veld leeg" leeg en verstuur het formulier opnieuw.',
};
