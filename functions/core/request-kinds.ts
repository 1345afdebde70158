/** The rights a request can invoke, and who may invoke them (kept apart from the schema, which only intake needs). */
export const REQUEST_TYPES = ['inzage', 'rectificatie', 'verwijdering', 'beperking', 'bezwaar'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** Who sends the request: the youth, a parent, a guardian, or someone acting for one of them (a gemachtigde). */
export const REQUESTER_ROLES = ['jongere', 'ouder', 'voogd', 'gemachtigde'] as const;
export type RequesterRole = (typeof REQUESTER_ROLES)[number];
/** Whose right it is: the requester, or the person a gemachtigde acts for. */
export const PRINCIPAL_ROLES = ['jongere', 'ouder', 'voogd'] as const;
export type PrincipalRole = (typeof PRINCIPAL_ROLES)[number];
/** What kind of gemachtigde: a cliëntondersteuner (Wmo/Jeugdwet), a lawyer, or someone else with a machtiging. */
export const REPRESENTATIVE_KINDS = ['clientondersteuner', 'advocaat', 'anders'] as const;
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];

export const isRequestType = (value: string): value is RequestType => (REQUEST_TYPES as readonly string[]).includes(value);
export const isRequesterRole = (value: string): value is RequesterRole => (REQUESTER_ROLES as readonly string[]).includes(value);
export const isPrincipalRole = (value: string): value is PrincipalRole => (PRINCIPAL_ROLES as readonly string[]).includes(value);
export const isRepresentativeKind = (value: string): value is RepresentativeKind => (REPRESENTATIVE_KINDS as readonly string[]).includes(value);

/** The choice "Ik weet het niet" on the form and in the API: the region's central contact point assigns the overleg (core/routing.ts). */
export const UNKNOWN_OVERLEG = 'weet-ik-niet';
