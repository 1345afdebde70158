/**
 * Who is signed in to the portal. A contact person or FG belongs to exactly
 * one party and has one role there; a beheerder administers one region. Both
 * come from the identity provider's groups ("contact:<partyId>",
 * "fg:<partyId>", "beheer:<regionId>"); our person record (core/people.ts)
 * must agree and be active.
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

export interface Beheerder {
  userId: string;
  email: string;
  role: 'beheer';
  regionId: string;
}

export type SessionUser = PortalUser | Beheerder;

export const isBeheerder = (user: SessionUser): user is Beheerder => user.role === 'beheer';
