import type { Runtime } from '#adapters/runtime';

/** The requester's status page (the token is the only key to it). */
export function statusUrl(runtime: Runtime, statusToken: string): string {
  return `${runtime.env.PUBLIC_BASE_URL}/verzoek/status/${statusToken}`;
}
