/** The only place that reads the system time; the core takes `now` as a parameter. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
