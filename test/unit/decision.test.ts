import { describe, expect, it } from 'vitest';
import { BEZWAAR_NOTICE, COMPLAINT_NOTICE, composeDecisionText, decisionSchema, readDecisionForm, type TypeDecision } from '#core/decision';
import { expectDutch } from './support/dutch';

const SWV = { coordinatorName: 'Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee', publicBody: false };
const RBL = { coordinatorName: 'RBL Midden-Gelre', publicBody: true };

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
  it('writes one paragraph per type after the coordinator line, and no notices when all is granted by a private body', () => {
    expect(composeDecisionText([granted], SWV)).toEqual({
      paragraphs: [
        'Besluit van Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee, namens alle organisaties van het overleg.',
        'Inzage: toegewezen. U vindt alle gegevens op uw statuspagina.',
      ],
      includesComplaintNotice: false,
      includesBezwaarNotice: false,
    });
  });

  it('adds the complaint notice, after every type, when one type is refused', () => {
    const text = composeDecisionText([refused, granted], SWV);
    expect(text.includesComplaintNotice).toBe(true);
    expect(text.paragraphs).toEqual([
      'Besluit van Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee, namens alle organisaties van het overleg.',
      'Rectificatie: afgewezen. Dit is de vijfde gelijke vraag deze maand.',
      'Grond voor de weigering: het verzoek is kennelijk ongegrond of buitensporig (art. 12 lid 5 AVG).',
      'Inzage: toegewezen. U vindt alle gegevens op uw statuspagina.',
      COMPLAINT_NOTICE,
    ]);
  });

  it('adds the complaint notice for a partial refusal too, with its ground', () => {
    const text = composeDecisionText([partly], SWV);
    expect(text.includesComplaintNotice).toBe(true);
    expect(text.paragraphs).toContain(COMPLAINT_NOTICE);
    expect(text.paragraphs).toContain(
      'Grond voor de weigering: de gegevens zijn nodig om een wettelijke plicht na te komen, of voor een taak van algemeen belang of van openbaar gezag (art. 17 lid 3 onder b AVG).',
    );
    expect(text.paragraphs[1]).toBe('Verwijdering: deels toegewezen. Het verslag van de school is gewist; de melding blijft bewaard.');
  });

  it('names the Autoriteit Persoonsgegevens and the court in the complaint notice (AVG art. 12(4))', () => {
    expect(COMPLAINT_NOTICE).toContain('Autoriteit Persoonsgegevens');
    expect(COMPLAINT_NOTICE).toContain('rechter');
    expectDutch(COMPLAINT_NOTICE);
  });

  it('adds the bezwaar notice iff the coordinator is a public body, granted or not', () => {
    for (const decisions of [[granted], [refused], [partly, granted]]) {
      const publicText = composeDecisionText(decisions, RBL);
      expect(publicText.includesBezwaarNotice).toBe(true);
      expect(publicText.paragraphs.at(-1)).toBe(BEZWAAR_NOTICE);
      const privateText = composeDecisionText(decisions, SWV);
      expect(privateText.includesBezwaarNotice).toBe(false);
      expect(privateText.paragraphs).not.toContain(BEZWAAR_NOTICE);
      expect(privateText.paragraphs.join('\n')).not.toContain('zes weken');
    }
    expect(BEZWAAR_NOTICE).toContain('zes weken');
    expect(BEZWAAR_NOTICE).toContain('bezwaar');
  });

  it('has both notices for a refusal by a public body, complaint first', () => {
    const text = composeDecisionText([refused], RBL);
    expect(text.paragraphs.slice(-2)).toEqual([COMPLAINT_NOTICE, BEZWAAR_NOTICE]);
    expect(text.paragraphs[0]).toBe('Besluit van RBL Midden-Gelre, namens alle organisaties van het overleg.');
  });

  it('says nothing about a refusal ground for a type that is granted', () => {
    // The decision form keeps whatever ground was selected, also when the coordinator then chose "toegewezen".
    const read = readDecisionForm(
      ['inzage'],
      form({ 'inzage.outcome': 'toegewezen', 'inzage.ground': 'uavg-41-a', 'inzage.motivation': 'Alles is verstrekt.' }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const text = composeDecisionText(read.values, SWV);
    expect(text.includesComplaintNotice).toBe(false);
    expect(text.paragraphs.join('\n')).not.toContain('Grond voor de weigering');
    expect(text.paragraphs.join('\n')).not.toContain('nationale veiligheid');
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

  it('accepts a motivation of 5000 characters and refuses a longer one in Dutch', () => {
    expect(readDecisionForm(['inzage'], form({ 'inzage.outcome': 'toegewezen', 'inzage.motivation': 'x'.repeat(5000) })).ok).toBe(true);
    const result = readDecisionForm(['inzage'], form({ 'inzage.outcome': 'toegewezen', 'inzage.motivation': 'x'.repeat(5001) }));
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual(['inzage.motivation']);
    if (!result.ok) {
      expectDutch(result.errors[0]!.message);
      expect(result.errors[0]!.message).toContain('5000');
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
