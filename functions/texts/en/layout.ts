import type { layout as nl } from '../nl/layout';

export const layout: typeof nl = {
  skipLink: 'Skip to content',
  languageName: 'English',
  languageSwitchLabel: 'Language',
  errorPrefix: 'Error: ',
  publicService: 'Privacy request youth and education',
  portalService: 'Portal for privacy requests',
  footerAbout:
    'This service belongs to the organisations that work together under a privacy agreement about children: schools, special needs partnerships, municipalities (school attendance), youth care and childcare.',
  footerLinksLabel: 'About this website',
  privacyStatement: 'Privacy statement',
  accessibilityStatement: 'Accessibility statement',
  contactPage: 'Contact',
  regionPrivacyStatement: (region) => `Privacy statement of region ${region}`,
  regionAccessibilityStatement: (region) => `Accessibility statement of region ${region}`,
  runBy: (service, organisation) => `${service} is run by ${organisation}.`,
  contact: { phone: 'Phone', email: 'E-mail', hours: 'Open', address: 'Address' },
};
