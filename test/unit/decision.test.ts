import { describe, expect, it } from 'vitest';
import { composeDecisionText, decisionSchema, readDecisionForm, type TypeDecision } from '#core/decision';
import { ANSWER_OUTCOMES } from '#core/party-answer';
import { REQUEST_TYPES } from '#core/request-kinds';
import { remedies } from '#texts/nl/remedies';
import { expectDutch } from './support/dutch';
import { expectedRemedies } from './support/remedies';

const SWV = 'Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee';
/** An organisation's part: a municipality (public body, with an address), a private school board, youth care (private). */
const gemeente = { partyId: 'gemeente-goeree-overflakkee', name: 'Gemeente Goeree-Overflakkee', publicBody: true, sendTo: 'Postbus 1, 3240 AA Middelharnis' };
const kindwijs = { partyId: 'kindwijs', name: 'Stichting Kindwijs', publicBody: false, sendTo: 'privacy@kindwijs.example' };
const none = (type: TypeDecision['type']) => ({ type, outcome: 'geen gegevens' });
const refusedBy = (type: TypeDecision['type'], ground: string) => ({ type, outcome: 'afgewezen', ground: ground as never });

const granted: TypeDecision = { type: 'inzage', outcome: 'toegewezen', motivation: 'U vindt alle gegevens op uw statuspagina.' };
const partly: TypeDecision = {
  type: 'verwijdering',
  outcome: 'deels toegewezen',
  ground: 'avg-17-3-b',
  motivation: 'Het verslag van de school is gewist; de melding blijft bewaard.',
};
const refused: TypeDecision = { type: 'rectificatie', outcome: 'afgewezen', ground: 'avg-12-5', motivation: 'Dit is de vijfde gelijke vraag deze maand.' };

/** A posted form, as URLSearchParams (it has get and getAll like FormData). */
function form(fields: Record<string, string | string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) params.append(name, one);
  return params;
}

describe('composeDecisionText', () => {
  it("writes the coordinator's decision per type, then each organisation's part, then the rights of an access request", () => {
    const text = composeDecisionText([granted], { coordinatorName: SWV, parts: [{ ...kindwijs, answers: [{ type: 'inzage', outcome: 'verstrekt' }] }] });
    expect(text).toEqual({
      paragraphs: [
        'Besluit van Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee, namens alle organisaties van het overleg.',
        'Inzage: toegewezen. U vindt alle gegevens op uw statuspagina.',
      ],
      parts: [{ partyId: 'kindwijs', name: 'Stichting Kindwijs', lines: ['Inzage: de gegevens staan hieronder.'], remedies: [] }],
      rights: [remedies.accessRights],
      includesComplaintNotice: false,
      includesBezwaarNotice: false,
    });
  });

  it("puts bezwaar under the municipality's part only when it refuses under an SWV coordinator, with the AP complaint", () => {
    const text = composeDecisionText([partly], {
      coordinatorName: SWV,
      parts: [
        { ...gemeente, answers: [refusedBy('verwijdering', 'avg-17-3-b')] },
        { ...kindwijs, answers: [{ type: 'verwijdering', outcome: 'verwijderd' }] },
      ],
    });
    const [municipality, school] = text.parts!;
    expect(municipality!.lines).toEqual([
      'Verwijdering: afgewezen.',
      'Grond: de gegevens zijn nodig om een wettelijke plicht na te komen, of voor een taak van algemeen belang of van openbaar gezag (art. 17 lid 3 onder b AVG).',
    ]);
    expect(municipality!.remedies).toEqual([remedies.bezwaar(gemeente.name, gemeente.sendTo), remedies.complaint(gemeente.name)]);
    expect(municipality!.remedies[0]).toContain(
      'binnen zes weken na de dag waarop dit besluit is verstuurd bezwaar maken bij Gemeente Goeree-Overflakkee. Stuur uw bezwaar naar: Postbus 1',
    );
    expect(school).toEqual({ partyId: 'kindwijs', name: 'Stichting Kindwijs', lines: ['Verwijdering: gewist.'], remedies: [] });
    expect(text.rights).toEqual([]);
    expect([text.includesBezwaarNotice, text.includesComplaintNotice]).toEqual([true, true]);
  });

  it('gives a private party that refuses the AP complaint and the district court within six weeks (UAVG art. 35), never bezwaar', () => {
    const text = composeDecisionText([refused], { coordinatorName: SWV, parts: [{ ...kindwijs, answers: [refusedBy('rectificatie', 'avg-16')] }] });
    expect(text.parts![0]!.remedies).toEqual([remedies.complaint(kindwijs.name), remedies.court(kindwijs.name)]);
    expect(text.parts![0]!.remedies.join(' ')).not.toContain('bezwaar maken');
    expect(remedies.court(kindwijs.name)).toContain('binnen zes weken');
    expect(remedies.court(kindwijs.name)).toContain('artikel 35 UAVG');
  });

  it("refuses every organisation's part when the coordinator refuses a type as a whole", () => {
    const text = composeDecisionText([refused], {
      coordinatorName: SWV,
      parts: [
        { ...gemeente, answers: [none('rectificatie')] },
        { ...kindwijs, answers: [none('rectificatie')] },
      ],
    });
    expect(text.parts!.map((part) => part.lines)).toEqual([['Rectificatie: afgewezen.'], ['Rectificatie: afgewezen.']]);
    expect(text.parts![0]!.remedies).toEqual([remedies.bezwaar(gemeente.name, gemeente.sendTo), remedies.complaint(gemeente.name)]);
    expect(text.parts![1]!.remedies).toEqual([remedies.complaint(kindwijs.name), remedies.court(kindwijs.name)]);
  });

  // Every right × outcome × public or private party: exactly the remedies of DOMAIN.md.
  const cases = REQUEST_TYPES.flatMap((type) =>
    ANSWER_OUTCOMES[type].flatMap((outcome) => [true, false].map((publicBody) => [type, outcome, publicBody] as const)),
  );
  it.each(cases)('%s answered "%s" by a %s public body: the remedies of its part', (type, outcome, publicBody) => {
    const party = publicBody ? gemeente : kindwijs;
    const answer = outcome === 'afgewezen' ? refusedBy(type, 'avg-12-5') : { type, outcome };
    const decision: TypeDecision =
      outcome === 'afgewezen'
        ? { type, outcome: 'deels toegewezen', ground: 'avg-12-5', motivation: 'Deels.' }
        : { type, outcome: 'toegewezen', motivation: 'Ja.' };
    const text = composeDecisionText([decision], { coordinatorName: SWV, parts: [{ ...party, answers: [answer] }] });
    const expected = expectedRemedies(party, publicBody, outcome === 'afgewezen');
    expect(text.parts![0]!.remedies).toEqual(expected);
    expect(text.rights).toEqual(type === 'inzage' ? [remedies.accessRights] : []);
    for (const sentence of [...expected, ...text.rights!]) expectDutch(sentence);
  });

  it('says nothing about a refusal ground for a type that is granted', () => {
    // The decision form keeps whatever ground was selected, also when the coordinator then chose "toegewezen".
    const read = readDecisionForm(
      ['inzage'],
      form({ 'inzage.outcome': 'toegewezen', 'inzage.ground': 'uavg-41-a', 'inzage.motivation': 'Alles is verstrekt.' }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const text = composeDecisionText(read.values, { coordinatorName: SWV, parts: [{ ...kindwijs, answers: [none('inzage')] }] });
    expect(text.includesComplaintNotice).toBe(false);
    expect(text.paragraphs.join('\n')).not.toContain('Grond voor de afwijzing');
    expect(text.paragraphs.join('\n')).not.toContain('nationale veiligheid');
  });
});

describe('the decision cannot grant in full what an organisation refused', () => {
  it('refuses "toegewezen" for a type a party refused, at that type, in Dutch; "deels toegewezen" passes', () => {
    const fields = { 'rectificatie.outcome': 'toegewezen', 'rectificatie.motivation': 'Verbeterd.' };
    const result = readDecisionForm(['rectificatie'], form(fields), ['rectificatie']);
    expect(!result.ok && result.errors).toEqual([{ path: 'rectificatie.outcome', message: expect.stringContaining('Kies deels toegewezen of afgewezen') }]);
    expect(readDecisionForm(['rectificatie'], form(fields), []).ok).toBe(true);
    const partlyForm = { 'rectificatie.outcome': 'deels toegewezen', 'rectificatie.ground': 'avg-16', 'rectificatie.motivation': 'Deels.' };
    expect(readDecisionForm(['rectificatie'], form(partlyForm), ['rectificatie']).ok).toBe(true);
  });
});

describe('readDecisionForm', () => {
  it('reads one decision per requested type, with an empty ground ("Niet van toepassing") as none', () => {
    const result = readDecisionForm(
      ['inzage', 'rectificatie'],
      form({
        'inzage.outcome': 'toegewezen',
        'inzage.ground': '',
        'inzage.motivation': '  U vindt alle gegevens op uw statuspagina. ',
        'rectificatie.outcome': 'afgewezen',
        'rectificatie.ground': 'avg-12-5',
        'rectificatie.motivation': 'Dit is de vijfde gelijke vraag deze maand.',
      }),
    );
    expect(result).toEqual({ ok: true, values: [granted, refused] });
  });

  it.each(['afgewezen', 'deels toegewezen'])('needs a ground for %s: error at "<type>.ground"', (outcome) => {
    const result = readDecisionForm(
      ['verwijdering'],
      form({ 'verwijdering.outcome': outcome, 'verwijdering.ground': '', 'verwijdering.motivation': 'Zie de afweging.' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(['verwijdering.ground']);
    result.errors.forEach((error) => expectDutch(error.message));
  });

  it('refuses a ground that is not in the list', () => {
    const result = readDecisionForm(
      ['inzage'],
      form({ 'inzage.outcome': 'afgewezen', 'inzage.ground': 'omdat-het-kan', 'inzage.motivation': 'Zie de afweging.' }),
    );
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual(['inzage.ground']);
  });

  it('refuses a ground of another right: an objection is not refused on an access ground', () => {
    const result = readDecisionForm(
      ['bezwaar'],
      form({ 'bezwaar.outcome': 'afgewezen', 'bezwaar.ground': 'uavg-41-i', 'bezwaar.motivation': 'Zie de afweging.' }),
    );
    expect(!result.ok && result.errors).toEqual([{ path: 'bezwaar.ground', message: 'Deze grond past niet bij dit recht. Kies een grond uit de lijst.' }]);
    expect(
      readDecisionForm(['bezwaar'], form({ 'bezwaar.outcome': 'afgewezen', 'bezwaar.ground': 'avg-21-1', 'bezwaar.motivation': 'Zie de afweging.' })).ok,
    ).toBe(true);
  });

  it.each<Record<string, string>>([{}, { 'inzage.motivation': '' }, { 'inzage.motivation': '   \n ' }])(
    'needs a motivation: error at "<type>.motivation" (%j)',
    (motivation) => {
      const result = readDecisionForm(['inzage'], form({ 'inzage.outcome': 'toegewezen', ...motivation }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((error) => error.path)).toEqual(['inzage.motivation']);
      expectDutch(result.errors[0]!.message);
    },
  );

  it('accepts a motivation of 2500 characters and refuses a longer one in Dutch', () => {
    expect(readDecisionForm(['inzage'], form({ 'inzage.outcome': 'toegewezen', 'inzage.motivation': 'x'.repeat(2500) })).ok).toBe(true);
    const result = readDecisionForm(['inzage'], form({ 'inzage.outcome': 'toegewezen', 'inzage.motivation': 'x'.repeat(2501) }));
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual(['inzage.motivation']);
    if (!result.ok) {
      expectDutch(result.errors[0]!.message);
      expect(result.errors[0]!.message).toContain('2500');
    }
  });

  it.each<Record<string, string>>([{}, { 'inzage.outcome': '' }, { 'inzage.outcome': 'misschien' }])(
    'needs an outcome: error at "<type>.outcome" (%j)',
    (outcome) => {
      const result = readDecisionForm(['inzage'], form({ 'inzage.motivation': 'Zie de afweging.', ...outcome }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((error) => error.path)).toEqual(['inzage.outcome']);
      expectDutch(result.errors[0]!.message);
    },
  );

  it('addresses each error to its own type, and reports all types at once', () => {
    const result = readDecisionForm(
      ['inzage', 'rectificatie', 'bezwaar'],
      form({
        'inzage.outcome': 'toegewezen',
        'inzage.motivation': 'Goed.',
        'rectificatie.outcome': 'afgewezen',
        'rectificatie.motivation': 'Zie de afweging.',
        'bezwaar.outcome': 'toegewezen',
      }),
    );
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual(['rectificatie.ground', 'bezwaar.motivation']);
  });

  it('ignores fields of types that were not requested', () => {
    const result = readDecisionForm(['inzage'], form({ 'inzage.outcome': 'toegewezen', 'inzage.motivation': 'Goed.', 'verwijdering.outcome': 'afgewezen' }));
    expect(result.ok && result.values.map((value) => value.type)).toEqual(['inzage']);
  });
});

describe('decisionSchema', () => {
  it('needs a decision on every requested type', () => {
    const result = decisionSchema(['inzage', 'rectificatie']).safeParse([granted]);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path)).toEqual([['rectificatie']]);
    expectDutch(result.error!.issues[0]!.message);
    expect(decisionSchema(['inzage', 'rectificatie']).safeParse([granted, refused]).success).toBe(true);
  });
});
