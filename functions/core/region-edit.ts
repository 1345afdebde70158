import { beheer } from '#texts/nl/beheer';
import type { FieldError, FormFields } from './field-errors';
import { PARTY_TYPES, type PartyType } from './party-types';
import { type Casusoverleg, type Party, type Region, type RegionConfig, RegionConfigError, parseRegionConfig } from './region-config';
import { contrastProblem } from './theme';

/**
 * What a beheerder's form does to their region: one pure function per form
 * (a party, a casusoverleg, the region's public details and look), each giving
 * the whole new region or the problems in Dutch, per field. The same function
 * runs for the preview and again for the save, so what is saved is exactly
 * what was shown. The last check is the schema of config/regions.json itself
 * (`checkedRegion`), so a region saved here is one the seed file could hold.
 */
export type EditKind = 'organisatie' | 'overleg' | 'regio';
export const EDIT_KINDS: readonly EditKind[] = ['organisatie', 'overleg', 'regio'];

export type EditResult = { ok: true; region: Region; subject: string } | { ok: false; errors: FieldError[] };

const E = beheer.errors;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Posted text, trimmed; undefined when empty. */
const value = (form: FormFields, name: string) => form.get(name)?.trim() || undefined;

class Problems {
  readonly errors: FieldError[] = [];
  add(path: string, message: string) {
    if (!this.errors.some((error) => error.path === path)) this.errors.push({ path, message });
  }
  required(form: FormFields, name: string, label: string): string {
    const found = value(form, name);
    if (!found) this.add(name, E.required(label));
    return found ?? '';
  }
  email(form: FormFields, name: string): string | undefined {
    const found = value(form, name);
    if (found && !EMAIL.test(found)) this.add(name, E.email);
    return found;
  }
  url(form: FormFields, name: string): string | undefined {
    const found = value(form, name);
    if (found && !isHttpsUrl(found)) this.add(name, E.url);
    return found;
  }
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A stable id from a name, unique in the installation: "Stichting De Linde" gives "stichting-de-linde". */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'organisatie';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A party added (`partyId` undefined) or changed. */
export function editParty(region: Region, partyId: string | undefined, form: FormFields, takenPartyIds: ReadonlySet<string>): EditResult {
  const t = beheer.party;
  const problems = new Problems();
  const existing = partyId === undefined ? undefined : region.parties.find((party) => party.id === partyId);
  const name = problems.required(form, 'name', t.name);
  const type = form.get('type') ?? '';
  if (!(PARTY_TYPES as readonly string[]).includes(type)) problems.add('type', E.type);
  if (name && region.parties.some((party) => party.id !== partyId && party.name.toLowerCase() === name.toLowerCase())) problems.add('name', E.nameTaken);
  const contact = problems.email(form, 'contact');
  const fg = problems.email(form, 'fg');
  const address = value(form, 'address');
  const description = value(form, 'description');
  const publicBody = form.get('publicBody');
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  const party: Party = {
    ...(existing ?? {}),
    id: existing?.id ?? idFromName(name, takenPartyIds),
    name,
    description,
    type: type as PartyType,
    ...(publicBody === 'ja' || publicBody === 'nee' ? { publicBody: publicBody === 'ja' } : { publicBody: undefined }),
    address,
    contact,
    fg,
  };
  const parties = existing ? region.parties.map((candidate) => (candidate.id === existing.id ? party : candidate)) : [...region.parties, party];
  return { ok: true, region: withoutUndefined({ ...region, parties }), subject: party.name };
}

/** A casusoverleg changed: its name, plain description, fixed parties, variable party type and coordinator. */
export function editOverleg(region: Region, overlegId: string, form: FormFields): EditResult {
  const t = beheer.overleg;
  const problems = new Problems();
  const existing = region.casusoverleggen.find((overleg) => overleg.id === overlegId);
  if (!existing) return { ok: false, errors: [{ path: 'overleg', message: E.required(t.name) }] };
  const name = problems.required(form, 'name', t.name);
  const description = problems.required(form, 'description', t.description);
  const known = new Set(region.parties.map((party) => party.id));
  const parties = [...new Set(form.getAll('parties'))].filter((id) => known.has(id));
  if (parties.length === 0) problems.add('parties', E.parties);
  const variable = form.get('variableParty') ?? '';
  const variableParty = (PARTY_TYPES as readonly string[]).includes(variable) ? (variable as PartyType) : undefined;
  if (variableParty && !region.parties.some((party) => party.type === variableParty && !parties.includes(party.id)))
    problems.add('variableParty', E.variableNobody);
  const coordinator = form.get('coordinator') ?? '';
  if (coordinator === 'variable') {
    if (!variableParty) problems.add('coordinator', E.variableCoordinator);
  } else if (!parties.includes(coordinator)) problems.add('coordinator', E.coordinator);
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  const overleg: Casusoverleg = { ...existing, name, description, parties, variableParty, coordinator };
  return {
    ok: true,
    region: withoutUndefined({ ...region, casusoverleggen: region.casusoverleggen.map((candidate) => (candidate.id === overlegId ? overleg : candidate)) }),
    subject: name,
  };
}

/** The region's public details, municipalities, schools, central contact point and look (the logo itself is uploaded apart). */
export function editRegionDetails(region: Region, form: FormFields): EditResult {
  const t = beheer.region;
  const problems = new Problems();
  const about = {
    serviceName: problems.required(form, 'serviceName', t.serviceName),
    organisation: problems.required(form, 'organisation', t.organisation),
    phone: value(form, 'phone'),
    email: problems.email(form, 'email'),
    address: value(form, 'address'),
    openingHours: value(form, 'openingHours'),
    privacyStatementUrl: problems.url(form, 'privacyStatementUrl'),
    accessibilityStatementUrl: problems.url(form, 'accessibilityStatementUrl'),
  };
  const primary = (value(form, 'primary') ?? '').toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(primary)) problems.add('primary', E.colour);
  else {
    const contrast = contrastProblem(primary);
    if (contrast) problems.add('primary', E.contrast(contrast.ratio.toFixed(2).replace('.', ',')));
  }
  const font = form.get('font') === 'system' ? 'system' : 'noto-sans';
  const municipalities = lines(form.get('municipalities'));
  const boards = region.parties.filter((party) => party.type === 'schoolbestuur');
  const schools = lines(form.get('schools')).flatMap((line, n) => {
    const [name, place, board] = line.split(';').map((part) => part.trim());
    if (!name || !place || !board) {
      problems.add('schools', E.school(n + 1));
      return [];
    }
    const found = boards.find((party) => party.id === board || party.name.toLowerCase() === board.toLowerCase());
    if (!found) {
      problems.add('schools', E.schoolBoard(n + 1, board));
      return [];
    }
    return [{ name, place, board: found.id }];
  });
  const central = form.get('centralContact') ?? '';
  const centralContact = region.parties.some((party) => party.id === central) ? central : undefined;
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  // The logo and its text are set with the upload form (withLogo).
  return {
    ok: true,
    region: withoutUndefined({ ...region, about, theme: { primary, font, logo: region.theme?.logo }, municipalities, schools, centralContact }),
    subject: about.serviceName,
  };
}

/** The region with a new logo file (uploaded, checked and stored apart: adapters/region-store.ts). */
export function withLogo(region: Region, file: string, alt: string): Region {
  return { ...region, theme: { primary: region.theme?.primary ?? '#1b5497', ...region.theme, logo: { file, alt } } };
}

const lines = (text: string | null) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The last check: the whole configuration with this region in it must pass the
 * schema of config/regions.json (unique ids over all regions, every reference
 * known). A problem the forms above did not catch shows as one general error.
 */
export function checkedRegion(config: RegionConfig, region: Region): EditResult {
  const regions = config.regions.some((candidate) => candidate.id === region.id)
    ? config.regions.map((candidate) => (candidate.id === region.id ? region : candidate))
    : [...config.regions, region];
  try {
    const parsed = parseRegionConfig({ regions }, 'beheer');
    return { ok: true, region: parsed.regions.find((candidate) => candidate.id === region.id)!, subject: region.name };
  } catch (error) {
    if (!(error instanceof RegionConfigError)) throw error;
    return { ok: false, errors: error.problems.map((problem) => ({ path: 'algemeen', message: E.schema(problem.message) })) };
  }
}

/** DynamoDB and the schema both want absent, not undefined, optional fields. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
