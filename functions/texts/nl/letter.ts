import { DECISION_PARTS_TITLE, DECISION_RIGHTS_TITLE } from './decision-headings';

/**
 * The decision letter's own words (the letterhead, the framing, the Awb
 * sentences). Dutch only: the letter is the decision as sent (Awb 2:6), also
 * when the request was made in English. The decision's text itself is the
 * one the status page shows (DecisionText), with the status page's headings.
 */
/** The letter's document title in the portal and the download's file name (kept apart: the decision's own bundle carries only these). */
export const letterTitle = { whole: 'Besluit', partial: 'Deelbesluit', supplementary: 'Aanvullend besluit' };

export const letter = {
  subject: (title: string, reference: string) => `${title} op uw verzoek over persoonsgegevens (${reference})`,
  reference: 'Ons kenmerk',
  date: 'Datum',
  about: 'Onderwerp',
  salutation: (name: string) => `Beste ${name},`,
  partsTitle: DECISION_PARTS_TITLE,
  rightsTitle: DECISION_RIGHTS_TITLE,
  documentsTitle: 'Bestanden die u krijgt',
  documentsIntro: 'Deze bestanden kunt u downloaden op de statuspagina van uw verzoek, met een code die wij u per e-mail sturen:',
  noDocuments: 'Bij dit besluit krijgt u geen bestanden.',
  awbTitle: 'Over dit besluit',
  /** AVG art. 12, 15-22; UAVG art. 34: a public body's answer is a besluit (Awb 1:3). */
  awbBesluit: (names: string) =>
    `Voor het deel van ${names} is dit een besluit in de zin van artikel 1:3 van de Algemene wet bestuursrecht. Het is genomen op grond van de artikelen 12 tot en met 22 van de Algemene verordening gegevensbescherming en artikel 34 van de Uitvoeringswet AVG.`,
  /** Awb 3:41 and 6:8: the terms start the day after the decision was sent. */
  awbSent: (date: string) => `Dit besluit is bekendgemaakt door het te versturen op ${date}. De termijnen hierboven beginnen op de dag daarna.`,
  closing: 'Met vriendelijke groet,',
  onBehalf: (overleg: string) => `namens de organisaties van ${overleg}`,
};
