/** The decision's two headings, the same on the status page and in the letter (one text, two places; plain constants, so a bundle that reads neither drops them). */
export const DECISION_PARTS_TITLE = 'Per organisatie: wat zij besloot en wat u kunt doen';
export const DECISION_RIGHTS_TITLE = 'Uw rechten';
