import type { form as nl } from '../nl/form';
import { terms } from './terms';

/** The public form in English (the portal's registration page stays Dutch). */
export const form: typeof nl = {
  title: 'Privacy request about a child',
  lead: 'Do a school, municipality, youth care or childcare work together in a case meeting about your child or about you? Then you may ask which data they have. You may also ask to have data corrected or erased.',
  once: 'You send the request once. We send it to all organisations of the case meeting. You get one answer within one month.',
  honeypot: 'Leave this field empty',
  find: {
    legend: 'In which municipality does the child live?',
    hint: 'Or the municipality where the child goes to school. We will then show the schools and case meetings of that region.',
    choose: 'Choose a municipality',
    button: 'Continue',
    notListed: 'Is the municipality not listed? Then it does not take part in this website. Ask the school or the municipality itself for the data.',
    missing: 'Choose the municipality where the child lives or goes to school.',
  },
  finder: {
    where: (municipality, region) => `Municipality ${municipality}, region ${region}.`,
    region: (region) => `Region ${region}.`,
    otherMunicipality: 'Choose another municipality',
    school: 'Which school does the child go to?',
    schoolHint: 'The schools are listed by town. This way your request also reaches the school.',
    noSchool: 'No school, or I do not know',
    unknown: 'I do not know',
    unknownHint: (central) =>
      `We will send your request to ${central}. They find out which case meeting it is about and pass the request on. You will still get an answer within one month.`,
  },
  check: {
    title: 'Check your request',
    lead: 'Check that everything is right. Is something wrong? Choose "Change". Nothing has been sent yet.',
    overleg: 'Which case meeting',
    municipality: 'Municipality',
    overlegLabel: 'Case meeting (casusoverleg)',
    unknownOverleg: (central) => `I do not know. The request goes to ${central}.`,
    what: 'What you ask',
    you: 'About you',
    child: 'About the child',
    change: 'Change',
    empty: 'Not filled in',
  },
  overleg: {
    heading: '1. Which case meeting is it about?',
    legend: 'In which case meeting (casusoverleg) was the child discussed?',
    hint: 'Read the explanation under each name and choose what fits best. Do you not know? Choose "I do not know".',
    region: (name) => `Region ${name}`,
  },
  variableParty: {
    label: 'Childcare or municipality of the child',
    hint: 'Only needed for a case meeting in which the childcare or the municipality takes part. Do you not know? Then leave it as it is.',
    none: 'I do not know, or not needed',
    group: (region, partyType) => `${region}: ${partyType}`,
  },
  types: {
    heading: '2. What do you want to ask?',
    legend: 'What do you want to ask?',
    hint: 'You can choose more than one.',
  },
  details: {
    label: 'Which data is it about?',
    intro: 'Write it as precisely as you can. For example:',
    examples: [
      'See the data: which data you want to see, or all of it.',
      'Have data corrected: what is wrong and what it should be.',
      'Have data erased: which data must go and why.',
    ],
  },
  you: {
    heading: '3. About you',
    legend: 'Who are you?',
    hint: 'Is the child younger than 12? Then a parent with parental authority or the guardian makes the request. From 16, the young person makes it themselves. Between 12 and 16 both are possible.',
    name: 'Your name',
    email: 'Your e-mail address',
    emailHint: 'We send a link to this address. With it, you confirm the request.',
    phone: 'Your phone number (optional)',
    phoneHint: 'Only if we may call you with a question about the request.',
    get roles() {
      return terms.role;
    },
  },
  actingFor: {
    legend: 'Are you asking for someone else?',
    hint: 'Only fill this in if you chose above: "I am asking for someone else". You need a written authorisation (machtiging). You send it on your status page after sending the request.',
    role: 'Who are you asking for?',
    get roles() {
      return terms.principalRole;
    },
    name: 'Name of that person',
    kind: 'What kind of representative are you?',
    get kinds() {
      return terms.representativeKind;
    },
  },
  together: {
    heading: 'Asking together (optional)',
    intro:
      'Is the child 12 to 16 years old? Then the young person can ask together with a parent with parental authority or the guardian, or a parent or guardian together with the young person. The other person gets an e-mail with their own link to join. After that, they can also read the request and they also get the answer.',
    role: 'Who is asking together with you?',
    roles: { jongere: 'My child (the young person)', ouder: 'My parent with parental authority', voogd: 'My guardian' },
    name: 'Name of the person asking with you',
    email: 'E-mail address of the person asking with you',
    emailHint: 'We send the link to join to this address. Not your own e-mail address.',
  },
  child: {
    heading: '4. About the child',
    name: 'Name of the child',
    nameHint: 'Are you the young person? Then fill in your own name.',
    dateOfBirth: 'Date of birth of the child',
    dateOfBirthHint: 'For example 17 3 2012',
  },
  send: {
    heading: '5. Send',
    text: 'After sending, you will receive an e-mail. Click the link in that e-mail to confirm the request. Then we pass the request on.',
    button: 'Send request',
  },
  honeypotError: 'Leave the field "Leave this field empty" empty and send the form again.',
};
