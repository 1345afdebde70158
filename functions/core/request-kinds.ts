/** The rights a request can invoke, and who may invoke them (kept apart from the schema, which only intake needs). */
export const REQUEST_TYPES = ['inzage', 'rectificatie', 'verwijdering', 'beperking', 'bezwaar'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUESTER_ROLES = ['jongere', 'ouder', 'voogd'] as const;
export type RequesterRole = (typeof REQUESTER_ROLES)[number];

export const isRequestType = (value: string): value is RequestType => (REQUEST_TYPES as readonly string[]).includes(value);
export const isRequesterRole = (value: string): value is RequesterRole => (REQUESTER_ROLES as readonly string[]).includes(value);

/** The choice "Ik weet het niet" on the form and in the API: the region's central contact point assigns the overleg (core/routing.ts). */
export const UNKNOWN_OVERLEG = 'weet-ik-niet';
