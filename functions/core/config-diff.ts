import { beheer } from '#texts/nl/beheer';
import type { Region } from './region-config';

/**
 * What changes between two versions of a region, one line per setting, in
 * the words of the beheer forms: shown before a change is saved, kept with
 * the version, and shown again when an old version is viewed or restored.
 */
export function regionDiff(before: Region, after: Region): string[] {
  const old = settingsOf(before);
  const next = settingsOf(after);
  const d = beheer.diff;
  const lines: string[] = [];
  // In the order of the new version (a new party beside the others), then what it no longer has; named as now.
  const keys = new Set([...next.labels.keys(), ...old.labels.keys()]);
  for (const key of keys) {
    const label = next.labels.get(key) ?? old.labels.get(key)!;
    const was = old.values.get(key);
    const now = next.values.get(key);
    if (was === now) continue;
    if (was === undefined) lines.push(d.added(label, now!));
    else if (now === undefined) lines.push(d.removed(label, was));
    else lines.push(d.changed(label, was || d.empty, now || d.empty));
  }
  return lines;
}

/** Every setting of a region as a labelled text value; keys are stable ids, labels use the current names. */
function settingsOf(region: Region): { values: Map<string, string>; labels: Map<string, string> } {
  const values = new Map<string, string>();
  const labels = new Map<string, string>();
  const names = new Map(region.parties.map((party) => [party.id, party.name]));
  const set = (key: string, label: string, value: string | undefined) => {
    labels.set(key, label);
    if (value !== undefined) values.set(key, value);
  };
  const t = beheer;
  for (const party of region.parties) {
    const at = (field: string) => `party:${party.id}:${field}`;
    const label = (what: string) => `${party.name}: ${what.replace(/ \(optioneel\)$/, '').toLowerCase()}`;
    set(`party:${party.id}`, t.home.parties.replace(/s$/, ''), party.name);
    set(at('type'), label(t.party.type), t.party.types[party.type]);
    set(at('publicBody'), label(t.party.publicBody.replace('?', '')), party.publicBody === undefined ? undefined : party.publicBody ? 'ja' : 'nee');
    set(at('address'), label(t.party.address), party.address);
    set(at('contact'), label(t.party.contact), party.contact);
    set(at('fg'), label(t.party.fg), party.fg);
  }
  for (const overleg of region.casusoverleggen) {
    const at = (field: string) => `overleg:${overleg.id}:${field}`;
    const label = (what: string) => `${overleg.name}: ${what.toLowerCase()}`;
    set(at('name'), `Overleg ${overleg.id}: naam`, overleg.name);
    set(at('description'), label(t.overleg.description), overleg.description);
    set(at('parties'), label(t.overleg.parties), overleg.parties.map((id) => names.get(id) ?? id).join(', '));
    set(at('variableParty'), label(t.overleg.variableParty.replace('?', '')), overleg.variableParty ? t.party.types[overleg.variableParty] : undefined);
    set(
      at('coordinator'),
      label(t.overleg.coordinator.replace('?', '')),
      overleg.coordinator === 'variable' ? t.overleg.coordinatorVariable : (names.get(overleg.coordinator) ?? overleg.coordinator),
    );
  }
  const about = region.about;
  const r = t.region;
  const detail = (field: keyof NonNullable<Region['about']>, label: string) => set(`about:${field}`, label.replace(/ \(optioneel\)$/, ''), about?.[field]);
  detail('serviceName', r.serviceName);
  detail('organisation', r.organisation);
  detail('phone', r.phone);
  detail('email', r.email);
  detail('address', r.address);
  detail('openingHours', r.openingHours);
  detail('privacyStatementUrl', r.privacyStatementUrl);
  detail('accessibilityStatementUrl', r.accessibilityStatementUrl);
  set('theme:primary', r.primary, region.theme?.primary);
  set('theme:font', r.font, region.theme?.font ? r.fonts[region.theme.font] : undefined);
  set('theme:logo', r.currentLogo.replace('Het huidige l', 'L'), region.theme?.logo?.file);
  set('theme:logoAlt', r.logoAlt, region.theme?.logo?.alt);
  set('municipalities', r.municipalities, region.municipalities?.join(', '));
  set('schools', r.schools, region.schools?.map((school) => `${school.name} (${school.place}, ${names.get(school.board) ?? school.board})`).join('; '));
  set('centralContact', r.centralContact, region.centralContact ? (names.get(region.centralContact) ?? region.centralContact) : undefined);
  return { values, labels };
}
