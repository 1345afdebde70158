import type { withdrawal as nl } from '../nl/withdrawal';

export const withdrawal: typeof nl = {
  title: (reference) => `Withdraw request ${reference}`,
  lead: 'Do you no longer want the organisations to handle your request? Then you can withdraw it. Did you ask for more than one thing? Then you can also withdraw a part.',
  chooseLegend: 'What do you want to withdraw?',
  chooseHint: 'If you choose everything, you withdraw the whole request.',
  next: 'Continue',
  checkTitle: 'Are you sure you want to withdraw this?',
  whole: 'You withdraw the whole request.',
  part: 'You withdraw this part of the request:',
  consequencesWhole:
    'The organisations stop working on your request and are told so. You will get no more reminders or decision. We keep the request as long as a closed request; after that we erase it.',
  consequencesPart: 'The organisations stop working on this part. The rest of your request goes on, with the same period.',
  cannotUndo: 'You cannot undo a withdrawal. Do you want it after all, later? Then make a new request.',
  confirm: 'Yes, withdraw',
  back: 'No, back to my request',
  noneChosen: 'Choose what you want to withdraw.',
  notNow: 'You can no longer withdraw this request. There is already a decision, or the request has already been closed or withdrawn.',
  conflict: 'Your request has just changed. Look at the new state and try again.',
  notYours:
    'Only the person who made the request can withdraw it. You have joined this request. Do you want it to stop? Then ask the requester, or contact the organisation.',
  // "are told", not "have been told": the mail is queued, not yet known to be delivered.
  done: 'Your request has been withdrawn. Organisations that were already working on it are told so.',
  donePart: 'That part of your request has been withdrawn. Organisations that were already working on it are told so.',
  confirmLink: {
    title: 'This request has been withdrawn',
    text: 'You withdrew this request. There is no need to confirm it any more, and the request has not gone to the organisations.',
    toStatus: 'To your status page',
  },
  sectionTitle: 'Withdraw request',
  sectionText: 'Do you no longer need the answer? Then you can withdraw your request, or a part of it.',
  sectionLink: 'Withdraw request',
  withdrawnOn: 'Withdrawn on',
  withdrawnWhat: (types, date) => `${types}, on ${date}`,
};
