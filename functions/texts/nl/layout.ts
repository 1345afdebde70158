/** The page frame of every page: header, skip link, footer. */
export const layout = {
  skipLink: 'Naar de inhoud',
  /** The language's own name, as the switch on a page in another language shows it. */
  languageName: 'Nederlands',
  languageSwitchLabel: 'Taal',
  errorPrefix: 'Fout: ',
  publicService: 'Privacyverzoek jeugd en onderwijs',
  portalService: 'Portaal privacyverzoeken',
  footerAbout:
    'Deze dienst is van de organisaties die samenwerken in een privacyconvenant over kinderen: scholen, samenwerkingsverbanden, gemeenten (leerplicht), jeugdhulp en kinderopvang.',
  footerLinksLabel: 'Over deze website',
  privacyStatement: 'Privacyverklaring',
  accessibilityStatement: 'Toegankelijkheidsverklaring',
  contactPage: 'Contact',
  regionPrivacyStatement: (region: string) => `Privacyverklaring van regio ${region}`,
  regionAccessibilityStatement: (region: string) => `Toegankelijkheidsverklaring van regio ${region}`,
  runBy: (service: string, organisation: string) => `${service} wordt beheerd door ${organisation}.`,
  contact: { phone: 'Bellen', email: 'Mailen', hours: 'Bereikbaar', address: 'Adres' },
};
