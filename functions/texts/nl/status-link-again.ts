/** The page that sends a lost status link again. */
export const statusLinkAgain = {
  title: 'Link naar uw statuspagina opnieuw krijgen',
  lead: 'Bent u de link naar uw statuspagina kwijt? Vul het kenmerk van uw verzoek en uw e-mailadres in. Dan sturen wij de link opnieuw naar dat e-mailadres.',
  reference: 'Kenmerk van uw verzoek',
  referenceHint: 'Dit staat in de eerste e-mail die u van ons kreeg, bijvoorbeeld AVG-7K3M-Q9TZ.',
  email: 'Uw e-mailadres',
  emailHint: 'Het e-mailadres dat u bij het verzoek gaf.',
  button: 'Stuur mij de link',
  sentTitle: 'Kijk in uw mailbox',
  sent: 'Als het kenmerk en het e-mailadres bij elkaar horen, krijgt u binnen een paar minuten een e-mail met de link naar uw statuspagina. Geen e-mail gekregen? Kijk dan ook bij uw ongewenste e-mail, of neem contact op met de regio.',
  referenceMissing: 'Vul het kenmerk van uw verzoek in.',
  referenceInvalid: 'Vul het kenmerk in zoals het in de e-mail staat, bijvoorbeeld AVG-7K3M-Q9TZ.',
  emailMissing: 'Vul uw e-mailadres in.',
  emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  lostLink: 'Link kwijt of werkt hij niet meer? Vraag een nieuwe link aan.',
};
