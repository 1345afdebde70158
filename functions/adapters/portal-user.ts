/**
 * Who is signed in to the portal. A user belongs to exactly one party and has
 * one role there; both come from the identity provider's groups
 * (Cognito group names "contact:<partyId>" or "fg:<partyId>").
 */
export type PortalRole = 'contact' | 'fg';

export interface PortalUser {
  /** The identity provider's subject id: stable, not personal. Audit events name this. */
  userId: string;
  /** For display on the user's own pages only; never logged. */
  email: string;
  partyId: string;
  role: PortalRole;
}
