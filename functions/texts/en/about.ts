import type { about as nl } from '../nl/about';

export const about: typeof nl = {
  accessibility: {
    title: 'Accessibility statement',
    intro:
      'Everyone should be able to use this website, also with a disability. That is why we follow the requirements of WCAG 2.1, level AA (the European standard EN 301 549), as Dutch law asks of government websites.',
    statusTitle: 'How accessible is this website?',
    status:
      'This website partially meets the requirements. We have tested it ourselves; an audit by an independent party is still to come. That is why the status is: partially compliant.',
    testedTitle: 'What we tested',
    tested: [
      'Every page of the form, the check, the confirmation and the status page, with error messages, in Dutch and in English: automatically with axe-core in Chromium, on a wide screen (1280 pixels) and on a narrow screen (320 pixels).',
      'The whole form with only the keyboard and without JavaScript.',
      'That no page uses the same id twice, so a screen reader reads out the right help text.',
    ],
    limitationsTitle: 'What does not work well yet',
    limitations: [
      'The decision is a PDF letter, in Dutch. It has not been tested with a screen reader yet. The text of the decision is also on the status page.',
      'We cannot make files that organisations send (such as a copy of a file) accessible. Ask the organisation for another form if you cannot read it.',
      'This website has not yet been tested by people who use a screen reader or magnification.',
    ],
    reportTitle: 'Does something not work?',
    report: 'Let us know. We answer within 5 working days and look for a solution together with you. Our details are on the Contact page.',
    updated: (date) => `This statement was last updated on ${date}.`,
  },
  privacy: {
    title: 'Privacy statement',
    intro:
      'With this website you ask organisations that work together in a case meeting about a child to see, correct or erase the data about the child. Here you read what this website itself does with your data.',
    whoTitle: 'Who is responsible?',
    who: 'The organisations of the case meeting your request is about. Together they have a privacy agreement (convenant). The organisation that coordinates your request (the contact point) sends you the decision.',
    whoRegion: (service, organisation) => `${service} is run by ${organisation}.`,
    whatTitle: 'Which data do we keep?',
    what: [
      'What you fill in: your name, e-mail address, phone number (if you give it), who you are (parent, guardian or the young person), the name and date of birth of the child, and your question. If you ask for someone else, also that person’s name. If you ask together with someone, also their name and e-mail address.',
      'What happens with your request: the answers of the organisations, the decision, the files you get or send, and who did what and when.',
      'No data in e-mails to organisations: those e-mails only mention the reference and the period. There are no personal data in the address bar or in the logs of the website either.',
    ],
    howLongTitle: 'How long do we keep them?',
    howLong: (days) => [
      'If you do not confirm your e-mail address within 7 days, we erase the request completely.',
      `Once your request is closed, we erase it ${days} days later, with all files. An organisation that must keep records longer under the Dutch Archives Act keeps only its own part that long.`,
    ],
    whoGetsTitle: 'Who gets your data?',
    whoGets:
      'Only the organisations of the case meeting your request is about, and only in the secure portal. Only the contact point, who keeps in touch with you, sees your e-mail address and phone number. We give nothing to others.',
    rightsTitle: 'Your rights',
    rights:
      'About this request itself, you may also ask which data we have, and have them corrected or erased. Ask the contact point. Do you disagree with how we handle your data? Then you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
  },
  contact: {
    title: 'Contact',
    organisation: 'Organisation',
    intro: 'Do you have a question about a request, or does something on this website not work? Contact the region of your request.',
    central: (party) => `Do you not know whom to contact? The central contact point is ${party}.`,
    noContact: 'There are no contact details for this region on the website yet. Contact the school or the municipality of the child.',
    reference: 'Have you already made a request? Then mention your reference (for example AVG-7K3M-Q9TZ). Do not send data about the child by e-mail.',
  },
  footer: { accessibility: 'Accessibility', privacy: 'Privacy', contact: 'Contact' },
};
