import type { terms as nl } from '../nl/terms';

/** The domain's words on the English pages and mails; the legal Dutch term follows where the parties use it. */
export const terms: typeof nl = {
  requestType: {
    inzage: { label: 'Access', plain: 'See the data', hint: 'You want to know which data about the child are kept, and a copy.' },
    rectificatie: {
      label: 'Rectification',
      plain: 'Have data corrected',
      hint: 'Something is wrong or missing. You want it corrected or completed.',
    },
    verwijdering: { label: 'Erasure', plain: 'Have data erased', hint: 'You want data about the child to be erased.' },
    beperking: { label: 'Restriction', plain: 'Stop the use for a while', hint: 'You want data not to be used for a while.' },
    bezwaar: { label: 'Objection', plain: 'Object to the use', hint: 'You do not agree that data are used.' },
  },
  dataCategory: {
    'NAW-gegevens': 'Name, address and place of residence (NAW-gegevens)',
  },
  dataCategories: (categories) => categories.map((category) => terms.dataCategory[category] ?? category).join(', '),
  inzageDetails: {
    purposes: 'What for',
    categories: 'Kinds of data',
    recipients: 'Shared with',
    retention: 'How long kept',
    source: 'Where from',
    copy: 'Copy of the data',
  },
  role: {
    jongere: 'I am the young person',
    ouder: 'I am a parent with parental authority',
    voogd: 'I am the guardian',
    gemachtigde: 'I am asking for someone else (representative)',
  },
  principalRole: { jongere: 'the young person', ouder: 'a parent with parental authority', voogd: 'the guardian' },
  representativeKind: {
    clientondersteuner: 'Client support worker (cliëntondersteuner)',
    advocaat: 'Lawyer',
    anders: 'Someone else with a written authorisation',
  },
  actingFor: (kind, name, role) => `${terms.representativeKind[kind].toLowerCase()} for ${name}, ${terms.principalRole[role]}`,
  status: {
    awaiting_confirmation: 'Waiting for you to confirm your e-mail address',
    in_progress: 'Being handled',
    paused: 'Waiting for your answer',
    decided: 'Decision sent',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },
  staffStatus: {
    awaiting_confirmation: 'Waiting for the e-mail address to be confirmed',
    in_progress: 'Being handled',
    paused: 'Waiting for the requester',
    decided: 'Decision sent',
    closed: 'Closed',
    withdrawn: 'Withdrawn by the requester',
  },
  plainRequestType: (type) => `${terms.requestType[type].plain} (${terms.requestType[type].label.toLowerCase()})`,
  overlegToChoose: 'Still to be chosen (the requester did not know)',
  partyTypePlural: {
    schoolbestuur: 'Schools (school boards)',
    kinderopvang: 'Childcare',
    gemeente: 'Municipalities',
    samenwerkingsverband: 'Special needs partnerships (samenwerkingsverbanden)',
    jeugdhulp: 'Youth care',
  },
};
