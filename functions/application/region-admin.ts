import { createHash, randomInt } from 'node:crypto';
import type { Clock, Configuration, IdentityAdmin, SiteLinks } from './ports';
import type { ConfigurationSource } from '#adapters/configuration-source';
import type { RegionStore, RegionVersion } from '#adapters/region-store';
import { groupName } from '#adapters/portal-groups';
import { regionDiff } from '#core/config-diff';
import type { FieldError, FormFields } from '#core/field-errors';
import { detectFileType } from '#core/file-type';
import { inRegion, invitationMail } from '#core/mails';
import type { Person } from '#core/people';
import { overlegOfRegion, ownRegion, partyOfRegion, personChanges, personOfRegion } from '#core/region-admin';
import type { Region } from '#core/region-config';
import { checkedRegion, type EditResult, editOverleg, editParty, editRegionDetails, withLogo } from '#core/region-edit';
import { beheer } from '#texts/nl/beheer';

/**
 * The beheer pages' use cases. Each starts from the beheerder's own region
 * (core/region-admin.ts): another region's party, overleg, version or person
 * is not found. A change is computed by the same pure function for the
 * preview and the save (core/region-edit.ts), checked by the schema, and
 * saved as a new version only if the version it was made against is still
 * the one in use.
 */
export interface RegionAdminDeps {
  config: Configuration;
  configuration: ConfigurationSource;
  regions: RegionStore;
  identity: IdentityAdmin;
  clock: Clock;
  links: SiteLinks;
}

export interface Beheerder {
  userId: string;
  regionId: string;
}

export type ChangeOutcome =
  | { outcome: 'invalid'; errors: FieldError[] }
  | { outcome: 'preview'; changes: string[] }
  | { outcome: 'saved' }
  | { outcome: 'conflict' }
  | { outcome: 'not-found' };

/** Applies a posted beheer form to the region (no write). */
export function proposedRegion(deps: Pick<RegionAdminDeps, 'config'>, region: Region, form: FormFields): EditResult | undefined {
  const directory = deps.config.directory;
  const subject = form.get('onderwerp') ?? '';
  let result: EditResult;
  switch (form.get('wijziging')) {
    case 'organisatie': {
      if (subject && !partyOfRegion(region, subject)) return undefined;
      const taken = new Set(directory.config.regions.flatMap((candidate) => candidate.parties.map((party) => party.id)));
      result = editParty(region, subject || undefined, form, taken);
      break;
    }
    case 'overleg':
      if (!overlegOfRegion(region, subject)) return undefined;
      result = editOverleg(region, subject, form);
      break;
    case 'regio':
      result = editRegionDetails(region, form);
      break;
    default:
      return undefined;
  }
  return result.ok ? checkedRegion(directory.config, result.region) : result;
}

/** The diff of a posted change, or its problems; `save` writes it as the next version. */
export async function changeRegion(deps: RegionAdminDeps, beheerder: Beheerder, form: FormFields, save: boolean): Promise<ChangeOutcome> {
  const region = ownRegion(deps.config.directory, beheerder);
  if (!region) return { outcome: 'not-found' };
  const proposed = proposedRegion(deps, region, form);
  if (!proposed) return { outcome: 'not-found' };
  if (!proposed.ok) return { outcome: 'invalid', errors: proposed.errors };
  const changes = regionDiff(region, proposed.region);
  const expected = Number(form.get('versie'));
  // Made against an older version than the one in use: the diff would not be what is saved.
  if (expected !== deps.config.directory.regionVersion(region.id)) return { outcome: 'conflict' };
  if (!save) return { outcome: 'preview', changes };
  if (changes.length === 0) return { outcome: 'saved' };
  return saveVersion(deps, beheerder, proposed.region, changes, expected, 'configuratie-gewijzigd');
}

async function saveVersion(
  deps: RegionAdminDeps,
  beheerder: Beheerder,
  region: Region,
  changes: string[],
  expected: number,
  action: 'configuratie-gewijzigd' | 'versie-teruggezet',
): Promise<ChangeOutcome> {
  const loaded = await deps.regions.load();
  const version: RegionVersion = {
    regionId: region.id,
    version: expected + 1,
    region,
    changedAt: deps.clock.now().toISOString(),
    changedBy: beheerder.userId,
    changes,
  };
  const saved = await deps.regions.save(version, expected, { action, position: loaded.positions[region.id] ?? Object.keys(loaded.positions).length });
  // The beheerder sees their own change at once; the other functions within the cache's TTL.
  deps.configuration.invalidate();
  return saved === 'saved' ? { outcome: 'saved' } : { outcome: 'conflict' };
}

/** An old version as the next one: what it changed then, and the diff against the version in use. */
export async function versionOf(
  deps: RegionAdminDeps,
  beheerder: Beheerder,
  version: number,
): Promise<{ version: RegionVersion; againstCurrent: string[]; currentVersion: number } | undefined> {
  const region = ownRegion(deps.config.directory, beheerder);
  if (!region || !Number.isInteger(version)) return undefined;
  const found = (await deps.regions.versions(region.id)).find((candidate) => candidate.version === version);
  if (!found) return undefined;
  return { version: found, againstCurrent: regionDiff(region, found.region), currentVersion: deps.config.directory.regionVersion(region.id) };
}

export async function restoreVersion(
  deps: RegionAdminDeps,
  beheerder: Beheerder,
  version: number,
  expected: number,
): Promise<ChangeOutcome | { outcome: 'restored'; version: number }> {
  const found = await versionOf(deps, beheerder, version);
  if (!found) return { outcome: 'not-found' };
  if (expected !== found.currentVersion) return { outcome: 'conflict' };
  // The old version must still fit the installation (a party id taken meanwhile by another region).
  const checked = checkedRegion(deps.config.directory.config, found.version.region);
  if (!checked.ok) return { outcome: 'invalid', errors: checked.errors };
  const changes = [beheer.restored(version), ...found.againstCurrent];
  const saved = await saveVersion(deps, beheerder, checked.region, changes, expected, 'versie-teruggezet');
  return saved.outcome === 'saved' ? { outcome: 'restored', version } : saved;
}

export type InviteOutcome =
  { outcome: 'invalid'; errors: FieldError[] } | { outcome: 'invited'; name: string; temporaryPassword: string } | { outcome: 'not-found' };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * A new contact person or FG of a party of the region: an account in the
 * user pool with a temporary password and the party's group, our person
 * record, the audit event and our invitation mail (sign-in link only; the
 * beheerder passes on the password another way). The account is made
 * before the record: a crash between leaves an account without a record,
 * which is refused at sign-in and can be invited again once removed.
 */
export async function invitePerson(deps: RegionAdminDeps, beheerder: Beheerder, form: FormFields): Promise<InviteOutcome> {
  const E = beheer.errors;
  const region = ownRegion(deps.config.directory, beheerder);
  if (!region) return { outcome: 'not-found' };
  const name = form.get('name')?.trim() ?? '';
  const email = form.get('email')?.trim().toLowerCase() ?? '';
  const party = partyOfRegion(region, form.get('party') ?? '');
  const role = form.get('role');
  const errors: FieldError[] = [];
  if (!name) errors.push({ path: 'name', message: E.required(beheer.people.name) });
  if (!EMAIL.test(email)) errors.push({ path: 'email', message: E.email });
  if (!party) errors.push({ path: 'party', message: E.party });
  if (role !== 'contact' && role !== 'fg') errors.push({ path: 'role', message: E.role });
  if (errors.length > 0 || !party || (role !== 'contact' && role !== 'fg')) return { outcome: 'invalid', errors };
  const temporaryPassword = temporaryPasswordOf();
  const created = await deps.identity.createUser({ email, temporaryPassword, group: groupName(role, party.id) });
  if (created.outcome === 'exists') return { outcome: 'invalid', errors: [{ path: 'email', message: E.emailTaken }] };
  const at = deps.clock.now().toISOString();
  const person: Person = {
    personId: created.personId,
    regionId: region.id,
    partyId: party.id,
    role,
    name,
    email,
    status: 'active',
    invitedAt: at,
    invitedBy: beheerder.userId,
  };
  const mail = inRegion(region.id, invitationMail({ to: email, partyName: party.name, role, signInUrl: deps.links.signIn() }));
  await deps.regions.addPerson(person, { at, by: beheerder.userId, action: 'persoon-uitgenodigd', personId: person.personId }, mail);
  deps.configuration.invalidate();
  return { outcome: 'invited', name, temporaryPassword };
}

/**
 * Turns a person of the region off or on: our record at once (the next
 * request of theirs is refused, core/portal-access.ts), then the user pool.
 */
export async function setPersonStatus(deps: RegionAdminDeps, beheerder: Beheerder, personId: string, status: string): Promise<'changed' | 'not-found'> {
  const region = ownRegion(deps.config.directory, beheerder);
  if (!region) return 'not-found';
  // Read from the table, not the cache: the status shown must be the one changed.
  const cached = personOfRegion(deps.config.directory, region, personId);
  const person = cached && (await deps.regions.person(personId));
  if (!person || person.regionId !== region.id || !(personChanges(person) as string[]).includes(status)) return 'not-found';
  const at = deps.clock.now().toISOString();
  if (status === 'removed') {
    if ((await deps.regions.removePerson(person, { at, by: beheerder.userId, action: 'persoon-verwijderd', personId })) === 'conflict') return 'not-found';
    await deps.identity.remove(person.email);
    deps.configuration.invalidate();
    return 'changed';
  }
  const saved = await deps.regions.updatePerson(
    { ...person, status: status as Person['status'] },
    { at, by: beheerder.userId, action: status === 'disabled' ? 'persoon-uitgezet' : 'persoon-aangezet', personId },
  );
  if (saved === 'conflict') return 'not-found';
  await (status === 'disabled' ? deps.identity.disable(person.email) : deps.identity.enable(person.email));
  deps.configuration.invalidate();
  return 'changed';
}

export const MAX_LOGO_BYTES = 200 * 1024;

/** A logo checked by its bytes (PNG or JPEG only: an SVG can carry script), stored by its hash, and set on the region as a new version. */
export async function uploadLogo(
  deps: RegionAdminDeps,
  beheerder: Beheerder,
  upload: { bytes: Uint8Array | undefined; alt: string; expectedVersion: number },
): Promise<{ outcome: 'invalid'; message: string; field: 'logo' | 'logoAlt' } | ChangeOutcome> {
  const E = beheer.errors;
  const region = ownRegion(deps.config.directory, beheerder);
  if (!region) return { outcome: 'not-found' };
  const alt = upload.alt.trim();
  if (!alt) return { outcome: 'invalid', message: E.required(beheer.region.logoAlt), field: 'logoAlt' };
  if (upload.expectedVersion !== deps.config.directory.regionVersion(region.id)) return { outcome: 'conflict' };
  const current = region.theme?.logo;
  // Only the text changed: the same file with its new description.
  if ((!upload.bytes || upload.bytes.byteLength === 0) && current) {
    const next = withLogo(region, current.file, alt);
    return saveVersion(deps, beheerder, next, regionDiff(region, next), upload.expectedVersion, 'configuratie-gewijzigd');
  }
  if (!upload.bytes || upload.bytes.byteLength === 0) return { outcome: 'invalid', message: E.logoMissing, field: 'logo' };
  if (upload.bytes.byteLength > MAX_LOGO_BYTES) return { outcome: 'invalid', message: E.logoSize, field: 'logo' };
  const detected = detectFileType(upload.bytes);
  if (!detected.ok || (detected.fileType !== 'png' && detected.fileType !== 'jpeg')) return { outcome: 'invalid', message: E.logoType, field: 'logo' };
  const extension = detected.fileType === 'png' ? 'png' : 'jpg';
  const file = `logo-${createHash('sha256').update(upload.bytes).digest('hex').slice(0, 16)}.${extension}`;
  await deps.regions.putLogo(region.id, file, detected.fileType === 'png' ? 'image/png' : 'image/jpeg', upload.bytes);
  const next = withLogo(region, file, alt);
  return saveVersion(deps, beheerder, next, regionDiff(region, next), upload.expectedVersion, 'configuratie-gewijzigd');
}

/** 16 characters from an alphabet without look-alikes, with each class the pool's policy asks for. */
function temporaryPasswordOf(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!#%+=?'];
  const all = sets.join('');
  const chars = sets.map((set) => set[randomInt(set.length)]!);
  while (chars.length < 16) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
