import type { Clock } from '#application/ports';

/** The only place that reads the system time. */
export const systemClock: Clock = { now: () => new Date() };
