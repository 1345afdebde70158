import type { statusLinkAgain as nl } from '../nl/status-link-again';

export const statusLinkAgain: typeof nl = {
  title: 'Get the link to your status page again',
  lead: 'Have you lost the link to your status page? Fill in the reference of your request and your e-mail address. We will send the link to that e-mail address again.',
  reference: 'Reference of your request',
  referenceHint: 'It is in the first e-mail you received from us, for example AVG-7K3M-Q9TZ.',
  email: 'Your e-mail address',
  emailHint: 'The e-mail address you gave with the request.',
  button: 'Send me the link',
  sentTitle: 'Check your mailbox',
  sent: 'If the reference and the e-mail address belong together, you will receive an e-mail with the link to your status page within a few minutes. No e-mail? Then also look in your junk mail, or contact the region.',
  referenceMissing: 'Fill in the reference of your request.',
  referenceInvalid: 'Fill in the reference as it is in the e-mail, for example AVG-7K3M-Q9TZ.',
  emailMissing: 'Fill in your e-mail address.',
  emailInvalid: 'Fill in a valid e-mail address, like name@example.com.',
  lostLink: 'Lost the link, or does it no longer work? Ask for a new link.',
};
