import type { mails as nl } from '../nl/mails';
import { mails as dutch } from '../nl/mails';

/**
 * The requester's mails in English. Mails to staff stay Dutch: the portal and
 * its mails are the parties' own working language.
 */
const requesterMails: Pick<typeof nl, 'signature' | 'noPersonalData' | 'confirmation' | 'coRequesterInvite' | 'news' | 'downloadCode'> = {
  signature: {
    phone: (phone) => `phone ${phone}`,
    email: (email) => `e-mail ${email}`,
    hours: (hours) => `Open: ${hours}`,
  },
  noPersonalData: 'This e-mail deliberately contains no personal data.',
  confirmation: {
    subject: (reference) => `Confirm your privacy request ${reference}`,
    greeting: 'Dear requester,',
    received: (date, reference) => `We received your privacy request on ${date}. Your reference is ${reference}.`,
    confirm: 'First confirm that this is your e-mail address. To do so, open this link:',
    afterConfirm: 'Only after your confirmation do we pass the request on to the organisations of the case meeting.',
    answerBy: (date) => `You will get an answer by ${date} at the latest.`,
    expires: 'If you do not confirm within 7 days, the request lapses and we erase your data.',
    status: 'How is your request doing? You can read that on your own status page. Keep this link; do not share it:',
    notYou: 'Did you not make this request? Then you do not need to do anything.',
  },
  coRequesterInvite: {
    subject: (reference) => `Will you join privacy request ${reference}?`,
    greeting: 'Dear parent, guardian or young person,',
    named: (reference) =>
      `You have been named as someone who makes a privacy request about a child together with the requester. The reference is ${reference}.`,
    confirm: 'Do you join? Confirm it with this link. After that you read the request on your own status page and you also get the answer:',
    answerBy: (date) => `The answer comes by ${date} at the latest.`,
    expires: 'The link works for 7 days.',
    notYou: 'Do you not know what this is about, or do you not want to join? Then you do not need to do anything.',
  },
  news: {
    subject: (reference) => `News about your privacy request ${reference}`,
    greeting: 'Dear requester,',
    text: {
      verlengd: 'The period for your request has been extended. On your status page you can read why and until when.',
      vraag: 'We have a question about your request. Until you answer, the period is on hold. On your status page you can read the question and answer it.',
      besluit: 'There is a decision about your request. You can read it on your status page.',
      doorgegeven:
        'An organisation has changed data and passed this on to the other organisations of the case meeting. On your status page you can read to whom.',
      geregistreerd:
        'We have received your privacy request and passed it on to the organisations of the case meeting. On your status page you can follow its progress.',
      statuslink: 'You asked for the link to your status page. It is below. Did you not ask for this? Then you can ignore this e-mail.',
      ingetrokken:
        'You have withdrawn (a part of) your request. The organisations know and stop working on it. On your status page you can read what you withdrew.',
    },
    reference: (reference) => `Your reference is ${reference}.`,
  },
  downloadCode: {
    subject: 'Your code to open the files',
    greeting: 'Dear requester,',
    code: (code) => `Your code is: ${code}`,
    valid: 'Fill in this code on your status page. The code works for 10 minutes.',
    notYou: 'Did you not ask for a code? Then you do not need to do anything. Nobody can open the files without this code.',
  },
};

// Object.assign under a pure mark, not a spread: a bundle that renders no mail then drops both catalogues' mails.
export const mails: typeof nl = /* @__PURE__ */ Object.assign({}, dutch, requesterMails);
