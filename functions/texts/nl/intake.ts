/**
 * The field errors of a request, whoever enters it (the form, the API, the
 * portal's registration): the schema's, the routing's, the age rules', the
 * free-text rule's. Core states the rules and takes the words from here.
 */
/** The free-text rule's words, apart: every answer form uses them, while the rest belongs to the intake's functions. */
export const freeText = {
  control: 'Er staan onzichtbare tekens in die wij niet kunnen bewaren. Typ de tekst opnieuw, zonder te plakken.',
  bidi: 'Er staan onzichtbare tekens in die de leesrichting omdraaien. Typ de tekst opnieuw, zonder te plakken.',
  lineBreak: 'Gebruik één regel, zonder Enter.',
};

export const intake = {
  regionMissing: 'Kies de regio en het overleg over het kind.',
  overlegMissing: 'Kies het overleg over het kind.',
  partyFromList: 'Kies een organisatie uit de lijst.',
  typeUnknown: 'Kies uit inzage, rectificatie, verwijdering, beperking of bezwaar.',
  typesMissing: 'Kies wat u wilt vragen.',
  typesEmpty: 'Kies wat u wilt vragen. U kunt meer dan één ding kiezen.',
  typesTwice: 'Kies elk soort verzoek maar één keer.',
  roleMissing: 'Kies of u de jongere, een ouder of de voogd bent, of dat u het namens iemand vraagt.',
  actingForMissing: 'Vul in namens wie u het verzoek doet.',
  actingForRoleMissing: 'Kies namens wie u het vraagt: de jongere, een ouder met gezag of de voogd.',
  actingForNameMissing: 'Vul de naam in van de persoon namens wie u het vraagt.',
  actingForNameTooLong: (max: number) => `De naam is te lang. Gebruik hoogstens ${max} tekens.`,
  representativeKindMissing: 'Kies wat voor gemachtigde u bent.',
  actingForNotRepresentative: 'U vraagt het niet namens iemand. Laat "Namens wie" leeg, of kies dat u het namens iemand vraagt.',
  nameMissing: 'Vul uw naam in.',
  nameTooLong: (max: number) => `Uw naam is te lang. Gebruik hoogstens ${max} tekens.`,
  emailMissing: 'Vul uw e-mailadres in.',
  emailTooLong: 'Het e-mailadres is te lang.',
  emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  postalAddressMissing: 'Vul het postadres in: straat en huisnummer, postcode en plaats.',
  postalAddressTooLong: (max: number) => `Het postadres is te lang. Gebruik hoogstens ${max} tekens.`,
  contactMissing: 'Vul een e-mailadres of een postadres van de aanvrager in. Zonder een van de twee kan het besluit niet worden verstuurd.',
  phoneInvalid: 'Vul een geldig telefoonnummer in, zoals 06 12345678.',
  requesterMissing: 'Vul uw gegevens in.',
  childNameMissing: 'Vul de naam van het kind in.',
  childNameTooLong: (max: number) => `De naam is te lang. Gebruik hoogstens ${max} tekens.`,
  dateOfBirthMissing: 'Vul de geboortedatum van het kind in.',
  dateOfBirthInvalid: 'Vul een bestaande geboortedatum in, zoals 17 3 2012.',
  childMissing: 'Vul de gegevens van het kind in.',
  detailsMissing: 'Schrijf op om welke gegevens het gaat.',
  detailsTooLong: (max: number) => `Uw toelichting is te lang. Gebruik hoogstens ${max} tekens.`,
  notAnObject: 'Stuur het verzoek als JSON-object.',
  receivedOnMissing: 'Vul de datum in waarop het verzoek binnenkwam.',
  receivedOnInvalid: 'Vul een bestaande datum in, zoals 3 11 2026.',
  receivedOnFuture: 'De datum van ontvangst kan niet in de toekomst liggen.',
  channelMissing: 'Kies hoe het verzoek binnenkwam.',
  notInOverleg: 'Uw organisatie doet niet mee aan dit overleg. Registreer alleen verzoeken voor overleggen waarin u zit.',
  dateOfBirthFuture: 'De geboortedatum ligt in de toekomst. Vul de geboortedatum van het kind in.',
  dateOfBirthTooOld: (years: number) => `De geboortedatum ligt meer dan ${years} jaar terug. Controleer het jaar.`,
  tooYoung: 'Een kind jonger dan 12 jaar kan dit verzoek niet zelf doen. Een ouder met gezag of de voogd kan het verzoek doen.',
  tooOldForParent: 'Vanaf 16 jaar doet de jongere het verzoek zelf. Een ouder of voogd kan dat dan niet meer namens de jongere doen.',
  regionUnknown: 'Kies een regio uit de lijst.',
  overlegNotInRegion: (region: string) => `Kies een overleg uit de regio ${region}.`,
  variablePartyMissing: (which: string) => `Kies ${which}.`,
  variablePartyNotHere: 'Bij dit overleg kiest u geen extra organisatie. Laat dit veld leeg.',
  variablePartyLabel: {
    schoolbestuur: 'het schoolbestuur (de school van het kind)',
    kinderopvang: 'de kinderopvang van het kind',
    gemeente: 'de gemeente waar het kind woont',
    samenwerkingsverband: 'het samenwerkingsverband',
    jeugdhulp: 'de jeugdhulporganisatie',
  },
  text: freeText,
};

/** The same rules as the contact person reads them on the registration page: about the requester, not to them. */
export const staffIntake = {
  roleMissing: 'Kies of de aanvrager de jongere zelf, een ouder met gezag, de voogd of een gemachtigde is.',
  nameMissing: 'Vul de naam van de aanvrager in.',
  nameTooLong: (max: number) => `De naam van de aanvrager is te lang. Gebruik hoogstens ${max} tekens.`,
  emailInvalid: 'Vul een geldig e-mailadres van de aanvrager in, zoals naam@voorbeeld.nl. Of laat het leeg en vul het postadres in.',
  typesMissing: 'Kies wat de aanvrager vraagt.',
  typesEmpty: 'Kies wat de aanvrager vraagt. U kunt meer dan één ding kiezen.',
  detailsMissing: 'Schrijf op om welke gegevens het de aanvrager gaat.',
  requesterMissing: 'Vul de gegevens van de aanvrager in.',
};
