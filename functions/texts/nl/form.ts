import { terms } from './terms';

// Shared by both forms as plain values: reading them off `form` inside `staffForm` would keep both in every bundle.
const partyGroup = (region: string, partyType: string) => `${region}: ${partyType}`;
const dateOfBirthHint = 'Bijvoorbeeld 17 3 2012';

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
    group: partyGroup,
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
    roles: terms.role,
  },
  child: {
    heading: '4. Over het kind',
    name: 'Naam van het kind',
    nameHint: 'Bent u de jongere zelf? Vul dan uw eigen naam in.',
    dateOfBirth: 'Geboortedatum van het kind',
    dateOfBirthHint,
  },
  send: {
    heading: '5. Versturen',
    text: 'Na het versturen krijgt u een e-mail. Klik op de link in die e-mail om het verzoek te bevestigen. Daarna sturen wij het verzoek door.',
    button: 'Verzoek versturen',
  },
  honeypotError: 'Laat het veld "Laat dit veld leeg" leeg en verstuur het formulier opnieuw.',
};

/**
 * The same fields on the portal's registration page: the contact person fills
 * them in about the requester (third person), and may give a postal address
 * instead of an e-mail address.
 */
// Object.assign under a pure mark, so a bundle that never renders the registration page drops it.
export const staffForm: typeof form & { postalAddress: { label: string; hint: string } } = /* @__PURE__ */ Object.assign({}, form, {
  overleg: {
    heading: '1. Over welk overleg gaat het?',
    legend: 'Kies het overleg waarin over het kind is gepraat',
    hint: 'U ziet alleen de overleggen van uw eigen regio. Doet uw organisatie niet mee aan het overleg, dan kunt u het verzoek hier niet registreren.',
    region: (name: string) => `Regio ${name}`,
  },
  variableParty: {
    label: 'School, kinderopvang of gemeente van het kind',
    hint: 'Bij de meeste overleggen doet ook de school (het schoolbestuur), de kinderopvang of de woongemeente van het kind mee. Kies die uit de lijst.',
    none: 'Niet nodig of niet bekend',
    group: partyGroup,
  },
  types: {
    heading: '2. Wat vraagt de aanvrager?',
    legend: 'Wat vraagt de aanvrager?',
    hint: 'U kunt meer dan één ding kiezen. Neem over wat in de brief, de e-mail of het gesprek staat.',
  },
  details: {
    label: 'Om welke gegevens gaat het?',
    intro: 'Neem zo precies mogelijk over wat de aanvrager schreef of zei. Bijvoorbeeld:',
    examples: [
      'Inzage: welke gegevens de aanvrager wil zien, of alles.',
      'Rectificatie: wat er verkeerd staat en wat het moet zijn.',
      'Verwijdering: welke gegevens weg moeten en waarom.',
    ],
  },
  you: {
    heading: '3. Over de aanvrager',
    legend: 'De aanvrager is',
    hint: 'Is het kind jonger dan 12? Dan doet een ouder met gezag of de voogd het verzoek. Vanaf 16 jaar doet de jongere het zelf. Tussen 12 en 16 mag het allebei.',
    name: 'Naam van de aanvrager',
    email: 'E-mailadres van de aanvrager (als bekend)',
    emailHint: 'Dan krijgt de aanvrager de link naar de statuspagina en het besluit per e-mail. Geen e-mailadres? Vul dan het postadres in.',
    phone: 'Telefoonnummer van de aanvrager (niet verplicht)',
    phoneHint: 'Alleen als de aanvrager gebeld mag worden met een vraag over het verzoek.',
    roles: { jongere: 'de jongere zelf', ouder: 'een ouder met gezag', voogd: 'de voogd' },
  },
  postalAddress: {
    label: 'Postadres van de aanvrager (als er geen e-mailadres is)',
    hint: 'Straat en huisnummer, postcode en plaats, elk op een eigen regel. Zonder e-mailadres gaan vragen en het besluit per post: de coördinator print de besluitbrief.',
  },
  child: {
    heading: '4. Over het kind',
    name: 'Naam van het kind',
    nameHint: 'Vraagt de jongere het zelf? Vul dan de naam van de jongere in.',
    dateOfBirth: 'Geboortedatum van het kind',
    dateOfBirthHint,
  },
});
