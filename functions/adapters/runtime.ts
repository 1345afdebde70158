import designatedHolidaysJson from '#config/designated-holidays.json';
import regionsJson from '#config/regions.json';
import { type Directory, directory } from '#core/directory';
import type { RegionConfig } from '#core/region-config';
import { type Clock, systemClock } from './clock';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from './dynamo-client';
import { type Environment, readEnvironment } from './environment';
import { RequestStore } from './request-store';

/**
 * Everything a handler needs, built once per cold start. The configuration is
 * bundled into each function; it was checked by the zod schema when the stack
 * was synthesized (a broken file fails `cdk synth`, so it is never deployed)
 * and by `npm start` locally, so the functions do not carry the schema.
 */
export interface Runtime {
  env: Environment;
  directory: Directory;
  designatedHolidays: string[];
  store: RequestStore;
  /** The document client the store uses, for adapters built on top (mail delivery). */
  db: DynamoDBDocumentClient;
  clock: Clock;
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
  return {
    env,
    // Checked where a broken file can stop things safely: at `cdk synth` (the stack parses both files) and by `npm start`.
    directory: directory(regionsJson as RegionConfig),
    designatedHolidays: designatedHolidaysJson.dates,
    store,
    db,
    clock: systemClock,
  };
}
