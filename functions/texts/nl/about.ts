/**
 * The pages a public service must have: the toegankelijkheidsverklaring (after
 * the Dutch model: status, what was tested, known limitations, how to report a
 * problem), the privacyverklaring of the service itself, and contact.
 */
export const about = {
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    intro:
      'Iedereen moet deze website kunnen gebruiken, ook met een beperking. Daarom houden wij ons aan de eisen van WCAG 2.1, niveau AA (de Europese norm EN 301 549), zoals de wet voor overheidswebsites vraagt.',
    statusTitle: 'Hoe toegankelijk is deze website?',
    status:
      'Deze website voldoet gedeeltelijk aan de eisen. Wij hebben zelf getest; een onderzoek door een onafhankelijke partij volgt nog. Daarom is de status: gedeeltelijk voldaan.',
    testedTitle: 'Wat wij hebben getest',
    tested: [
      'Elke pagina van het formulier, de controle, de bevestiging en de statuspagina, met foutmeldingen, in het Nederlands en in het Engels: automatisch met axe-core in Chromium, op een breed scherm (1280 pixels) en op een smal scherm (320 pixels).',
      'Het hele formulier met alleen het toetsenbord en zonder JavaScript.',
      'Dat geen pagina twee keer hetzelfde id gebruikt, zodat een schermlezer de goede hulptekst voorleest.',
    ],
    limitationsTitle: 'Wat nog niet goed werkt',
    limitations: [
      'Het besluit is een PDF-brief. Die is nog niet getest met een schermlezer. De tekst van het besluit staat ook op de statuspagina.',
      'Bestanden die organisaties meesturen (zoals een kopie van een dossier) kunnen wij niet toegankelijk maken. Vraag de organisatie om een andere vorm als u het niet kunt lezen.',
      'Deze website is nog niet getest door mensen die een schermlezer of vergroting gebruiken.',
    ],
    reportTitle: 'Werkt iets niet?',
    report: 'Laat het ons weten. Wij antwoorden binnen 5 werkdagen en zoeken samen met u een oplossing. Onze gegevens staan op de pagina Contact.',
    updated: (date: string) => `Deze verklaring is voor het laatst bijgewerkt op ${date}.`,
  },
  privacy: {
    title: 'Privacyverklaring',
    intro:
      'Met deze website vraagt u organisaties die samenwerken in een overleg over een kind om de gegevens van het kind te zien, te verbeteren of te wissen. Hier leest u wat deze website zelf met uw gegevens doet.',
    whoTitle: 'Wie is verantwoordelijk?',
    who: 'De organisaties van het overleg waar uw verzoek over gaat. Zij hebben samen een privacyconvenant. De organisatie die uw verzoek coördineert (het aanspreekpunt) stuurt u het besluit.',
    whoRegion: (service: string, organisation: string) => `${service} wordt beheerd door ${organisation}.`,
    whatTitle: 'Welke gegevens bewaren wij?',
    what: [
      'Wat u invult: uw naam, e-mailadres, telefoonnummer (als u dat geeft), wie u bent (ouder, voogd of de jongere zelf), de naam en geboortedatum van het kind, en uw vraag. Vraagt u het namens iemand anders, dan ook de naam van die persoon. Vraagt u het samen met iemand, dan ook diens naam en e-mailadres.',
      'Wat er met uw verzoek gebeurt: de antwoorden van de organisaties, het besluit, de bestanden die u krijgt of meestuurt, en wie wat wanneer deed.',
      'Geen gegevens in e-mails aan organisaties: die e-mails noemen alleen het kenmerk en de termijn. Ook in de adresbalk en in de logboeken van de website staan geen persoonsgegevens.',
    ],
    howLongTitle: 'Hoe lang bewaren wij ze?',
    howLong: (days: number) => [
      'Bevestigt u uw e-mailadres niet binnen 7 dagen? Dan wissen wij het verzoek helemaal.',
      `Is uw verzoek afgesloten? Dan wissen wij het ${days} dagen later, met alle bestanden. Een organisatie die volgens de Archiefwet langer moet bewaren, houdt alleen haar eigen deel zo lang.`,
    ],
    whoGetsTitle: 'Wie krijgt uw gegevens?',
    whoGets:
      'Alleen de organisaties van het overleg waar uw verzoek over gaat, en alleen in het beveiligde portaal. Uw e-mailadres en telefoonnummer ziet alleen het aanspreekpunt, dat contact met u houdt. Wij geven niets aan anderen.',
    rightsTitle: 'Uw rechten',
    rights:
      'U mag ook over dit verzoek zelf vragen welke gegevens wij hebben, en die laten verbeteren of wissen. Vraag het aan het aanspreekpunt. Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
  },
  contact: {
    title: 'Contact',
    organisation: 'Organisatie',
    intro: 'Heeft u een vraag over een verzoek, of werkt iets op deze website niet? Neem dan contact op met de regio van uw verzoek.',
    central: (party: string) => `Weet u niet bij wie u moet zijn? Het centrale aanspreekpunt is ${party}.`,
    noContact: 'Voor deze regio staan nog geen contactgegevens op de website. Neem contact op met de school of de gemeente van het kind.',
    reference: 'Heeft u al een verzoek gedaan? Noem dan uw kenmerk (bijvoorbeeld AVG-7K3M-Q9TZ). Stuur geen gegevens over het kind per e-mail.',
  },
  footer: { accessibility: 'Toegankelijkheid', privacy: 'Privacy', contact: 'Contact' },
};
