import { describe, expect, it } from 'vitest';
import { ANSWER_OUTCOMES, partyAnswerSchema, readPartyAnswerForm, triggersArt19, type TypeAnswer } from '#core/party-answer';
import { GROUNDS_BY_RIGHT, REFUSAL_GROUNDS } from '#core/refusal-grounds';
import { REQUEST_TYPES, type RequestType } from '#core/request-schema';
import { expectDutch } from './support/dutch';
import { INZAGE_STATEMENTS, inzageStatementFields } from '#test-support/inzage-answer';

function form(fields: Record<string, string | string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) params.append(name, one);
  return params;
}

function errorsOf(types: RequestType[], fields: Record<string, string | string[]>) {
  const result = readPartyAnswerForm(types, form(fields));
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('accepted');
  for (const error of result.errors) expectDutch(error.message);
  return result.errors;
}
const pathsOf = (types: RequestType[], fields: Record<string, string | string[]>) => [...new Set(errorsOf(types, fields).map((error) => error.path))];

/** The outcomes a party can record for each right, as DOMAIN.md step 4 lists them. */
const OUTCOMES: Record<RequestType, string[]> = {
  inzage: ['verstrekt', 'geen gegevens', 'afgewezen'],
  rectificatie: ['gerectificeerd', 'aangevuld', 'geen gegevens', 'afgewezen'],
  verwijdering: ['verwijderd', 'geen gegevens', 'afgewezen'],
  beperking: ['beperkt', 'geen gegevens', 'afgewezen'],
  bezwaar: ['bezwaar toegekend', 'geen gegevens', 'afgewezen'],
};

/** The least a valid answer with this outcome needs. */
function fieldsFor(type: RequestType, outcome: string): Record<string, string | string[]> {
  if (outcome === 'verstrekt')
    return { [`${type}.outcome`]: outcome, [`${type}.categories`]: ['NAW-gegevens'], [`${type}.summary`]: 'Naam en adres.', ...inzageStatementFields(type) };
  if (outcome === 'afgewezen')
    return { [`${type}.outcome`]: outcome, [`${type}.ground`]: GROUNDS_BY_RIGHT[type].at(-2)!, [`${type}.motivation`]: 'Bescherming van een ander kind.' };
  if (['gerectificeerd', 'aangevuld', 'verwijderd', 'beperkt'].includes(outcome))
    return { [`${type}.outcome`]: outcome, [`${type}.change`]: 'In het verslag van 3 maart is de diagnose verwijderd.' };
  return { [`${type}.outcome`]: outcome };
}

describe('ANSWER_OUTCOMES', () => {
  it('lists exactly the outcomes per right', () => {
    expect(ANSWER_OUTCOMES).toEqual(OUTCOMES);
  });
});

describe('readPartyAnswerForm', () => {
  const allowed = REQUEST_TYPES.flatMap((type) => OUTCOMES[type].map((outcome) => [type, outcome] as const));
  it.each(allowed)('accepts %s: %s', (type, outcome) => {
    const result = readPartyAnswerForm([type], form(fieldsFor(type, outcome)));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(result.ok && result.values.map((value) => [value.type, value.outcome])).toEqual([[type, outcome]]);
  });

  const wrong = REQUEST_TYPES.flatMap((type) =>
    [...new Set(Object.values(OUTCOMES).flat())].filter((outcome) => !OUTCOMES[type].includes(outcome)).map((outcome) => [type, outcome] as const),
  );
  it.each(wrong)('refuses %s: %s, an outcome of another right', (type, outcome) => {
    expect(pathsOf([type], fieldsFor(type, outcome))).toEqual([`${type}.outcome`]);
  });

  it('names the allowed outcomes when one does not fit ("verwijderd" for inzage)', () => {
    const errors = errorsOf(['inzage'], { 'inzage.outcome': 'verwijderd' });
    expect(errors.map((error) => error.path)).toEqual(['inzage.outcome']);
    expect(errors[0]!.message).toContain('verstrekt');
    expect(errors[0]!.message).not.toContain('verwijderd');
  });

  it.each(['gerectificeerd', 'aangevuld'])('needs what was changed for %s, and keeps it for the art. 19 tasks', (outcome) => {
    const errors = errorsOf(['rectificatie'], { 'rectificatie.outcome': outcome });
    expect(errors.map((error) => [error.path, error.message])).toEqual([
      ['rectificatie.change', 'Schrijf wat u heeft aangepast. De andere organisaties passen hetzelfde aan (art. 19 AVG).'],
    ]);
    const read = readPartyAnswerForm(['rectificatie'], form(fieldsFor('rectificatie', outcome)));
    expect(read.ok && read.values[0]!.change).toBe('In het verslag van 3 maart is de diagnose verwijderd.');
  });

  it('does not keep a change typed on an outcome that changes nothing', () => {
    const read = readPartyAnswerForm(['rectificatie'], form({ 'rectificatie.outcome': 'geen gegevens', 'rectificatie.change': 'Iets.' }));
    expect(read.ok && read.values[0]!.change).toBeUndefined();
  });

  it.each<Record<string, string>>([{}, { 'inzage.outcome': '' }])('needs an outcome (%j)', (fields) => {
    expect(pathsOf(['inzage'], fields)).toEqual(['inzage.outcome']);
  });

  it('reads the whole inzage answer, trimmed, with several categories', () => {
    const result = readPartyAnswerForm(
      ['inzage'],
      form({
        'inzage.outcome': 'verstrekt',
        'inzage.categories': ['NAW-gegevens', 'schoolgegevens en verzuim'],
        'inzage.summary': '  Adres en verzuim sinds september. ',
        'inzage.ground': '',
        'inzage.motivation': '',
        ...inzageStatementFields('inzage', { source: '  Van de mentor. ' }),
      }),
    );
    expect(result).toEqual({
      ok: true,
      values: [
        {
          type: 'inzage',
          outcome: 'verstrekt',
          categories: ['NAW-gegevens', 'schoolgegevens en verzuim'],
          summary: 'Adres en verzuim sinds september.',
          motivation: '',
          details: { ...INZAGE_STATEMENTS, source: 'Van de mentor.' },
        },
      ],
    });
  });

  it('needs the purposes, the recipients, how long and the source for "verstrekt" (art. 15(1)(a), (c), (d), (g))', () => {
    const provided = fieldsFor('inzage', 'verstrekt');
    for (const field of ['purposes', 'recipients', 'retention', 'source']) {
      expect(pathsOf(['inzage'], { ...provided, [`inzage.${field}`]: ' ' }), field).toEqual([`inzage.${field}`]);
    }
    expect(pathsOf(['inzage'], { ...provided, 'inzage.retention': 'x'.repeat(1001) })).toEqual(['inzage.retention']);
  });

  it('needs a copy for "verstrekt": typed out, or a checked file of the party (art. 15(3))', () => {
    const withoutCopy = { ...fieldsFor('inzage', 'verstrekt'), 'inzage.copy': '' };
    expect(pathsOf(['inzage'], withoutCopy)).toEqual(['inzage.copy']);
    const withFile = readPartyAnswerForm(['inzage'], form(withoutCopy), true);
    expect(withFile.ok && withFile.values[0]!.details?.copy).toBe('');
  });

  it('keeps no art. 15 details on an outcome other than "verstrekt"', () => {
    const result = readPartyAnswerForm(['inzage'], form({ 'inzage.outcome': 'geen gegevens', ...inzageStatementFields() }));
    expect(result.ok && result.values[0]).toEqual({ type: 'inzage', outcome: 'geen gegevens', categories: [], summary: '', motivation: '' });
  });

  it('needs categories and a summary for "verstrekt"', () => {
    const statements = inzageStatementFields();
    expect(pathsOf(['inzage'], { 'inzage.outcome': 'verstrekt', 'inzage.summary': 'Naam en adres.', ...statements })).toEqual(['inzage.categories']);
    expect(pathsOf(['inzage'], { 'inzage.outcome': 'verstrekt', 'inzage.categories': 'NAW-gegevens', 'inzage.summary': '  ', ...statements })).toEqual([
      'inzage.summary',
    ]);
    expect(pathsOf(['inzage'], { 'inzage.outcome': 'verstrekt', ...statements })).toEqual(['inzage.categories', 'inzage.summary']);
  });

  it('refuses, in Dutch, a category that is not in the list', () => {
    expect(pathsOf(['inzage'], { 'inzage.outcome': 'verstrekt', 'inzage.categories': 'strafblad', 'inzage.summary': 'Iets.' })).toEqual(['inzage.categories']);
  });

  it('needs a ground and a motivation for "afgewezen", whatever the right', () => {
    for (const type of REQUEST_TYPES) {
      expect(pathsOf([type], { [`${type}.outcome`]: 'afgewezen', [`${type}.motivation`]: 'Zie de afweging.' }), type).toEqual([`${type}.ground`]);
      expect(pathsOf([type], { [`${type}.outcome`]: 'afgewezen', [`${type}.ground`]: 'avg-12-5', [`${type}.motivation`]: ' ' }), type).toEqual([
        `${type}.motivation`,
      ]);
      expect(pathsOf([type], { [`${type}.outcome`]: 'afgewezen' }), type).toEqual([`${type}.ground`, `${type}.motivation`]);
    }
  });

  it('offers each right its own grounds, each with its article, and refuses a ground of another right in Dutch', () => {
    expect(GROUNDS_BY_RIGHT).toEqual({
      inzage: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((letter) => `uavg-41-${letter}`).concat('avg-12-5'),
      verwijdering: ['a', 'b', 'c', 'd', 'e'].map((letter) => `avg-17-3-${letter}`).concat('avg-12-5'),
      bezwaar: ['avg-21-1', 'avg-12-5'],
      rectificatie: ['avg-16', 'avg-12-5'],
      beperking: ['avg-18-1', 'avg-12-5'],
    });
    const article: Record<string, RegExp> = {
      uavg: /\(art\. 41 lid 1 onder [a-j] UAVG\)$/,
      'avg-17': /\(art\. 17 lid 3 onder [a-e] AVG\)$/,
      'avg-21': /\(art\. 21 lid 1 AVG\)$/,
      'avg-16': /\(art\. 16 AVG\)$/,
      'avg-18': /\(art\. 18 lid 1 AVG\)$/,
      'avg-12': /\(art\. 12 lid 5 AVG\)$/,
    };
    for (const [id, label] of Object.entries(REFUSAL_GROUNDS)) {
      const pattern = Object.entries(article).find(([prefix]) => id.startsWith(prefix))![1];
      expect(label, id).toMatch(pattern);
      // The art. 41 grounds in their full wording, not abbreviated.
      if (id.startsWith('uavg-41-')) expect(label.split(' ').length, id).toBeGreaterThan(1);
    }
    expect(REFUSAL_GROUNDS['uavg-41-d']).toContain('of de tenuitvoerlegging van straffen');
    expect(REFUSAL_GROUNDS['uavg-41-f']).toContain('en gerechtelijke procedures');
    expect(REFUSAL_GROUNDS['uavg-41-h']).toContain('uitoefening van het openbaar gezag');
    const ofAccess = { 'verwijdering.outcome': 'afgewezen', 'verwijdering.ground': 'uavg-41-i', 'verwijdering.motivation': 'Zie de afweging.' };
    const errors = errorsOf(['verwijdering'], ofAccess);
    expect(errors.map((error) => [error.path, error.message])).toEqual([
      ['verwijdering.ground', 'Deze grond past niet bij dit recht. Kies een grond uit de lijst.'],
    ]);
    expect(readPartyAnswerForm(['verwijdering'], form({ ...ofAccess, 'verwijdering.ground': 'avg-17-3-b' })).ok).toBe(true);
  });

  it('refuses a ground that is not in the list', () => {
    expect(pathsOf(['inzage'], { 'inzage.outcome': 'afgewezen', 'inzage.ground': 'geen-zin', 'inzage.motivation': 'Zie de afweging.' })).toEqual([
      'inzage.ground',
    ]);
  });

  it('needs neither categories, summary, ground nor motivation for "geen gegevens"', () => {
    const result = readPartyAnswerForm(['inzage', 'verwijdering'], form({ 'inzage.outcome': 'geen gegevens', 'verwijdering.outcome': 'geen gegevens' }));
    expect(result).toEqual({
      ok: true,
      values: [
        { type: 'inzage', outcome: 'geen gegevens', categories: [], summary: '', motivation: '' },
        { type: 'verwijdering', outcome: 'geen gegevens', categories: [], summary: '', motivation: '' },
      ],
    });
  });

  it('accepts a summary of 5000 characters and refuses a longer one in Dutch', () => {
    expect(readPartyAnswerForm(['inzage'], form({ ...fieldsFor('inzage', 'verstrekt'), 'inzage.summary': 'x'.repeat(5000) })).ok).toBe(true);
    expect(pathsOf(['inzage'], { ...fieldsFor('inzage', 'verstrekt'), 'inzage.summary': 'x'.repeat(5001) })).toEqual(['inzage.summary']);
  });

  it('accepts a motivation of 5000 characters and refuses a longer one in Dutch', () => {
    expect(readPartyAnswerForm(['inzage'], form({ ...fieldsFor('inzage', 'afgewezen'), 'inzage.motivation': 'x'.repeat(5000) })).ok).toBe(true);
    expect(pathsOf(['inzage'], { ...fieldsFor('inzage', 'afgewezen'), 'inzage.motivation': 'x'.repeat(5001) })).toEqual(['inzage.motivation']);
  });

  it('reports every requested type at once, each under its own name', () => {
    expect(
      pathsOf(['inzage', 'rectificatie', 'beperking'], {
        'inzage.outcome': 'geen gegevens',
        'rectificatie.outcome': 'verwijderd',
        'beperking.outcome': 'afgewezen',
        'beperking.ground': 'avg-12-5',
      }),
    ).toEqual(['rectificatie.outcome', 'beperking.motivation']);
  });
});

describe('partyAnswerSchema', () => {
  const nothing = (type: RequestType): TypeAnswer => ({ type, outcome: 'geen gegevens', categories: [], summary: '', motivation: '' });
  it('needs one answer per requested type and none for other types', () => {
    const schema = partyAnswerSchema(['inzage', 'rectificatie']);
    expect(schema.safeParse([nothing('inzage'), nothing('rectificatie')]).success).toBe(true);
    expect(schema.safeParse([nothing('inzage')]).error!.issues.map((issue) => issue.path)).toEqual([['rectificatie']]);
    expect(schema.safeParse([nothing('inzage'), nothing('rectificatie'), nothing('bezwaar')]).error!.issues.map((issue) => issue.path)).toEqual([[2, 'type']]);
  });
});

describe('triggersArt19', () => {
  const a = (type: RequestType, outcome: string): TypeAnswer => ({ type, outcome, categories: [], summary: '', motivation: '' });

  it.each([
    ['rectificatie', 'gerectificeerd'],
    ['rectificatie', 'aangevuld'],
    ['verwijdering', 'verwijderd'],
    ['beperking', 'beperkt'],
  ] as const)('is true for %s: %s, also next to answers that change nothing', (type, outcome) => {
    expect(triggersArt19([a(type, outcome)])).toBe(true);
    expect(triggersArt19([a('inzage', 'verstrekt'), a(type, outcome)])).toBe(true);
  });

  it('is false for outcomes that change no shared data', () => {
    expect(triggersArt19([])).toBe(false);
    expect(
      triggersArt19([
        a('inzage', 'verstrekt'),
        a('inzage', 'geen gegevens'),
        a('rectificatie', 'afgewezen'),
        a('verwijdering', 'geen gegevens'),
        a('bezwaar', 'bezwaar toegekend'),
      ]),
    ).toBe(false);
  });
});
