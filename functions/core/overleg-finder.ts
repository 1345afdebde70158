import type { RegionConfig, Region } from './region-config';

/**
 * How a parent finds the right overleg without knowing its name: the
 * municipality where the child lives (or goes to school) names the region,
 * the school's own name its board. Both lists come from the region
 * configuration the beheerder keeps.
 */
export interface MunicipalityChoice {
  name: string;
  regionId: string;
}

/** Every municipality of every region, alphabetically (Dutch collation); one that two regions name is listed once, for the first. */
export function municipalities(config: RegionConfig): MunicipalityChoice[] {
  const seen = new Map<string, MunicipalityChoice>();
  for (const region of config.regions) for (const name of region.municipalities ?? []) if (!seen.has(name)) seen.set(name, { name, regionId: region.id });
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The region a municipality belongs to, if this installation serves it. */
export function regionOfMunicipality(config: RegionConfig, name: string): Region | undefined {
  const found = municipalities(config).find((choice) => choice.name === name);
  return found ? config.regions.find((region) => region.id === found.regionId) : undefined;
}

/** A school as the form offers it: the value names its board, so the board gets the request. */
export const SCHOOL_SEPARATOR = '|';
export const schoolValue = (school: { board: string; name: string }) => `${school.board}${SCHOOL_SEPARATOR}${school.name}`;

/** The region's schools by place, places and schools alphabetically. */
export function schoolsByPlace(region: Region): Array<{ place: string; schools: Array<{ value: string; name: string }> }> {
  const places = new Map<string, Array<{ value: string; name: string }>>();
  for (const school of region.schools ?? []) {
    const list = places.get(school.place) ?? [];
    list.push({ value: schoolValue(school), name: school.name });
    places.set(school.place, list);
  }
  return [...places.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([place, schools]) => ({ place, schools: schools.sort((a, b) => a.name.localeCompare(b.name, 'nl')) }));
}

/** The board of a school chosen on the form, if it is one of the region's schools. */
export function boardOfSchool(region: Region, value: string): string | undefined {
  return (region.schools ?? []).find((school) => schoolValue(school) === value)?.board;
}
