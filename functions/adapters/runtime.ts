import designatedHolidaysJson from '#config/designated-holidays.json';
import type { Clock, Configuration, SiteLinks } from '#application/ports';
import { directory } from '#core/directory';
import { systemClock } from './clock';
import { type ConfigurationSource, configurationSource } from './configuration-source';
import { createDocumentClient } from './dynamo-client';
import { type Environment, readEnvironment } from './environment';
import { loadConfiguration } from './configuration-store';
import { siteLinks } from './site-links';
import type { Table } from './table';

/**
 * The composition root of the functions that use the table: what every such
 * use case needs, built once per cold start. The stores (case reads and
 * writes, intake, sweep, oversight) are plain functions of `table`, composed
 * by the handlers that need them, so other functions do not bundle them.
 *
 * The region configuration lives in the table (adapters/region-store.ts),
 * checked by the zod schema before any version is stored, so the functions
 * do not carry the schema. `config.directory` is the copy read at the start of
 * this invocation (`refreshConfiguration`); within one invocation it does not
 * change under a use case.
 */
export interface Runtime {
  env: Environment;
  config: Configuration;
  configuration: ConfigurationSource;
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
      // Empty until the first refresh, which every handler awaits before its use case.
      directory: directory({ regions: [] }),
      designatedHolidays: designatedHolidaysJson.dates,
      retentionDays: env.RETENTION_DAYS,
    },
    configuration: configurationSource(() => loadConfiguration(table), env.CONFIG_CACHE_SECONDS * 1000),
    clock: systemClock,
    links: siteLinks(env.PUBLIC_BASE_URL),
    table,
  };
}

/**
 * Brings `runtime.config.directory` up to the cache's copy (a table read only
 * when the copy is older than CONFIG_CACHE_SECONDS). Every handler calls this
 * once, first, so everything after it in the invocation sees one configuration.
 */
export async function refreshConfiguration<R extends Pick<Runtime, 'config' | 'configuration'>>(runtime: R): Promise<R> {
  runtime.config.directory = await runtime.configuration.current();
  return runtime;
}
