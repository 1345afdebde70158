import { readFile } from 'node:fs/promises';
import { parseRegionConfig, type RegionConfig } from '#core/region-config';
import { isIsoDate } from '#core/calendar-date';

/** Reads and checks a region configuration file; the error names the file, the path in it, and the problem. */
export async function loadRegionConfigFile(file: string): Promise<RegionConfig> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read region configuration ${file}: ${(error as Error).message}`);
  }
  return parseRegionConfig(json, file);
}

export async function loadDesignatedHolidaysFile(file: string): Promise<string[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read designated holidays ${file}: ${(error as Error).message}`);
  }
  return parseDesignatedHolidays(json, file);
}

export function parseDesignatedHolidays(json: unknown, file: string): string[] {
  const dates = (json as { dates?: unknown })?.dates;
  if (!Array.isArray(dates) || !dates.every((date) => typeof date === 'string' && isIsoDate(date))) {
    throw new Error(`Invalid designated holidays in ${file}: at dates: expected a list of ISO dates ("YYYY-MM-DD")`);
  }
  return dates as string[];
}
