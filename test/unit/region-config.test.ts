import { describe, expect, it } from 'vitest';
import { parseRegionConfig, RegionConfigError } from '#core/region-config';
import { directory } from '#core/directory';
import { loadRegionsJson, REGIONS_FILE } from './support/regions';

const FILE = 'config/regions.json';

/** Parses `json` and returns the RegionConfigError it must throw. */
function problemsOf(json: unknown): RegionConfigError {
  try {
    parseRegionConfig(json, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(RegionConfigError);
    return error as RegionConfigError;
  }
  throw new Error('expected parseRegionConfig to throw');
}

function expectProblem(error: RegionConfigError, path: string, message: RegExp): void {
  expect(error.problems).toContainEqual({ path, message: expect.stringMatching(message) });
  // The message names the file, the path inside it and what is wrong.
  expect(error.message).toContain(FILE);
  const line = error.message.split('\n').find((candidate) => candidate.includes(`at ${path}:`));
  expect(line, `a line for ${path} in:\n${error.message}`).toBeDefined();
  expect(line).toMatch(message);
}

describe('parseRegionConfig on the real configuration', () => {
  it('parses config/regions.json', () => {
    const config = parseRegionConfig(loadRegionsJson(), REGIONS_FILE);
    expect(config.regions.map((region) => region.id)).toEqual(['goeree-overflakkee', 'duin-en-bollenstreek', 'midden-gelre', 'west-kennemerland']);
    const dir = directory(config);
    expect(dir.party('swv-go')?.type).toBe('samenwerkingsverband');
    expect(dir.casusoverleg('goeree-overflakkee', 'go-vot')?.coordinator).toBe('variable');
    expect(dir.casusoverleg('midden-gelre', 'go-vot')).toBeUndefined();
  });
});

describe('parseRegionConfig on broken copies', () => {
  it('names an unknown party reference', () => {
    const json = loadRegionsJson();
    json.regions[0].casusoverleggen[1].parties[0] = 'swv-onbekend';
    // keep the coordinator valid so only the reference is wrong
    json.regions[0].casusoverleggen[1].coordinator = 'cjg-rijnmond';
    const error = problemsOf(json);
    expectProblem(error, 'regions[0].casusoverleggen[1].parties[0]', /unknown party "swv-onbekend"/);
    expect(error.problems).toHaveLength(1);
  });

  it('refuses a party of another region in a casusoverleg', () => {
    const json = loadRegionsJson();
    json.regions[2].casusoverleggen[0].parties.push('swv-go');
    expectProblem(problemsOf(json), 'regions[2].casusoverleggen[0].parties[4]', /unknown party "swv-go" in region "midden-gelre"/);
  });

  it('names a coordinator that is not among the parties', () => {
    const json = loadRegionsJson();
    json.regions[0].casusoverleggen[1].coordinator = 'kwadraad'; // in the region, not in this overleg
    const error = problemsOf(json);
    expectProblem(error, 'regions[0].casusoverleggen[1].coordinator', /coordinator "kwadraad" is not one of/);
    expect(error.problems).toHaveLength(1);
  });

  it('names a duplicate party id within a region', () => {
    const json = loadRegionsJson();
    json.regions[0].parties.push({ ...json.regions[0].parties[1] });
    const error = problemsOf(json);
    expectProblem(error, 'regions[0].parties[12].id', /duplicate party id "swv-go"/);
    expect(error.problems).toHaveLength(1);
  });

  it('names a duplicate party id across regions (party ids are global)', () => {
    const json = loadRegionsJson();
    json.regions[3].parties.push({ ...json.regions[0].parties[0] });
    expectProblem(problemsOf(json), 'regions[3].parties[7].id', /duplicate party id "gemeente-goeree-overflakkee"/);
  });

  it('names a party listed twice in one casusoverleg (it would get two tasks for one request)', () => {
    const json = loadRegionsJson();
    json.regions[2].casusoverleggen[0].parties.push('passend-wijs');
    expectProblem(problemsOf(json), 'regions[2].casusoverleggen[0].parties[4]', /passend-wijs/);
  });

  it('names duplicate casusoverleg and region ids', () => {
    const json = loadRegionsJson();
    json.regions[1].casusoverleggen[0].id = 'go-vot';
    expectProblem(problemsOf(json), 'regions[1].casusoverleggen[0].id', /duplicate casusoverleg id "go-vot"/);

    const twice = loadRegionsJson();
    twice.regions[3].id = 'midden-gelre';
    expectProblem(problemsOf(twice), 'regions[3].id', /duplicate region id "midden-gelre"/);
  });

  it.each([
    ['regions[0].about.serviceName', (json: any) => delete json.regions[0].about.serviceName],
    ['regions[0].parties[2].name', (json: any) => delete json.regions[0].parties[2].name],
    ['regions[1].casusoverleggen[0].coordinator', (json: any) => delete json.regions[1].casusoverleggen[0].coordinator],
    ['regions[3].casusoverleggen[0].description', (json: any) => delete json.regions[3].casusoverleggen[0].description],
    ['regions[2].parties', (json: any) => delete json.regions[2].parties],
  ])('names a missing required field at %s', (path, breakIt) => {
    const json = loadRegionsJson();
    breakIt(json);
    const error = problemsOf(json);
    expect(error.problems.map((problem) => problem.path)).toContain(path);
    expect(error.message).toContain(`at ${path}:`);
  });

  it.each([
    ['regions[2].parties[1].fg', (json: any) => (json.regions[2].parties[1].fg = 'geen-mailadres')],
    ['regions[0].parties[0].contact', (json: any) => (json.regions[0].parties[0].contact = 'avg@')],
  ])('names an invalid e-mail address at %s', (path, breakIt) => {
    const json = loadRegionsJson();
    breakIt(json);
    expectProblem(problemsOf(json), path, /e-?mail/i);
  });

  it("names a 'variable' coordinator without a variableParty", () => {
    const json = loadRegionsJson();
    json.regions[2].casusoverleggen[0].coordinator = 'variable'; // Midden-Gelre has no variable party
    const error = problemsOf(json);
    expectProblem(error, 'regions[2].casusoverleggen[0].coordinator', /variableParty/);
    expect(error.problems).toHaveLength(1);
  });

  it('names a brand colour on which white text fails WCAG AA, with the ratio it has', () => {
    const json = loadRegionsJson();
    json.regions[0].theme.primary = '#ffdd00';
    expectProblem(problemsOf(json), 'regions[0].theme.primary', /contrast of 1\.34:1; WCAG AA asks at least 4\.5:1/);
  });

  it('names a school whose board is not a schoolbestuur of the region, and an unknown central contact point', () => {
    const json = loadRegionsJson();
    json.regions[0].schools[0].board = 'cjg-rijnmond';
    json.regions[1].centralContact = 'swv-go';
    const error = problemsOf(json);
    expectProblem(error, 'regions[0].schools[0].board', /not a schoolbestuur of region "goeree-overflakkee"/);
    expectProblem(error, 'regions[1].centralContact', /unknown party "swv-go"/);
  });

  it('accepts a party without shared mailboxes: its mail goes to its people', () => {
    const json = loadRegionsJson();
    delete json.regions[0].parties[2].contact;
    delete json.regions[0].parties[2].fg;
    expect(parseRegionConfig(json, 'regions.json').regions[0]!.parties[2]!.contact).toBeUndefined();
  });

  it('names a variableParty type for which the region has no other party', () => {
    const json = loadRegionsJson();
    json.regions[2].casusoverleggen[0].variableParty = 'samenwerkingsverband'; // all three SWVs already take part
    expectProblem(problemsOf(json), 'regions[2].casusoverleggen[0].variableParty', /no other party of type "samenwerkingsverband"/);
  });

  it('names an id that is not a lowercase id, an unknown party type and an unknown field', () => {
    const json = loadRegionsJson();
    json.regions[0].parties[1].id = 'SWV GO';
    json.regions[0].parties[2].type = 'ziekenhuis';
    json.regions[0].parties[3].telefoon = '010-1234567';
    const error = problemsOf(json);
    const paths = error.problems.map((problem) => problem.path);
    expect(paths).toContain('regions[0].parties[1].id');
    expect(paths).toContain('regions[0].parties[2].type');
    expect(paths).toContain('regions[0].parties[3]');
    expect(error.problems.find((problem) => problem.path === 'regions[0].parties[3]')?.message).toMatch(/telefoon/);
  });

  it('refuses an empty or non-object configuration, naming the file', () => {
    expectProblem(problemsOf({ regions: [] }), 'regions', /./);
    const root = problemsOf(null);
    expect(root.file).toBe(FILE);
    expect(root.message).toContain(FILE);
    expect(root.message).toContain('(root)');
  });

  it('is a RegionConfigError carrying the file and the problems', () => {
    const json = loadRegionsJson();
    json.regions[0].casusoverleggen[1].coordinator = 'kwadraad';
    const error = problemsOf(json);
    expect(error.name).toBe('RegionConfigError');
    expect(error.file).toBe(FILE);
    expect(error).toBeInstanceOf(Error);
    expect(error.message.startsWith(`Invalid region configuration in ${FILE}`)).toBe(true);
  });
});
