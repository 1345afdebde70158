import designatedHolidaysJson from '../../config/designated-holidays.json';
import regionsJson from '../../config/regions.json';
import { type Directory, directory, parseRegionConfig } from '../core/region-config';
import { type Clock, systemClock } from './clock';
import { createDocumentClient } from './dynamo-client';
import { type Environment, readEnvironment } from './environment';
import { createSesMailer, type Mailer } from './mailer';
import { OutboxDelivery } from './outbox';
import { parseDesignatedHolidays } from './region-config-file';
import { RateLimiter } from './rate-limiter';
import { RequestStore } from './request-store';

/**
 * Everything a handler needs, built once per cold start. The configuration is
 * bundled into each function and checked here, so a broken file fails the
 * deployment's first invocation loudly instead of misrouting a request.
 */
export interface Runtime {
  env: Environment;
  directory: Directory;
  designatedHolidays: string[];
  store: RequestStore;
  outbox: OutboxDelivery;
  mailer: Mailer;
  clock: Clock;
  rateLimiter: RateLimiter;
}

let runtime: Runtime | undefined;

export function getRuntime(): Runtime {
  runtime ??= createRuntime(readEnvironment());
  return runtime;
}

/** A runtime for an explicit environment (benchmarks compare two tables side by side). */
export function createRuntime(env: Environment): Runtime {
  const db = createDocumentClient(env);
  const store = new RequestStore(db, env.TABLE_NAME);
  const mailer = createSesMailer(env);
  return {
    env,
    directory: directory(parseRegionConfig(regionsJson, 'config/regions.json')),
    designatedHolidays: parseDesignatedHolidays(designatedHolidaysJson, 'config/designated-holidays.json'),
    store,
    mailer,
    outbox: new OutboxDelivery(db, env.TABLE_NAME, store, mailer),
    clock: systemClock,
    rateLimiter: new RateLimiter(db, env.TABLE_NAME, env.RATE_LIMIT_PER_MINUTE),
  };
}
