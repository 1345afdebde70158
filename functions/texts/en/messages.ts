import type { messages as nl } from '../nl/messages';

export const messages: typeof nl = {
  signedOut: {
    title: 'You are no longer signed in',
    text: 'Your session has expired. What you just sent has not been saved. Sign in again and try once more.',
    link: 'Sign in again',
  },
  formExpired: {
    title: 'Form not valid',
    text: 'The form has expired or is not valid. Load the page again.',
    notSaved: 'What you just sent has not been saved.',
    link: 'To the portal',
  },
};
