import { describe, expect, it } from 'vitest';
import { configurationSource } from '#adapters/configuration-source';
import type { LoadedConfiguration } from '#adapters/region-store';
import { regionDiff } from '#core/config-diff';
import { directory } from '#core/directory';
import { isAway, partyMailboxes, type Person } from '#core/people';
import { admission } from '#core/portal-access';
import { ownRegion, personOfRegion, regionOverview } from '#core/region-admin';
import { parseRegionConfig, type Region } from '#core/region-config';
import { checkedRegion, editOverleg, editParty, editRegionDetails, idFromName } from '#core/region-edit';
import { parseRegionFile, regionLogoFile, regionStylesheetFile } from '#core/region-files';
import { contrastProblem, themeStylesheet } from '#core/theme';
import { loadRegionsJson, REGIONS_FILE } from './support/regions';

const config = () => parseRegionConfig(loadRegionsJson(), REGIONS_FILE);
const goeree = (): Region => config().regions.find((region) => region.id === 'goeree-overflakkee')!;
const form = (fields: Record<string, string | string[]>) => ({
  get: (name: string) => {
    const value = fields[name];
    return value === undefined ? null : Array.isArray(value) ? (value[0] ?? null) : value;
  },
  getAll: (name: string) => [fields[name] ?? []].flat(),
});
const person = (overrides: Partial<Person>): Person => ({
  personId: 'p1',
  regionId: 'goeree-overflakkee',
  partyId: 'kindwijs',
  role: 'contact',
  name: 'Anna',
  email: 'anna@kindwijs.example',
  status: 'active',
  invitedAt: '2026-12-01T09:00:00.000Z',
  invitedBy: 'seed',
  ...overrides,
});

describe('where a party mail goes', () => {
  const party = { id: 'kindwijs' };
  it('to the shared mailbox when the party set one, else to each active contact of the party', () => {
    const people = [
      person({}),
      person({ personId: 'p2', email: 'bram@kindwijs.example' }),
      person({ personId: 'p3', email: 'weg@kindwijs.example', status: 'disabled' }),
      person({ personId: 'p4', email: 'fg@kindwijs.example', role: 'fg' }),
      person({ personId: 'p5', partyId: 'rgo', email: 'ander@rgo.example' }),
    ];
    expect(partyMailboxes({ ...party, contact: 'privacy@kindwijs.example' }, 'contact', people, '2026-12-07')).toEqual(['privacy@kindwijs.example']);
    expect(partyMailboxes(party, 'contact', people, '2026-12-07')).toEqual(['anna@kindwijs.example', 'bram@kindwijs.example']);
    expect(partyMailboxes(party, 'fg', people, '2026-12-07')).toEqual(['fg@kindwijs.example']);
    expect(partyMailboxes({ id: 'nobody' }, 'contact', people, '2026-12-07')).toEqual([]);
  });

  it('to the deputy while a contact is away, both days included, and to the contact again afterwards', () => {
    const away = person({ deputy: { personId: 'p2', from: '2026-12-21', until: '2027-01-03' } });
    const deputy = person({ personId: 'p2', email: 'bram@kindwijs.example', role: 'fg' });
    expect(isAway(away, '2026-12-20')).toBe(false);
    expect(partyMailboxes(party, 'contact', [away, deputy], '2026-12-21')).toEqual(['bram@kindwijs.example']);
    expect(partyMailboxes(party, 'contact', [away, deputy], '2027-01-03')).toEqual(['bram@kindwijs.example']);
    expect(partyMailboxes(party, 'contact', [away, deputy], '2027-01-04')).toEqual(['anna@kindwijs.example']);
  });
});

describe('admission of a session by our person record', () => {
  const regionOf = (partyId: string) => (partyId === 'kindwijs' ? 'goeree-overflakkee' : undefined);
  it('admits the person the group names, refuses a disabled one and one without a record', () => {
    const signedIn = { userId: 'p1', role: 'contact' as const, partyId: 'kindwijs' };
    expect(admission(signedIn, person({}), regionOf)).toBe('admitted');
    expect(admission(signedIn, person({ status: 'disabled' }), regionOf)).toBe('disabled');
    expect(admission(signedIn, undefined, regionOf)).toBe('unknown');
  });

  it('refuses a group that does not match the record: another party, another role', () => {
    expect(admission({ userId: 'p1', role: 'contact', partyId: 'rgo' }, person({}), regionOf)).toBe('unknown');
    expect(admission({ userId: 'p1', role: 'fg', partyId: 'kindwijs' }, person({}), regionOf)).toBe('unknown');
  });

  it("admits an operator-made beheerder by the group, but one with a record only in that record's region", () => {
    expect(admission({ userId: 'b1', role: 'beheer', regionId: 'midden-gelre' }, undefined, regionOf)).toBe('admitted');
    const record = person({ personId: 'b1', role: 'beheer', partyId: undefined, regionId: 'goeree-overflakkee' });
    expect(admission({ userId: 'b1', role: 'beheer', regionId: 'midden-gelre' }, record, regionOf)).toBe('unknown');
    expect(admission({ userId: 'b1', role: 'beheer', regionId: 'goeree-overflakkee' }, { ...record, status: 'disabled' }, regionOf)).toBe('disabled');
  });
});

describe('a beheerder sees their own region only', () => {
  const people = [person({}), person({ personId: 'mg', regionId: 'midden-gelre', partyId: 'passend-wijs' })];
  const dir = directory(config(), people, { 'goeree-overflakkee': 3 });
  it('finds their region, and a person of another region not at all', () => {
    const region = ownRegion(dir, { regionId: 'goeree-overflakkee' })!;
    expect(region.name).toBe('Goeree-Overflakkee');
    expect(personOfRegion(dir, region, 'p1')?.name).toBe('Anna');
    expect(personOfRegion(dir, region, 'mg')).toBeUndefined();
    expect(ownRegion(dir, { regionId: 'elders' })).toBeUndefined();
  });

  it('shows where each party mail goes and the version in use', () => {
    const overview = regionOverview(dir, ownRegion(dir, { regionId: 'goeree-overflakkee' })!, '2026-12-07');
    expect(overview.version).toBe(3);
    expect(overview.parties.find((part) => part.party.id === 'kindwijs')).toMatchObject({ mailTo: ['privacy@kindwijs.example'], people: 1 });
  });
});

describe('beheer edits', () => {
  it('adds a party with an id from its name, unique over the installation', () => {
    expect(idFromName('Stichting Éénheid & Co', new Set())).toBe('stichting-eenheid-co');
    expect(idFromName('RGO', new Set(['rgo']))).toBe('rgo-2');
    const result = editParty(goeree(), undefined, form({ name: 'Stichting De Linde', type: 'schoolbestuur', publicBody: 'ja' }), new Set());
    if (!result.ok) throw new Error('refused');
    expect(result.region.parties.at(-1)).toEqual({ id: 'stichting-de-linde', name: 'Stichting De Linde', type: 'schoolbestuur', publicBody: true });
  });

  it('keeps what a party does apart from its name', () => {
    const result = editParty(
      goeree(),
      'cjg-rijnmond',
      form({ name: 'Stichting CJG Rijnmond', description: 'jeugdgezondheidszorg en opvoedhulp', type: 'jeugdhulp' }),
      new Set(),
    );
    if (!result.ok) throw new Error('refused');
    expect(result.region.parties.find((party) => party.id === 'cjg-rijnmond')).toMatchObject({
      name: 'Stichting CJG Rijnmond',
      description: 'jeugdgezondheidszorg en opvoedhulp',
    });
  });

  it('refuses a party in Dutch per field: no name, an unknown type, a name taken, a bad mailbox', () => {
    const result = editParty(goeree(), undefined, form({ name: 'stichting kibeo', type: 'ziekenhuis', contact: 'geen-adres' }), new Set());
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.message])).toEqual([
      ['type', 'Kies de soort organisatie'],
      ['name', 'Er is al een organisatie met deze naam'],
      ['contact', 'Vul een mailadres in zoals naam@organisatie.nl'],
    ]);
  });

  it("changes an overleg's parties and coordinator, and refuses a coordinator outside it", () => {
    const fields = { name: 'Thuiszitterstafel', description: 'Uitleg', parties: ['swv-go', 'kindwijs'], variableParty: 'schoolbestuur', coordinator: 'swv-go' };
    const result = editOverleg(goeree(), 'go-thuiszitterstafel', form(fields));
    if (!result.ok) throw new Error('refused');
    expect(result.region.casusoverleggen[0]).toMatchObject({ parties: ['swv-go', 'kindwijs'], coordinator: 'swv-go' });
    const refused = editOverleg(goeree(), 'go-thuiszitterstafel', form({ ...fields, coordinator: 'rgo' }));
    expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual(['coordinator']);
  });

  it('refuses a brand colour that fails WCAG AA and a school of an unknown board', () => {
    const result = editRegionDetails(
      goeree(),
      form({ serviceName: 'Loket', organisation: 'SWV', primary: '#ffdd00', schools: 'De Linde; Middelharnis; Onbekend' }),
    );
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'Witte letters op deze kleur zijn slecht leesbaar: het contrast is 1,34 : 1. Kies een donkerdere kleur (minstens 4,5 : 1).',
      'Regel 1: Onbekend is geen schoolbestuur van deze regio',
    ]);
  });

  it('checks the whole installation with the schema of config/regions.json: a party id of another region is refused', () => {
    const region = goeree();
    const taken = { ...region, parties: [...region.parties, { id: 'passend-wijs', name: 'Dubbel', type: 'schoolbestuur' as const }] };
    const checked = checkedRegion(config(), taken);
    expect(checked.ok ? [] : checked.errors.map((error) => error.message)).toEqual(['Deze instelling kan niet: duplicate party id "passend-wijs"']);
  });

  it('shows a change as lines in the words of the forms', () => {
    const before = goeree();
    const after: Region = {
      ...before,
      parties: [...before.parties.map((party) => (party.id === 'kibeo' ? { ...party, name: 'Kibeo' } : party)), { id: 'x', name: 'X', type: 'schoolbestuur' }],
      about: { ...before.about!, phone: '0187 000 111' },
    };
    expect(regionDiff(before, after)).toEqual([
      'Organisatie: Stichting Kibeo wordt Kibeo',
      'Organisatie: X (nieuw)',
      'X: soort organisatie: Schoolbestuur (nieuw)',
      'Telefoonnummer: 0187 123 456 wordt 0187 000 111',
    ]);
    expect(regionDiff(before, before)).toEqual([]);
  });
});

describe('the region theme', () => {
  it('is only custom properties, from one colour that passes AA against white', () => {
    expect(contrastProblem('#1b5497')).toBeUndefined();
    expect(contrastProblem('#767676')).toBeUndefined();
    expect(contrastProblem('#777777')).toEqual({ ratio: 4.47 });
    const css = themeStylesheet({ primary: '#7a1e5a', font: 'system' });
    expect(css).toMatch(/^\.avg-theme\{[^{}]+\}\n$/);
    expect(css).toContain('--avg-brand-500:#7a1e5a');
    // The shared palette's own colour keeps its own shades, exactly.
    expect(themeStylesheet({ primary: '#1b5497' })).toContain('--avg-brand-600:#143f72');
    expect(css).toContain('--basis-text-font-family-default:system-ui');
  });

  it('serves its files under names that carry the version or the content hash, and nothing else', () => {
    expect(parseRegionFile(regionStylesheetFile('goeree-overflakkee', 7))).toEqual({ regionId: 'goeree-overflakkee', stylesheetVersion: 7 });
    expect(parseRegionFile(regionLogoFile('goeree-overflakkee', 'logo-0123456789abcdef.png'))).toEqual({
      regionId: 'goeree-overflakkee',
      logo: 'logo-0123456789abcdef.png',
    });
    for (const file of ['goeree-overflakkee.css', '.v1.css', 'x.logo-123.png', 'x.logo-0123456789abcdef.svg', 'x.v1.css.map'])
      expect(parseRegionFile(file), file).toBeUndefined();
  });
});

describe('the configuration cache', () => {
  const loaded = (regions = config().regions): LoadedConfiguration => ({
    config: { regions },
    people: [],
    versions: { 'goeree-overflakkee': 1 },
    positions: {},
  });

  it('reads the table once per TTL, and again at once after invalidate', async () => {
    let reads = 0;
    let now = 0;
    const source = configurationSource(
      async () => (reads++, loaded()),
      1000,
      () => now,
    );
    await Promise.all([source.current(), source.current()]);
    expect(reads).toBe(1);
    now = 999;
    await source.current();
    expect(reads).toBe(1);
    now = 1000;
    await source.current();
    expect(reads).toBe(2);
    source.invalidate();
    await source.current();
    expect(reads).toBe(3);
  });

  it('keeps the previous copy when a read fails, and fails when there is none', async () => {
    let fail = false;
    let now = 0;
    const source = configurationSource(
      async () => {
        if (fail) throw Object.assign(new Error('down'), { name: 'ServiceUnavailable' });
        return loaded();
      },
      1000,
      () => now,
    );
    const first = await source.current();
    fail = true;
    now = 5000;
    expect(await source.current()).toBe(first);
    await expect(configurationSource(() => Promise.reject(new Error('down')), 1000).current()).rejects.toThrow('down');
    await expect(configurationSource(async () => loaded([]), 1000).current()).rejects.toThrow('no region configuration');
  });
});
