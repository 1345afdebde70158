import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The real region configuration, freshly parsed from disk for every caller (safe to mutate). */
export const REGIONS_FILE = fileURLToPath(new URL('../../../config/regions.json', import.meta.url));

export function loadRegionsJson(): any {
  return JSON.parse(readFileSync(REGIONS_FILE, 'utf8'));
}
