import { describe, expect, it } from 'vitest';
import { parseRegionConfig } from '#core/region-config';
import { directory } from '#core/directory';
import { routeRequest, UNKNOWN_OVERLEG } from '#core/routing';
import { expectDutch } from './support/dutch';
import { loadRegionsJson, REGIONS_FILE } from './support/regions';

const dir = directory(parseRegionConfig(loadRegionsJson(), REGIONS_FILE));

function expectError(result: ReturnType<typeof routeRequest>, path: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.map((error) => error.path)).toEqual([path]);
  expectDutch(result.errors[0]!.message);
}

describe('routeRequest with the real configuration', () => {
  it('routes the Thuiszitterstafel to its fixed parties plus the school board, SWV GO coordinating', () => {
    expect(routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'rgo' })).toEqual({
      ok: true,
      routing: {
        regionId: 'goeree-overflakkee',
        casusoverlegId: 'go-thuiszitterstafel',
        variablePartyId: 'rgo',
        coordinatorPartyId: 'swv-go',
        regionVersion: 0,
        toAssign: false,
        parties: [
          { partyId: 'swv-go', coordinator: true },
          { partyId: 'gemeente-goeree-overflakkee', coordinator: false },
          { partyId: 'cjg-rijnmond', coordinator: false },
          { partyId: 'rgo', coordinator: false },
        ],
      },
    });
  });

  it('makes the chosen child-care organisation coordinator of the VOT', () => {
    for (const kinderopvang of ['kibeo', 'kidzeiland', 'kinderopvang-flakkee']) {
      const result = routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-vot', variablePartyId: kinderopvang });
      expect(result).toEqual({
        ok: true,
        routing: {
          regionId: 'goeree-overflakkee',
          casusoverlegId: 'go-vot',
          variablePartyId: kinderopvang,
          coordinatorPartyId: kinderopvang,
          regionVersion: 0,
          toAssign: false,
          parties: [
            { partyId: 'swv-go', coordinator: false },
            { partyId: 'cjg-rijnmond', coordinator: false },
            { partyId: 'gemeente-goeree-overflakkee', coordinator: false },
            { partyId: kinderopvang, coordinator: true },
          ],
        },
      });
    }
  });

  it('makes the chosen school board coordinator of the Team Schoolondersteuning', () => {
    const result = routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-team-schoolondersteuning', variablePartyId: 'kindwijs' });
    expect(result.ok && result.routing.coordinatorPartyId).toBe('kindwijs');
    expect(result.ok && result.routing.parties.filter((party) => party.coordinator)).toEqual([{ partyId: 'kindwijs', coordinator: true }]);
  });

  it('lets the RBL coordinate West-Kennemerland with the home municipality as the variable party', () => {
    expect(routeRequest(dir, { regionId: 'west-kennemerland', casusoverlegId: 'wk-leerplicht-rmc', variablePartyId: 'gemeente-velsen' })).toEqual({
      ok: true,
      routing: {
        regionId: 'west-kennemerland',
        casusoverlegId: 'wk-leerplicht-rmc',
        variablePartyId: 'gemeente-velsen',
        coordinatorPartyId: 'rbl-leerplein',
        regionVersion: 0,
        toAssign: false,
        parties: [
          { partyId: 'rbl-leerplein', coordinator: true },
          { partyId: 'gemeente-velsen', coordinator: false },
        ],
      },
    });
  });

  it('does not offer or accept the RBL (a fixed party) as the variable municipality', () => {
    const choices = dir.variablePartyChoices('west-kennemerland', 'wk-leerplicht-rmc').map((party) => party.id);
    expect(choices).toEqual([
      'gemeente-beverwijk',
      'gemeente-bloemendaal',
      'gemeente-heemskerk',
      'gemeente-heemstede',
      'gemeente-velsen',
      'gemeente-zandvoort',
    ]);
    expectError(routeRequest(dir, { regionId: 'west-kennemerland', casusoverlegId: 'wk-leerplicht-rmc', variablePartyId: 'rbl-leerplein' }), 'variablePartyId');
  });

  it('routes Midden-Gelre without a variable party, RBL coordinating', () => {
    expect(dir.variablePartyChoices('midden-gelre', 'mg-thuiszitters-uitwisseling')).toEqual([]);
    expect(routeRequest(dir, { regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling' })).toEqual({
      ok: true,
      routing: {
        regionId: 'midden-gelre',
        casusoverlegId: 'mg-thuiszitters-uitwisseling',
        variablePartyId: null,
        coordinatorPartyId: 'rbl-midden-gelre',
        regionVersion: 0,
        toAssign: false,
        parties: [
          { partyId: 'rbl-midden-gelre', coordinator: true },
          { partyId: 'passend-wijs', coordinator: false },
          { partyId: 'de-verbinding', coordinator: false },
          { partyId: 'de-liemers', coordinator: false },
        ],
      },
    });
  });

  it('refuses a variable party where the casusoverleg has none', () => {
    expectError(
      routeRequest(dir, { regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling', variablePartyId: 'passend-wijs' }),
      'variablePartyId',
    );
    expectError(routeRequest(dir, { regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling', variablePartyId: 'rgo' }), 'variablePartyId');
  });

  it('refuses an unknown region', () => {
    expectError(routeRequest(dir, { regionId: 'utrecht', casusoverlegId: 'go-vot', variablePartyId: 'kibeo' }), 'regionId');
    expectError(routeRequest(dir, { regionId: '', casusoverlegId: 'go-vot' }), 'regionId');
  });

  it('refuses an unknown casusoverleg, or one of another region, naming the region', () => {
    const unknown = routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-onbekend', variablePartyId: 'rgo' });
    expectError(unknown, 'casusoverlegId');
    expect(!unknown.ok && unknown.errors[0]!.message).toContain('Goeree-Overflakkee');
    expectError(routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'mg-thuiszitters-uitwisseling' }), 'casusoverlegId');
    expectError(routeRequest(dir, { regionId: 'west-kennemerland', casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'rgo' }), 'casusoverlegId');
  });

  it('sends a request whose overleg or school the requester does not know to the central contact point alone, keeping the overleg chosen', () => {
    const unknown = routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: UNKNOWN_OVERLEG });
    expect(unknown).toEqual({
      ok: true,
      routing: {
        regionId: 'goeree-overflakkee',
        casusoverlegId: UNKNOWN_OVERLEG,
        variablePartyId: null,
        coordinatorPartyId: 'swv-go',
        parties: [{ partyId: 'swv-go', coordinator: true }],
        regionVersion: 0,
        toAssign: true,
      },
    });
    const noSchool = routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel' });
    expect(noSchool.ok && [noSchool.routing.toAssign, noSchool.routing.casusoverlegId, noSchool.routing.coordinatorPartyId]).toEqual([
      true,
      'go-thuiszitterstafel',
      'swv-go',
    ]);
    // The central contact point's own choice must be complete.
    expectError(routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel' }, { assigning: true }), 'variablePartyId');
    expectError(routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: UNKNOWN_OVERLEG }, { assigning: true }), 'casusoverlegId');
  });

  it('refuses a variable party of the wrong type, a fixed party, an unknown one, or one of another region', () => {
    const base = { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel' };
    expectError(routeRequest(dir, base, { assigning: true }), 'variablePartyId');
    expectError(routeRequest(dir, { ...base, variablePartyId: 'kibeo' }), 'variablePartyId'); // kinderopvang in a schoolbestuur slot
    expectError(routeRequest(dir, { ...base, variablePartyId: 'kwadraad' }), 'variablePartyId'); // jeugdhulp
    expectError(routeRequest(dir, { ...base, variablePartyId: 'swv-go' }), 'variablePartyId'); // already a fixed party
    expectError(routeRequest(dir, { ...base, variablePartyId: 'school-bestaat-niet' }), 'variablePartyId');
    expectError(routeRequest(dir, { ...base, variablePartyId: 'andreas-college' }), 'variablePartyId'); // a school board of Duin- en Bollenstreek
    expectError(routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-vot', variablePartyId: 'rgo' }), 'variablePartyId'); // a school board in a kinderopvang slot
  });

  it('names the kind of organisation to choose', () => {
    const school = routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel', variablePartyId: 'kibeo' });
    expect(!school.ok && school.errors[0]!.message).toMatch(/schoolbestuur/);
    const opvang = routeRequest(dir, { regionId: 'goeree-overflakkee', casusoverlegId: 'go-vot' }, { assigning: true });
    expect(!opvang.ok && opvang.errors[0]!.message).toMatch(/kinderopvang/);
    const gemeente = routeRequest(dir, { regionId: 'west-kennemerland', casusoverlegId: 'wk-leerplicht-rmc' }, { assigning: true });
    expect(!gemeente.ok && gemeente.errors[0]!.message).toMatch(/gemeente/);
  });

  it('routes every casusoverleg of the configuration with every party the requester may choose', () => {
    let routed = 0;
    for (const region of dir.config.regions) {
      for (const overleg of region.casusoverleggen) {
        const choices = overleg.variableParty ? dir.variablePartyChoices(region.id, overleg.id).map((party) => party.id) : [undefined];
        expect(choices.length).toBeGreaterThan(0);
        for (const variablePartyId of choices) {
          const result = routeRequest(dir, { regionId: region.id, casusoverlegId: overleg.id, variablePartyId });
          expect(result.ok).toBe(true);
          if (!result.ok) continue;
          const ids = result.routing.parties.map((party) => party.partyId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids).toEqual(variablePartyId ? [...overleg.parties, variablePartyId] : overleg.parties);
          expect(result.routing.parties.filter((party) => party.coordinator).map((party) => party.partyId)).toEqual([result.routing.coordinatorPartyId]);
          for (const id of ids) expect(region.parties.some((party) => party.id === id)).toBe(true);
          routed++;
        }
      }
    }
    expect(routed).toBeGreaterThan(20);
  });
});
