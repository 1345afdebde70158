import { type Directory, directory } from '#core/directory';
import { logger } from '#logger';
import type { LoadedConfiguration } from './configuration-store';

/**
 * The region configuration as the functions read it: from the table, kept for
 * `ttlMs` and then read again at the next invocation, so a beheerder's change
 * is live everywhere within the TTL (docs/configuration.md) and a request costs
 * no configuration read while the copy is fresh. Concurrent callers share one
 * read. When a read fails and an older copy exists, that copy is used and the
 * failure logged: a table hiccup should not stop routing with a configuration
 * that was right a minute ago.
 */
export interface ConfigurationSource {
  current(): Promise<Directory>;
  /** The next `current()` reads the table (after a beheerder saved, so they see their own change at once). */
  invalidate(): void;
}

export function configurationSource(load: () => Promise<LoadedConfiguration>, ttlMs: number, now: () => number = Date.now): ConfigurationSource {
  let cached: { readAt: number; directory: Directory } | undefined;
  let reading: Promise<Directory> | undefined;
  const read = async (): Promise<Directory> => {
    try {
      const loaded = await load();
      if (loaded.config.regions.length === 0) throw new Error('the table holds no region configuration: seed it (docs/operations.md)');
      cached = { readAt: now(), directory: directory(loaded.config, loaded.people, loaded.versions) };
      return cached.directory;
    } catch (error) {
      if (!cached) throw error;
      logger.warn('configuration not refreshed, the previous copy is used', { error: (error as Error).name });
      return cached.directory;
    } finally {
      reading = undefined;
    }
  };
  return {
    current() {
      if (cached && now() - cached.readAt < ttlMs) return Promise.resolve(cached.directory);
      reading ??= read();
      return reading;
    },
    invalidate() {
      cached = cached && { ...cached, readAt: -Infinity };
    },
  };
}
