import designatedHolidaysJson from '#config/designated-holidays.json';
import regionsJson from '#config/regions.json';
import type { Clock, Configuration, SiteLinks } from '#application/ports';
import { directory } from '#core/directory';
import type { RegionConfig } from '#core/region-config';
import { systemClock } from './clock';
import { createDocumentClient } from './dynamo-client';
import { type Environment, readEnvironment } from './environment';
import { siteLinks } from './site-links';
import type { Table } from './table';

/**
 * The composition root of the functions that use the table: what every such
 * use case needs, built once per cold start. The stores (case reads and
 * writes, intake, sweep, oversight) are plain functions of `table`, composed
 * by the handlers that need them, so other functions do not bundle them.
 *
 * The configuration is bundled into each function; it was checked by the zod
 * schema when the stack was synthesized (a broken file fails `cdk synth`, so it
 * is never deployed) and by `npm start` locally, so the functions do not carry
 * the schema.
 */
export interface Runtime {
  env: Environment;
  config: Configuration;
  clock: Clock;
  links: SiteLinks;
  table: Table;
}

let runtime: Runtime | undefined;

export function getRuntime(): Runtime {
  runtime ??= createRuntime(readEnvironment());
  return runtime;
}

/** A runtime for an explicit environment (benchmarks compare two tables side by side). */
export function createRuntime(env: Environment): Runtime {
  const table: Table = { db: createDocumentClient(env), name: env.TABLE_NAME };
  return {
    env,
    config: {
      directory: directory(regionsJson as RegionConfig),
      designatedHolidays: designatedHolidaysJson.dates,
      retentionDays: env.RETENTION_DAYS,
    },
    clock: systemClock,
    links: siteLinks(env.PUBLIC_BASE_URL),
    table,
  };
}
