import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test-support/local-app';

/**
 * 10,000 generated invalid payloads against the real JSON API: every one gets
 * a 4xx with Dutch errors, and none stores a request or sends a mail.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.stop());

const FUZZ_DOMAIN = 'fuzz.example';
const valid = () => ({
  regionId: 'goeree-overflakkee',
  casusoverlegId: 'go-thuiszitterstafel',
  variablePartyId: 'rgo',
  types: ['inzage'],
  requester: { role: 'ouder', name: 'Fuzz Ouder', email: `ouder@${FUZZ_DOMAIN}` },
  child: { name: 'Fuzz Kind', dateOfBirth: '2014-06-01' },
  details: 'Alle gegevens.',
});

/** Paths into the payload, each with values that are certainly wrong there. */
const wrongValues: Array<[string[], fc.Arbitrary<unknown>]> = [
  [
    ['regionId'],
    fc.oneof(
      fc.constant(''),
      fc.integer(),
      fc.constant(null),
      fc
        .string()
        .filter((s) => !['goeree-overflakkee'].includes(s))
        .map((s) => `x-${s}`),
    ),
  ],
  [
    ['casusoverlegId'],
    fc.oneof(
      fc.constant(''),
      fc.boolean(),
      fc.string().map((s) => `onbekend-${s}`),
    ),
  ],
  [
    ['variablePartyId'],
    fc.oneof(
      fc.constant('kibeo'),
      fc.constant('swv-go'),
      fc.integer(),
      fc.string().map((s) => `school-${s}`),
    ),
  ],
  [
    ['types'],
    fc.oneof(
      fc.constant([]),
      fc.constant('inzage'),
      fc.array(
        fc.string().filter((s) => !['inzage', 'rectificatie', 'verwijdering', 'beperking', 'bezwaar'].includes(s)),
        { minLength: 1 },
      ),
      fc.constant(['inzage', 'inzage']),
    ),
  ],
  [['requester'], fc.oneof(fc.constant(null), fc.constant('ouder'), fc.array(fc.integer()))],
  [['requester', 'role'], fc.oneof(fc.constant('opa'), fc.constant(''), fc.integer(), fc.constant(null))],
  [['requester', 'name'], fc.oneof(fc.constant(''), fc.constant('   '), fc.constant('x'.repeat(201)), fc.integer())],
  [
    ['requester', 'email'],
    fc.oneof(
      fc.constant(''),
      fc.constant('geen-adres'),
      fc.string().filter((s) => !s.includes('@')),
      fc.constant(`a@b@${FUZZ_DOMAIN}`),
    ),
  ],
  [['requester', 'phone'], fc.oneof(fc.constant('bel mij'), fc.constant('12'), fc.integer(), fc.constant('+'.repeat(30)))],
  [['child'], fc.oneof(fc.constant(null), fc.constant([]), fc.string())],
  [['child', 'name'], fc.oneof(fc.constant(''), fc.constant('\t\n'), fc.constant(7))],
  [
    ['child', 'dateOfBirth'],
    fc.oneof(
      fc.constant('2014-02-30'),
      fc.constant('01-06-2014'),
      fc.constant('2099-01-01'),
      fc.constant('1990-01-01'),
      fc.integer(),
      fc.string().map((s) => `d${s}`),
    ),
  ],
  [['details'], fc.oneof(fc.constant(''), fc.constant(' '), fc.constant('x'.repeat(5001)), fc.constant(null))],
  // undefined would vanish in JSON.stringify and leave a valid payload.
  [['onbekendVeld'], fc.anything().filter((value) => value !== undefined)],
];

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) return;
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** A valid payload with one to three certainly-wrong fields, one required field removed, or no object at all. */
const invalidBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(fc.constantFrom(...wrongValues.keys()), { minLength: 1, maxLength: 3 }).chain((picks) =>
      fc.tuple(...picks.map((i) => wrongValues[i]![1])).map((values) => {
        const body = valid() as Record<string, unknown>;
        picks.forEach((i, n) => setPath(body, wrongValues[i]![0], values[n]));
        return JSON.stringify(body);
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('regionId', 'casusoverlegId', 'types', 'requester', 'child', 'details').map((key) => {
      const body = valid() as Record<string, unknown>;
      delete body[key];
      return JSON.stringify(body);
    }),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constant('null'),
      fc.constant('[]'),
      fc.json().filter((text) => !text.startsWith('{')),
      fc.string().map((s) => `{${s}`),
    ),
  },
);

describe('fuzzing the JSON API', () => {
  it('answers 10,000 invalid payloads with 4xx only, storing and sending nothing', async () => {
    const stored = async () => (await app.items()).length;
    const before = await stored();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(invalidBody, async (body) => {
        const response = await fetch(`${app.baseUrl}/api/verzoeken`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        const answer = (await response.json()) as { errors: Array<{ path: string; message: string }> };
        expect(answer.errors.length).toBeGreaterThan(0);
        for (const error of answer.errors) expect(error.message).not.toMatch(/expected|invalid input|required/i);
      }),
      { numRuns: 10_000 },
    );
    expect(await stored()).toBe(before);
    expect((await app.mails({})).filter((mail) => mail.to.some((to) => to.endsWith(FUZZ_DOMAIN)))).toEqual([]);
    expect([...statuses.keys()].every((status) => status === 400)).toBe(true);
  }, 300_000);
});
