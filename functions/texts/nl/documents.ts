import type { PluralForms } from '../format';

/** The files of a request in the portal (the list, the form to add one, why one was refused) and the identity check. */
export const documents = {
  /** Why the checking step refused a file: shown to the uploader. */
  refusal: {
    type: 'Dit soort bestand nemen wij niet aan. Gebruik PDF, PNG, JPEG, tekst (TXT of CSV), OpenDocument of Word, Excel of PowerPoint (zonder macro’s).',
    macros: 'Dit bestand bevat macro’s. Sla het op zonder macro’s (bijvoorbeeld als .docx of als PDF) en probeer het opnieuw.',
    'too-large': 'Dit bestand is groter dan 25 MB. Maak het kleiner of verdeel het over meer bestanden.',
    'request-full': 'Met dit bestand komen de bestanden van dit verzoek boven 200 MB. Verdeel het antwoord of maak bestanden kleiner.',
    malware: 'In dit bestand is een virus of andere schadelijke software gevonden. Het is gewist.',
    'not-scanned': 'Dit bestand kon niet op virussen worden gecontroleerd. Het is gewist. Probeer het opnieuw.',
    glyphs:
      'De brief kon niet worden gemaakt: de tekst bevat tekens die het lettertype van de brief niet heeft. Het besluit op de statuspagina geldt. Stuur de aanvrager de brief op een andere manier.',
  },
  portal: {
    title: 'Bestanden',
    intro: 'Hier staan de bestanden van dit verzoek, zoals de kopie van de gegevens van uw organisatie. Bestanden gaan nooit per e-mail.',
    none: 'Er zijn nog geen bestanden.',
    caption: 'Bestanden van dit verzoek',
    name: 'Bestand',
    from: 'Van',
    status: 'Status',
    requester: 'Aanvrager',
    letter: 'Besluit (brief)',
    letterPending: 'Wordt gemaakt',
    open: (title: string) => `Download ${title}`,
    statusText: {
      'awaiting-upload': 'Nog niet geüpload',
      checking: 'Wordt gecontroleerd',
      available: 'Goedgekeurd',
      refused: 'Afgekeurd',
    },
    upload: (title: string) => `Upload ${title}`,
    addTitle: 'Bestand toevoegen',
    addIntro:
      'Voeg de kopie toe van de gegevens die uw organisatie over het kind heeft, of een ander bestand voor dit verzoek. Eerst schrijft u op wat het is, daarna kiest u het bestand.',
    titleLabel: 'Wat voor bestand is het?',
    titleHint: 'Bijvoorbeeld: Leerlingdossier 2025-2026. De aanvrager ziet deze omschrijving als naam van het bestand.',
    addButton: 'Verder naar uploaden',
    inspectReason: (title: string) => `Waarom wilt u ${title} inzien voor uw toezicht?`,
    inspectButton: 'Inzien als FG',
  },
};

/** The page with the upload form that posts straight to the bucket. */
export const upload = {
  page: {
    title: (title: string) => `Bestand uploaden: ${title}`,
    heading: 'Bestand uploaden',
    for: (reference: string) => `Bij verzoek ${reference}`,
    what: 'Omschrijving',
    allowed:
      'Wij nemen aan: PDF, PNG, JPEG, tekst (TXT of CSV), OpenDocument en Word, Excel of PowerPoint zonder macro’s. Hoogstens 25 MB per bestand en 200 MB voor alle bestanden van een verzoek samen.',
    valid: 'Dit formulier werkt 15 minuten. Daarna opent u het opnieuw vanaf het verzoek.',
    check: 'Na het uploaden controleren wij het bestand op soort en virussen. Pas daarna kan iemand het openen.',
    fileLabel: 'Kies het bestand',
    button: 'Uploaden',
    back: 'Terug naar het verzoek',
    backToStatus: 'Terug naar uw statuspagina',
  },
  /** In AWS in place of S3's own refusal (a file over the limit, an expired form or link); S3 does not say which. */
  refused: {
    title: 'Het bestand is niet verstuurd of geopend',
    paragraphs: [
      'Er ging iets mis bij het versturen of openen van een bestand.',
      'Wilde u een bestand versturen? Dan is het niet aangekomen. Een bestand mag hoogstens 25 MB zijn, en het formulier werkt 15 minuten. Ga terug, open het formulier opnieuw en kies het bestand nog een keer. Is het bestand te groot? Maak het kleiner of verdeel het over meer bestanden.',
      'Wilde u een bestand openen? Een link naar een bestand werkt 1 minuut. Ga terug en klik opnieuw op het bestand.',
      'Ga terug met de terugknop van uw browser.',
    ],
  },
};

/** How the coordinator records who asks. */
export const identity = {
  form: {
    title: 'Wie vraagt het?',
    intro: 'Bij inzage krijgt de aanvrager gegevens over het kind. Leg vast hoe u heeft gecontroleerd wie de aanvrager is en dat hij of zij het mag vragen.',
    done: (method: string, date: string) => `Gecontroleerd op ${date}: ${method}.`,
    again: 'Een nieuwe controle vervangt deze.',
    method: 'Hoe heeft u het gecontroleerd?',
    methods: {
      balie: 'Identiteitsbewijs gezien aan de balie',
      bekend: 'De aanvrager is bekend bij het overleg',
      machtiging: 'Machtiging ontvangen en gecontroleerd',
      'rechterlijke-uitspraak': 'Rechterlijke uitspraak (voogdij of gezag) gezien',
      inlog: 'Ingelogd met een gecontroleerd account van de organisatie',
    },
    checkedOn: 'Datum van de controle',
    checkedOnHint: 'Bijvoorbeeld 3 11 2026.',
    button: 'Controle vastleggen',
  },
};

/** The released files on the requester's status page, and the code that opens them. */
export const statusFiles = {
  section: {
    title: 'Bestanden',
    intro: (count: string) => `Bij het besluit horen ${count}. Om ze te openen, vraagt u eerst een code. Die sturen wij naar uw e-mailadres.`,
    /** Only the decision's letter, no files of the organisations. */
    letterOnly: 'Om de brief met het besluit te openen, vraagt u eerst een code. Die sturen wij naar uw e-mailadres.',
    files: { one: '# bestand', other: '# bestanden' } satisfies PluralForms,
    askCode: 'Stuur mij een code',
    codeSent: 'Wij hebben een code naar uw e-mailadres gestuurd. Vul die hieronder in. De code werkt 10 minuten.',
    codeLabel: 'Code uit de e-mail',
    codeHint: '6 cijfers',
    codeButton: 'Bestanden openen',
    open: 'U kunt de bestanden nu 30 minuten downloaden in deze browser. Ze staan hierboven: de brief bij het besluit, de andere bij de organisatie die ze stuurde.',
    download: (title: string) => `Download ${title}`,
    wrong: (left: number) => `Deze code klopt niet. U kunt het nog ${left} keer proberen.`,
    locked: 'U heeft 5 keer een verkeerde code ingevuld. Vraag een nieuwe code.',
    expired: 'Deze code werkt niet meer. Vraag een nieuwe code.',
    needsCode: 'Vraag eerst een code om de bestanden te openen.',
    newCode: 'Stuur mij een nieuwe code',
    sendTitle: 'Een bestand meesturen',
    sendIntro:
      'Vraagt de organisatie om een machtiging, een bewijsstuk of iets anders bij uw verzoek? Stuur het hier mee, niet per e-mail. Schrijf eerst op wat het is; daarna kiest u het bestand.',
    sendLabel: 'Wat voor bestand is het?',
    sendHint: 'Bijvoorbeeld: Machtiging van de moeder, of: Verslag van de huisarts.',
    /** The rule of the description (core/document-steps.ts, readDocumentTitle), in the requester's words. */
    titleRules: {
      missing: 'Schrijf op wat voor bestand het is, bijvoorbeeld: Machtiging van de moeder.',
      tooLong: (max: number) => `De omschrijving is te lang. Gebruik hoogstens ${max} tekens.`,
    },
    sendButton: 'Verder naar uploaden',
    ownTitle: 'Wat u heeft meegestuurd',
    received: 'Het bestand is ontvangen. Wij controleren het nu. Ververs deze pagina over een paar seconden.',
    ownStatus: { 'awaiting-upload': 'nog niet geüpload', checking: 'wordt gecontroleerd', available: 'goedgekeurd', refused: 'afgekeurd' },
    uploadNow: (title: string) => `Upload ${title}`,
  },
};
