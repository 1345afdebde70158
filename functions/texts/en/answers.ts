import type { answers as nl } from '../nl/answers';

export const answers: typeof nl = {
  errors: {
    403: {
      title: 'Not sent',
      text: 'Your message was stopped because it looked like an attack on this website. Nothing has been saved. Remove code or strange characters from your text and try again. Does it still not work? Then contact the organisation.',
    },
    413: { title: 'Too much text', text: 'Your request is too large. Make the explanation shorter and try again.' },
    415: {
      title: 'Wrong kind of content',
      text: 'We cannot read this content. Send the form on this website, or send JSON with Content-Type: application/json. Nothing has been saved.',
    },
    429: {
      title: 'Please wait',
      text: 'You have sent too many requests in a short time. Wait a minute and then try again. Nothing has been saved.',
    },
    503: { title: 'Not available right now', text: 'We cannot save your request right now. Nothing has been saved. Try again in a few minutes.' },
    unknown: {
      title: 'Not sure yet',
      text: 'We do not know yet whether your request has been saved. Send it once more: it will not be saved twice.',
    },
    500: { title: 'Something went wrong', text: 'Something went wrong on our side. Nothing has been saved. Try again later.' },
  },
  backToForm: 'Back to the form',
  toForm: 'To the form',
  toMyTasks: 'To my tasks',
  toRequest: 'To the request',
  confirmLinkInvalid: {
    title: 'This link does not work',
    text: 'The link was not copied correctly, or it has expired. A request that you do not confirm within 7 days lapses.',
    again: 'You can submit the request again.',
  },
  statusLinkInvalid: {
    title: 'This link does not work',
    text: 'The link was not copied correctly, or the request no longer exists. Contact the organisation and mention your reference.',
  },
  statusConflict: 'Your request has just changed. Read the page again and send your answer once more.',
  statusAnswered: 'Your answer has been sent. The period runs again.',
  forbidden: {
    title: 'No access',
    text: 'You cannot view this request. Only organisations the request was sent to can see it.',
  },
  conflict: {
    title: 'Someone was ahead of you',
    text: 'Someone else has just changed this request. Nothing of yours has been saved. Look at the new state and try again if needed.',
  },
  notFound: {
    title: 'This page does not exist',
    text: 'Perhaps the address was not copied correctly. A link from an e-mail must be copied completely.',
  },
  api: {
    idempotencyKey: 'The Idempotency-Key must be 1 to 255 visible characters, without spaces.',
    invalidJson: 'The content is not valid JSON. Send a JSON object.',
  },
};
