/**
 * What staff and the requester read when a step on a request is refused, or
 * a party's answer or the decision is incomplete; the refusal grounds; the
 * decision's fixed wording. Core states the rules and takes the words here,
 * one export at a time, so a function bundles only those its rules use.
 */
/** Why a step on a request is refused (the lifecycle's and the case view's preconditions). */
export const refused = {
  assignFirst: 'Kies eerst het overleg. Dan gaat het verzoek naar de organisaties van dat overleg.',
  assigned: 'Het overleg van dit verzoek is al gekozen.',
  assignMissing: 'Kies het overleg en de organisatie waar het verzoek naartoe gaat.',
  decided: 'Er is al een besluit genomen. Antwoorden kan niet meer.',
  withdrawn: 'De aanvrager heeft het verzoek ingetrokken. Antwoorden hoeft niet meer.',
  notArt19: 'Dit is geen taak volgens artikel 19.',
  taskDone: 'Deze taak is al afgerond.',
  extendNotNow: 'Verlengen kan alleen terwijl het verzoek in behandeling is.',
  extendedOnce: 'De termijn is al een keer verlengd. Dat kan maar één keer.',
  extendTooLate: 'De oorspronkelijke termijn is voorbij. Verlengen kan alleen binnen de eerste termijn.',
  askNotNow: 'Een vraag stellen kan alleen terwijl het verzoek in behandeling is.',
  tooManyQuestions: (rounds: number) =>
    `Er zijn al ${rounds} vragen gesteld bij dit verzoek. Neem contact op met de aanvrager en leg het gesprek vast in uw eigen dossier.`,
  questionOpen: 'Er staat nog een vraag open bij de aanvrager.',
  alreadyDecided: 'Over dit verzoek is al besloten.',
  waitingFor: (parties: string) => `Nog niet alle organisaties hebben geantwoord. Wacht op: ${parties}.`,
  waitingForPartialFrom: (parties: string, date: string) =>
    `Nog niet alle organisaties hebben geantwoord. Wacht op: ${parties}. Vanaf ${date} kunt u een deelbesluit sturen over de antwoorden die er zijn.`,
  partDecided: 'Over het deel van uw organisatie is al besloten. Uw antwoord kan niet meer veranderen.',
  closeNotYet: 'Sluiten kan pas na het besluit.',
  notAnswerTask: 'Dit is geen antwoordtaak.',
  extensionMonths: 'Verleng met 1 of 2 maanden.',
  notCoordinator: 'Alleen het aanspreekpunt kan dit doen.',
  noOwnTask: 'Uw organisatie heeft geen antwoordtaak bij dit verzoek.',
  noArt19: 'Er staat geen wijziging voor uw organisatie open.',
};

/** The steps for a requester reached by post (core/postal-steps.ts). */
export const postalRules = {
  hasEmail: 'Deze aanvrager krijgt berichten per e-mail en via de statuspagina. Vastleggen van een verzending per post is niet nodig.',
  nothingToPost: 'Er is geen besluit dat nog per post moet worden verstuurd.',
  answerMissing: 'Schrijf het antwoord van de aanvrager over, zoals het in de brief staat of aan de telefoon werd gezegd.',
  answerTooLong: (max: number) => `Het antwoord is te lang. Gebruik hoogstens ${max} tekens.`,
};

/** The texts a lifecycle step takes from staff or the requester. */
export const stepTexts = {
  take: {
    notOpen: 'Dit verzoek is voor uw organisatie al afgerond. Er is niets meer op te pakken.',
    already: 'U heeft dit verzoek al opgepakt.',
  },
  extensionReason: {
    missing: 'Schrijf de reden van de verlenging. De aanvrager krijgt die te lezen.',
    tooLong: (max: number) => `De reden is te lang. Gebruik hoogstens ${max} tekens.`,
  },
  question: {
    missing: 'Schrijf de vraag aan de aanvrager.',
    tooLong: (max: number) => `De vraag is te lang. Gebruik hoogstens ${max} tekens.`,
  },
};

/** A party's answer for its own part. */
export const answerRules = {
  tooLong: (max: number) => `Gebruik hoogstens ${max} tekens.`,
  outcomeMissing: 'Kies een uitkomst.',
  categoryUnknown: 'Kies soorten gegevens uit de lijst.',
  groundMissing: 'Kies de grond voor de afwijzing.',
  groundNotForRight: 'Deze grond past niet bij dit recht. Kies een grond uit de lijst.',
  outcomeOneOf: (allowed: string) => `Kies een van: ${allowed}.`,
  categoriesMissing: 'Kies welke soorten gegevens uw organisatie heeft.',
  summaryMissing: 'Schrijf een samenvatting van de gegevens die de aanvrager kan lezen.',
  changeMissing: 'Schrijf wat u heeft aangepast. De andere organisaties passen hetzelfde aan (art. 19 AVG).',
  statementMissing: {
    purposes: 'Schrijf waarvoor uw organisatie de gegevens gebruikt.',
    recipients: 'Schrijf aan wie uw organisatie de gegevens geeft. Geeft u ze aan niemand? Schrijf dat dan.',
    retention: 'Schrijf hoe lang uw organisatie de gegevens bewaart.',
    source: 'Schrijf waar de gegevens vandaan komen.',
  },
  copyMissing: 'Geef een kopie van de gegevens: typ ze over in het vak "Kopie van de gegevens", of voeg een bestand toe en wacht tot het is goedgekeurd.',
  motivationMissing: 'Leg uit waarom u afwijst. Maak de afweging van belangen zichtbaar.',
  typeMissing: (type: string) => `Geef een antwoord voor ${type}.`,
  typeNotAsked: (type: string) => `Om ${type} is niet gevraagd.`,
};

/** The coordinator's decision and its fixed wording. */
export const decisionRules = {
  outcomeMissing: 'Kies toegewezen, deels toegewezen of afgewezen.',
  motivationMissing: 'Schrijf de motivering.',
  motivationEmpty: 'Schrijf de motivering. De aanvrager moet begrijpen waarom.',
  tooLong: (max: number) => `Gebruik hoogstens ${max} tekens.`,
  groundMissing: 'Kies de grond voor de afwijzing.',
  groundNeeded: 'Een (gedeeltelijke) afwijzing heeft een grond nodig.',
  groundNotForRight: 'Deze grond past niet bij dit recht. Kies een grond uit de lijst.',
  typeMissing: (type: string) => `Neem een besluit over ${type}.`,
  grantedDespiteRefusal:
    'Een organisatie heeft dit deel afgewezen. Kies deels toegewezen of afgewezen, zodat de aanvrager weet wat er is afgewezen en wat hij kan doen.',
  byCoordinator: (coordinator: string) => `Besluit van ${coordinator}, namens alle organisaties van het overleg.`,
  ground: (ground: string) => `Grond voor de afwijzing: ${ground}.`,
  partial: (pending: string) =>
    `Dit is een deelbesluit. Het gaat over de delen van de organisaties die hieronder staan. ${pending} werkt nog aan het eigen deel. Daarover krijgt u een aanvullend besluit.`,
  supplementary: (firstOn: string) =>
    `Dit is het aanvullende besluit bij het deelbesluit van ${firstOn}. Het gaat over de delen die toen nog niet klaar waren.`,
};

/** The grounds on which a party may refuse: art. 41 lid 1 UAVG and art. 12(5) AVG. */
export const refusalGrounds = {
  'uavg-41-a': 'de nationale veiligheid (art. 41 lid 1 onder a UAVG)',
  'uavg-41-b': 'landsverdediging (art. 41 lid 1 onder b UAVG)',
  'uavg-41-c': 'de openbare veiligheid (art. 41 lid 1 onder c UAVG)',
  'uavg-41-d':
    'de voorkoming, het onderzoek, de opsporing en de vervolging van strafbare feiten of de tenuitvoerlegging van straffen, met inbegrip van de bescherming tegen en de voorkoming van gevaren voor de openbare veiligheid (art. 41 lid 1 onder d UAVG)',
  'uavg-41-e':
    'andere belangrijke doelstellingen van algemeen belang van de Europese Unie of van Nederland, met name een belangrijk economisch of financieel belang, met inbegrip van monetaire, budgettaire en fiscale aangelegenheden, volksgezondheid en sociale zekerheid (art. 41 lid 1 onder e UAVG)',
  'uavg-41-f': 'de bescherming van de onafhankelijkheid van de rechter en gerechtelijke procedures (art. 41 lid 1 onder f UAVG)',
  'uavg-41-g':
    'de voorkoming, het onderzoek, de opsporing en de vervolging van schendingen van de beroepscodes voor gereglementeerde beroepen (art. 41 lid 1 onder g UAVG)',
  'uavg-41-h':
    'een taak op het gebied van toezicht, inspectie of regelgeving die verband houdt, al is het incidenteel, met de uitoefening van het openbaar gezag in de gevallen, bedoeld in de onderdelen a, b, c, d, e en g (art. 41 lid 1 onder h UAVG)',
  'uavg-41-i': 'de bescherming van de betrokkene of van de rechten en vrijheden van anderen (art. 41 lid 1 onder i UAVG)',
  'uavg-41-j': 'de inning van civielrechtelijke vorderingen (art. 41 lid 1 onder j UAVG)',
  'avg-17-3-a': 'de gegevens zijn nodig voor het recht op vrijheid van meningsuiting en informatie (art. 17 lid 3 onder a AVG)',
  'avg-17-3-b':
    'de gegevens zijn nodig om een wettelijke plicht na te komen, of voor een taak van algemeen belang of van openbaar gezag (art. 17 lid 3 onder b AVG)',
  'avg-17-3-c': 'de gegevens zijn nodig om redenen van algemeen belang op het gebied van de volksgezondheid (art. 17 lid 3 onder c AVG)',
  'avg-17-3-d':
    'de gegevens zijn nodig voor archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek (art. 17 lid 3 onder d AVG)',
  'avg-17-3-e': 'de gegevens zijn nodig om een rechtsvordering in te stellen, uit te oefenen of te onderbouwen (art. 17 lid 3 onder e AVG)',
  'avg-21-1':
    'er zijn dwingende gerechtvaardigde gronden voor het gebruik die zwaarder wegen dan uw belangen, of die te maken hebben met een rechtsvordering (art. 21 lid 1 AVG)',
  'avg-16': 'de gegevens zijn juist en volledig (art. 16 AVG)',
  'avg-18-1': 'geen van de gevallen waarin het gebruik moet worden beperkt, doet zich voor (art. 18 lid 1 AVG)',
  'avg-12-5': 'het verzoek is kennelijk ongegrond of buitensporig (art. 12 lid 5 AVG)',
};

/** A file for a party's part: its title, and why a file cannot be added or was refused. */
export const documentRules = {
  titleMissing: 'Schrijf op wat voor bestand het is, bijvoorbeeld: Leerlingdossier 2025-2026.',
  titleTooLong: (max: number) => `De omschrijving is te lang. Gebruik hoogstens ${max} tekens.`,
  closed: 'Bestanden toevoegen kan alleen terwijl het verzoek in behandeling is.',
  reasonMissing: 'Schrijf op waarom u het bestand voor uw toezicht wilt inzien.',
  reasonTooLong: (max: number) => `De reden is te lang. Gebruik hoogstens ${max} tekens.`,
};

/** How the coordinator checked who the requester is, before data is released. */
export const identityRules = {
  methodMissing: 'Kies hoe u heeft gecontroleerd wie de aanvrager is.',
  machtigingNeeded:
    'De aanvrager is een gemachtigde. Controleer de machtiging: namens wie vraagt de gemachtigde het, en mag dat? Kies dan "Machtiging ontvangen en gecontroleerd".',
  checkedOnMissing: 'Vul de datum van de controle in.',
  checkedOnInvalid: 'Vul een bestaande datum in, zoals 3 11 2026.',
  checkedOnFuture: 'De datum van de controle kan niet in de toekomst liggen.',
  notNow: 'De controle vastleggen kan alleen terwijl het verzoek in behandeling is.',
  needed: 'Leg eerst vast hoe u heeft gecontroleerd wie de aanvrager is. Bij inzage gaan er gegevens naar de aanvrager.',
};

export const noteTexts = {
  notNow: 'U kunt bij dit verzoek geen bericht plaatsen.',
  missing: 'Schrijf uw bericht.',
  tooLong: (max: number) => `Uw bericht is te lang. Houd het onder de ${max} tekens.`,
  noParty: 'Kies de organisatie voor wie het bericht is.',
  tooMany: 'Bij dit verzoek staan al heel veel berichten. Neem contact op buiten het systeem, zonder persoonsgegevens.',
};

export const caseRules = { refused, stepTexts, answerRules, decisionRules, refusalGrounds, documentRules, identityRules, noteTexts };
