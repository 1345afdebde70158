import { terms } from '#texts/nl/terms';

/**
 * The Dutch names of the rights and roles, from the catalogue, for the texts
 * core still writes in Dutch only (the decision's wording, the FG export).
 * Pages take them from the catalogue of their own language.
 */
export const REQUEST_TYPE_TEXT = terms.requestType;
export const ROLE_TEXT = terms.role;
