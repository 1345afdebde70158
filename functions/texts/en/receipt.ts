import type { confirm as nlConfirm, receipt as nlReceipt } from '../nl/receipt';

export const receipt: typeof nlReceipt = {
  title: 'Request received',
  reference: 'Your reference is {reference}',
  receivedOn: (date) => `We received your request on ${date}.`,
  answerBy: 'You will get an answer {deadline}.',
  deadline: (date) => `by ${date} at the latest`,
  nextTitle: 'What happens now?',
  steps: {
    confirm: (until) =>
      `We send you an e-mail. Click the link in that e-mail to confirm that it is your e-mail address. Do this before ${until}. Otherwise the request lapses.`,
    route: 'Then we send your request to all organisations of the case meeting.',
    search: 'Each organisation looks up which data it has about the child.',
    answer: 'You get one answer, from the organisation that coordinates the case meeting.',
  },
  extension:
    'Does it take longer because the request is complex? Then you will hear so within one month, with the reason. The period can then be extended by two months at most.',
  keepReference: 'Keep your reference. Mention it when you contact us.',
};

export const confirm: typeof nlConfirm = {
  questionTitle: 'Confirm request',
  question: 'You are confirming your privacy request with reference {reference}. After that, we send it to the organisations of the case meeting.',
  button: 'Yes, confirm my request',
  doneTitle: 'Request confirmed',
  alreadyTitle: 'Your request was already confirmed',
  reference: 'Reference {reference}',
  routedTo: 'We have passed your request on to these organisations:',
  together: {
    questionTitle: 'Join the request',
    question:
      'You have been named as someone who makes the privacy request with reference {reference} together with the requester. Do you join? Then you read the request on your own status page and you also get the answer.',
    button: 'Yes, I join',
    doneTitle: 'You have joined the request',
    alreadyTitle: 'You had already joined the request',
    toStatus: 'To your status page',
    keepLink: 'Keep the link to your status page. We also send it with every e-mail about the request.',
  },
};
