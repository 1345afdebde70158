import type { documents as nlDocuments, statusFiles as nlStatusFiles, upload as nlUpload } from '../nl/documents';
import { documents as dutch } from '../nl/documents';

/** The requester's side of the files in English: the refusals they may read, the upload page, the files on the status page. The portal's lists stay Dutch. */
const refusal: (typeof nlDocuments)['refusal'] = {
  type: 'We do not accept this kind of file. Use PDF, PNG, JPEG, text (TXT or CSV), OpenDocument or Word, Excel or PowerPoint (without macros).',
  macros: 'This file contains macros. Save it without macros (for example as .docx or as PDF) and try again.',
  'too-large': 'This file is larger than 25 MB. Make it smaller or split it over more files.',
  'request-full': 'With this file, the files of this request go over 200 MB. Split the file or make files smaller.',
  malware: 'A virus or other harmful software was found in this file. It has been erased.',
  'not-scanned': 'This file could not be checked for viruses. It has been erased. Try again.',
  // Only the portal shows it (the letter could not be made): Dutch. A getter, so building this object reads nothing.
  get glyphs() {
    return dutch.refusal.glyphs;
  },
};

// A pure Object.assign, as in mails.ts: dropped where no refusal is rendered.
export const documents: typeof nlDocuments = /* @__PURE__ */ Object.assign({}, dutch, { refusal });

export const upload: typeof nlUpload = {
  page: {
    title: (title) => `Upload file: ${title}`,
    heading: 'Upload file',
    for: (reference) => `For request ${reference}`,
    what: 'Description',
    allowed:
      'We accept: PDF, PNG, JPEG, text (TXT or CSV), OpenDocument and Word, Excel or PowerPoint without macros. At most 25 MB per file and 200 MB for all files of a request together.',
    valid: 'This form works for 15 minutes. After that, open it again from your status page.',
    check: 'After the upload we check the file for its type and for viruses. Only then can anyone open it.',
    fileLabel: 'Choose the file',
    button: 'Upload',
    back: 'Back to the request',
    backToStatus: 'Back to your status page',
  },
  refused: {
    title: 'The file was not sent or opened',
    paragraphs: [
      'Something went wrong while sending or opening a file.',
      'Did you want to send a file? Then it has not arrived. A file may be 25 MB at most, and the form works for 15 minutes. Go back, open the form again and choose the file once more. Is the file too large? Make it smaller or split it over more files.',
      'Did you want to open a file? A link to a file works for 1 minute. Go back and click the file again.',
      'Go back with the back button of your browser.',
    ],
  },
};

export const statusFiles: typeof nlStatusFiles = {
  section: {
    title: 'Files',
    intro: (count) => `The decision comes with ${count}. To open them, first ask for a code. We send it to your e-mail address.`,
    letterOnly: 'To open the letter with the decision, first ask for a code. We send it to your e-mail address.',
    files: { one: '# file', other: '# files' },
    askCode: 'Send me a code',
    codeSent: 'We have sent a code to your e-mail address. Fill it in below. The code works for 10 minutes.',
    codeLabel: 'Code from the e-mail',
    codeHint: '6 digits',
    codeButton: 'Open files',
    open: 'You can now download the files for 30 minutes in this browser. They are listed above: the letter with the decision, the others with the organisation that sent them.',
    download: (title) => `Download ${title}`,
    wrong: (left) => `This code is not right. You can try ${left} more ${left === 1 ? 'time' : 'times'}.`,
    locked: 'You have filled in a wrong code 5 times. Ask for a new code.',
    expired: 'This code no longer works. Ask for a new code.',
    needsCode: 'First ask for a code to open the files.',
    newCode: 'Send me a new code',
    sendTitle: 'Send a file',
    sendIntro:
      'Does the organisation ask for a written authorisation, a proof or something else with your request? Send it here, not by e-mail. First write what it is; then you choose the file.',
    sendLabel: 'What kind of file is it?',
    sendHint: 'For example: Authorisation from the mother, or: Report from the family doctor.',
    titleRules: {
      missing: 'Write what kind of file it is, for example: Authorisation from the mother.',
      tooLong: (max) => `The description is too long. Use ${max} characters at most.`,
    },
    sendButton: 'Continue to upload',
    ownTitle: 'What you have sent',
    received: 'The file has been received. We are checking it now. Refresh this page in a few seconds.',
    ownStatus: { 'awaiting-upload': 'not uploaded yet', checking: 'being checked', available: 'accepted', refused: 'refused' },
    uploadNow: (title) => `Upload ${title}`,
  },
};
