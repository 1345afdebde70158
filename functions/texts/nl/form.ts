import { terms } from './terms';

// Shared by both forms as plain values: reading them off `form` inside `staffForm` would keep both in every bundle.
// The terms are read by getters for the same reason: a property read when the module loads keeps the module in every bundle.
const partyGroup = (region: string, partyType: string) => `${region}: ${partyType}`;
const dateOfBirthHint = 'Bijvoorbeeld 17 3 2012';

/** The public form (and its fields on the portal's registration page). */
export const form = {
  title: 'Privacyverzoek over een kind',
  lead: 'Werkt een school, gemeente, jeugdhulp of kinderopvang samen in een overleg over uw kind of over u? Dan mag u vragen welke gegevens zij hebben. U mag ook vragen om gegevens te verbeteren of te wissen.',
  once: 'U stuurt het verzoek één keer. Wij sturen het naar alle organisaties van het overleg. U krijgt binnen een maand één antwoord.',
  honeypot: 'Laat dit veld leeg',
  /** The first step: the municipality names the region, so the form shows only that region's schools and overleggen. */
  find: {
    legend: 'In welke gemeente woont het kind?',
    hint: 'Of de gemeente waar het kind naar school gaat. Dan laten wij de scholen en overleggen van die regio zien.',
    choose: 'Kies een gemeente',
    button: 'Verder',
    notListed: 'Staat de gemeente er niet bij? Dan doet die gemeente niet mee met deze website. Vraag dan de school of de gemeente zelf om de gegevens.',
    missing: 'Kies de gemeente waar het kind woont of naar school gaat.',
  },
  finder: {
    where: (municipality: string, region: string) => `Gemeente ${municipality}, regio ${region}.`,
    region: (region: string) => `Regio ${region}.`,
    otherMunicipality: 'Andere gemeente kiezen',
    school: 'Op welke school zit het kind?',
    schoolHint: 'De scholen staan per plaats. Zo komt uw verzoek ook bij de school.',
    noSchool: 'Geen school, of weet ik niet',
    unknown: 'Ik weet het niet',
    unknownHint: (central: string) =>
      `Wij sturen uw verzoek naar ${central}. Die zoekt uit over welk overleg het gaat en stuurt het verzoek door. U krijgt ook dan binnen een maand antwoord.`,
  },
  check: {
    title: 'Controleer uw verzoek',
    lead: 'Kijk of alles klopt. Klopt iets niet? Kies dan "Wijzigen". Er is nog niets verstuurd.',
    overleg: 'Over welk overleg',
    municipality: 'Gemeente',
    overlegLabel: 'Overleg',
    unknownOverleg: (central: string) => `Ik weet het niet. Het verzoek gaat naar ${central}.`,
    what: 'Wat u vraagt',
    you: 'Over u',
    child: 'Over het kind',
    change: 'Wijzigen',
    empty: 'Niet ingevuld',
  },
  overleg: {
    heading: '1. Over welk overleg gaat het?',
    legend: 'In welk overleg is over het kind gepraat?',
    hint: 'Lees de uitleg onder elke naam en kies wat het best past. Weet u het niet? Kies dan "Ik weet het niet".',
    region: (name: string) => `Regio ${name}`,
  },
  variableParty: {
    label: 'Kinderopvang of gemeente van het kind',
    hint: 'Alleen nodig bij een overleg waarin de kinderopvang of de gemeente meedoet. Weet u het niet? Laat het dan zo staan.',
    none: 'Weet ik niet, of niet nodig',
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
      'Gegevens inzien: welke gegevens u wilt zien, of alles.',
      'Gegevens laten verbeteren: wat er verkeerd staat en wat het moet zijn.',
      'Gegevens laten wissen: welke gegevens weg moeten en waarom.',
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
    get roles() {
      return terms.role;
    },
  },
  /** Shown always (the form works without JavaScript); read only with the choice gemachtigde. */
  actingFor: {
    legend: 'Vraagt u het namens iemand anders?',
    hint: 'Alleen invullen als u hierboven koos: "Ik vraag het namens iemand anders". U heeft een machtiging nodig. Die stuurt u na het versturen mee op uw statuspagina.',
    role: 'Namens wie vraagt u het?',
    get roles() {
      return terms.principalRole;
    },
    name: 'Naam van die persoon',
    kind: 'Wat voor gemachtigde bent u?',
    get kinds() {
      return terms.representativeKind;
    },
  },
  /** Asking together (intake.ts, checkCoRequester): on the public form only. */
  together: {
    heading: 'Samen vragen (niet verplicht)',
    intro:
      'Is het kind 12 tot 16 jaar? Dan kan de jongere samen met een ouder met gezag of de voogd vragen, of een ouder of voogd samen met de jongere. De ander krijgt een e-mail met een eigen link om mee te doen. Daarna kan die het verzoek ook lezen en krijgt die ook het antwoord.',
    role: 'Wie vraagt samen met u?',
    roles: { jongere: 'Mijn kind (de jongere)', ouder: 'Mijn ouder met gezag', voogd: 'Mijn voogd' },
    name: 'Naam van wie samen met u vraagt',
    email: 'E-mailadres van wie samen met u vraagt',
    emailHint: 'Daar sturen wij de link om mee te doen. Niet uw eigen e-mailadres.',
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
    roles: { jongere: 'de jongere zelf', ouder: 'een ouder met gezag', voogd: 'de voogd', gemachtigde: 'een gemachtigde (namens iemand anders)' },
  },
  actingFor: {
    legend: 'Is de aanvrager een gemachtigde?',
    hint: 'Alleen invullen als de aanvrager een gemachtigde is. Vraag om de machtiging en controleer die bij de controle van wie het vraagt.',
    role: 'Namens wie vraagt de gemachtigde het?',
    get roles() {
      return terms.principalRole;
    },
    name: 'Naam van die persoon',
    kind: 'Wat voor gemachtigde is het?',
    get kinds() {
      return terms.representativeKind;
    },
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
