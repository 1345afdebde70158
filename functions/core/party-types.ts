/** The kinds of party a covenant names; a casusoverleg's variable party is one of these. */
export const PARTY_TYPES = ['gemeente', 'samenwerkingsverband', 'jeugdhulp', 'schoolbestuur', 'kinderopvang'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
