import type { Directory } from '#core/directory';
import type { Clock } from '#application/ports';
import { systemClock } from './clock';
import { type JwtPayload, remoteKeySet, TokenRejectedError, verifyRs256Jwt } from './jwt';
import { portalIdentitySettings, readEnvironment } from './environment';
import { type KnownIds, NotAPortalUserError, portalUserFromClaims } from './portal-groups';
import type { SessionUser } from './portal-user';

/**
 * The one place that decides whether an ID token is a valid portal session,
 * in AWS (Cognito) and locally (cognito-local) alike: both sign RS256 tokens
 * and publish their keys at `<issuer>/.well-known/jwks.json`.
 */

/** The token is not a valid portal session: the caller signs the user in again. */
export class InvalidSessionError extends Error {
  override name = 'InvalidSessionError';
}

/** Clocks of Lambda and the identity provider may differ a little; not more. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenVerifierOptions {
  issuer: string;
  clientId: string;
  /** Asked at every check: the configuration changes while a function runs. */
  known: () => KnownIds;
  clock?: Clock;
}

export type TokenVerifier = (token: string) => Promise<SessionUser>;

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = remoteKeySet(new URL(`${options.issuer}/.well-known/jwks.json`), { timeoutMs: 3000, cooldownMs: 30_000 });
  const clock = options.clock ?? systemClock;
  return async (token) => {
    let payload: JwtPayload;
    try {
      payload = await verifyRs256Jwt(token, keys, {
        issuer: options.issuer,
        audience: options.clientId,
        required: ['exp', 'iat', 'sub'],
        clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
        now: clock.now(),
      });
    } catch (error) {
      // A key set that cannot be fetched is an outage (503), not a bad session.
      if (error instanceof TokenRejectedError) throw new InvalidSessionError(error.message);
      throw error;
    }
    // Cognito's access tokens are signed by the same key: only an ID token names the user and the audience.
    if (payload.token_use !== 'id') throw new InvalidSessionError('not an ID token');
    try {
      return portalUserFromClaims(payload, options.known());
    } catch (error) {
      if (error instanceof NotAPortalUserError) throw new InvalidSessionError(error.message);
      throw error;
    }
  };
}

let verifier: TokenVerifier | undefined;
let known: { directory: Directory; ids: KnownIds } | undefined;

/** The party and region ids of a configuration: a group of a party or region that is not configured gives no access. */
export function knownIds(directory: Directory): KnownIds {
  return {
    partyIds: new Set(directory.config.regions.flatMap((region) => region.parties.map((party) => party.id))),
    regionIds: new Set(directory.config.regions.map((region) => region.id)),
  };
}

/**
 * Verifies a portal session token against the environment's identity
 * provider, its group checked against this configuration (the copy the
 * invocation refreshed); rejects with InvalidSessionError.
 */
export function verifyIdToken(token: string, directory: Directory): Promise<SessionUser> {
  // Recomputed only when the configuration was refreshed.
  if (known?.directory !== directory) known = { directory, ids: knownIds(directory) };
  if (!verifier) {
    const settings = portalIdentitySettings(readEnvironment());
    verifier = createTokenVerifier({ issuer: settings.issuer, clientId: settings.clientId, known: () => known!.ids });
  }
  return verifier(token);
}
