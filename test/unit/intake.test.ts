import { describe, expect, it } from 'vitest';
import { acceptRequest } from '#core/intake';
import { parseRegionConfig } from '#core/region-config';
import { directory } from '#core/directory';
import { MAX_DETAILS_LENGTH, requestSchemas } from '#core/request-schema';
import { expectDutch } from './support/dutch';
import { loadRegionsJson, REGIONS_FILE } from './support/regions';

const dir = directory(parseRegionConfig(loadRegionsJson(), REGIONS_FILE));
const RECEIVED_ON = '2026-03-03'; // due 3 April 2026, Goede Vrijdag: shifted to Tuesday 7 April
const context = { directory: dir, receivedOn: RECEIVED_ON, designatedHolidays: [] as string[] };

/** A valid request from a parent of a 13-year-old at the Thuiszitterstafel of Goeree-Overflakkee. */
function valid(): any {
  return {
    regionId: 'goeree-overflakkee',
    casusoverlegId: 'go-thuiszitterstafel',
    variablePartyId: 'rgo',
    types: ['inzage', 'rectificatie'],
    requester: { role: 'ouder', name: 'Fatima de Vries', email: 'fatima@voorbeeld.nl', phone: '06 12345678' },
    child: { name: 'Noor de Vries', dateOfBirth: '2012-06-15' },
    details: 'Ik wil weten welke gegevens over mijn dochter zijn besproken in de thuiszitterstafel.',
  };
}

function errorsOf(raw: unknown, ctx = context) {
  const result = acceptRequest(raw, ctx);
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) throw new Error('accepted');
  for (const error of result.errors) expectDutch(error.message);
  return result.errors;
}

const pathsOf = (raw: unknown, ctx = context) => errorsOf(raw, ctx).map((error) => error.path);

function withChange(change: (request: any) => void): any {
  const request = valid();
  change(request);
  return request;
}

describe('acceptRequest: a valid request', () => {
  it('is accepted with its routing and deadline', () => {
    const result = acceptRequest(valid(), context);
    expect(result).toEqual({
      ok: true,
      request: {
        input: valid(),
        receivedOn: RECEIVED_ON,
        deadline: '2026-04-07',
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
      },
    });
  });

  it('uses the received date and the designated days for the deadline', () => {
    const on10March = acceptRequest(valid(), { ...context, receivedOn: '2026-03-10' });
    expect(on10March.ok && on10March.request.deadline).toBe('2026-04-10');
    const designated = acceptRequest(valid(), { ...context, receivedOn: '2026-03-10', designatedHolidays: ['2026-04-10'] });
    expect(designated.ok && designated.request.deadline).toBe('2026-04-13');
    expect(designated.ok && designated.request.receivedOn).toBe('2026-03-10');
  });

  it('trims text fields', () => {
    const result = acceptRequest(
      withChange((request) => {
        request.requester.name = '  Fatima de Vries ';
        request.requester.email = ' fatima@voorbeeld.nl ';
        request.child.name = '\tNoor ';
        request.details = '  Alles graag. ';
      }),
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request.input.requester.name).toBe('Fatima de Vries');
    expect(result.request.input.requester.email).toBe('fatima@voorbeeld.nl');
    expect(result.request.input.child.name).toBe('Noor');
    expect(result.request.input.details).toBe('Alles graag.');
  });

  it('accepts every request type, all at once, and the optional fields left out', () => {
    const result = acceptRequest(
      withChange((request) => {
        request.types = ['inzage', 'rectificatie', 'verwijdering', 'beperking', 'bezwaar'];
        delete request.requester.phone;
      }),
      context,
    );
    expect(result.ok).toBe(true);
    const noVariable = acceptRequest(
      withChange((request) => {
        request.regionId = 'midden-gelre';
        request.casusoverlegId = 'mg-thuiszitters-uitwisseling';
        delete request.variablePartyId;
      }),
      context,
    );
    expect(noVariable.ok && noVariable.request.routing.coordinatorPartyId).toBe('rbl-midden-gelre');
  });

  it.each(['06 12345678', '0612345678', '+31 6 12345678', '(010) 123-4567'])('accepts the phone number %j', (phone) => {
    expect(
      acceptRequest(
        withChange((request) => (request.requester.phone = phone)),
        context,
      ).ok,
    ).toBe(true);
  });

  it('accepts details of exactly the maximum length, 5000 characters', () => {
    expect(MAX_DETAILS_LENGTH).toBe(5000);
    expect(
      acceptRequest(
        withChange((request) => (request.details = 'x'.repeat(5000))),
        context,
      ).ok,
    ).toBe(true);
    const tooLong = errorsOf(withChange((request) => (request.details = 'x'.repeat(5001))));
    expect(tooLong[0]!.message).toContain('5000');
  });

  it.each(['jan+avg@voorbeeld.nl', "o'brien@voorbeeld.nl", 'J.de.Vries@Gemeente-Velsen.NL'])('accepts the e-mail address %j', (email) => {
    expect(
      acceptRequest(
        withChange((request) => (request.requester.email = email)),
        context,
      ).ok,
    ).toBe(true);
  });

  it('lets a youth of 12 submit and a parent of a child under 12', () => {
    expect(
      acceptRequest(
        withChange((request) => ((request.requester.role = 'jongere'), (request.child.dateOfBirth = '2014-03-03'))),
        context,
      ).ok,
    ).toBe(true);
    expect(
      acceptRequest(
        withChange((request) => (request.child.dateOfBirth = '2020-01-01')),
        context,
      ).ok,
    ).toBe(true);
  });
});

describe('acceptRequest: each invalid field gives a Dutch error at its path', () => {
  it.each<[string, (request: any) => void, string]>([
    ['types empty', (request) => (request.types = []), 'types'],
    ['types missing', (request) => delete request.types, 'types'],
    ['types not a list', (request) => (request.types = 'inzage'), 'types'],
    ['unknown type', (request) => (request.types = ['inzage', 'dataportabiliteit']), 'types.1'],
    ['duplicate type', (request) => (request.types = ['inzage', 'bezwaar', 'inzage']), 'types'],
    ['role invalid', (request) => (request.requester.role = 'opa'), 'requester.role'],
    ['role missing', (request) => delete request.requester.role, 'requester.role'],
    ['requester name empty', (request) => (request.requester.name = ' '), 'requester.name'],
    ['requester name too long', (request) => (request.requester.name = 'a'.repeat(201)), 'requester.name'],
    ['e-mail invalid', (request) => (request.requester.email = 'fatima@'), 'requester.email'],
    ['e-mail without @', (request) => (request.requester.email = 'fatima.voorbeeld.nl'), 'requester.email'],
    ['e-mail empty', (request) => (request.requester.email = ''), 'requester.email'],
    ['e-mail missing', (request) => delete request.requester.email, 'requester.email'],
    ['phone with letters', (request) => (request.requester.phone = 'bel me maar'), 'requester.phone'],
    ['phone too short', (request) => (request.requester.phone = '123'), 'requester.phone'],
    ['phone a number, not text', (request) => (request.requester.phone = 612345678), 'requester.phone'],
    ['requester not an object', (request) => (request.requester = 'Fatima'), 'requester'],
    ['child name empty', (request) => (request.child.name = ''), 'child.name'],
    ['child name whitespace', (request) => (request.child.name = '   \t '), 'child.name'],
    ['child name missing', (request) => delete request.child.name, 'child.name'],
    ['dateOfBirth 2012-02-30', (request) => (request.child.dateOfBirth = '2012-02-30'), 'child.dateOfBirth'],
    ['dateOfBirth in Dutch order', (request) => (request.child.dateOfBirth = '15-06-2012'), 'child.dateOfBirth'],
    ['dateOfBirth missing', (request) => delete request.child.dateOfBirth, 'child.dateOfBirth'],
    ['child missing', (request) => delete request.child, 'child'],
    ['details empty', (request) => (request.details = ''), 'details'],
    ['details whitespace', (request) => (request.details = '  \n '), 'details'],
    ['details too long', (request) => (request.details = 'x'.repeat(5001)), 'details'],
    ['regionId missing', (request) => delete request.regionId, 'regionId'],
    ['casusoverlegId empty', (request) => (request.casusoverlegId = ''), 'casusoverlegId'],
  ])('%s', (_what, change, path) => {
    expect(pathsOf(withChange(change))).toEqual([path]);
  });

  it('names an unknown extra field, also inside requester or child', () => {
    const top = errorsOf(withChange((request) => (request.bsn = '123456782')));
    expect(top).toEqual([{ path: 'bsn', message: expect.stringContaining('"bsn"') }]);
    expect(pathsOf(withChange((request) => (request.requester.adres = 'Dorpsstraat 1')))).toEqual(['requester.adres']);
    expect(pathsOf(withChange((request) => (request.child.school = 'RGO')))).toEqual(['child.school']);
    expect(pathsOf(withChange((request) => ((request.a = 1), (request.b = 2))))).toEqual(['a', 'b']);
  });

  it.each([[null], [undefined], ['een verzoek'], [42], [true], [[]], [[valid()]]])('refuses the non-object body %j', (body) => {
    const errors = errorsOf(body);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('');
    expect(errors[0]!.message).toMatch(/JSON/);
  });

  it('reports every invalid field at once, one message per field', () => {
    const errors = errorsOf(
      withChange((request) => {
        request.types = [];
        request.requester.email = 'x';
        request.child.name = '';
        request.child.dateOfBirth = '2012-13-01';
        request.details = '';
      }),
    );
    expect(errors.map((error) => error.path).sort()).toEqual(['child.dateOfBirth', 'child.name', 'details', 'requester.email', 'types']);
  });

  it('gives routing errors at regionId, casusoverlegId and variablePartyId', () => {
    expect(pathsOf(withChange((request) => (request.regionId = 'utrecht')))).toEqual(['regionId']);
    expect(pathsOf(withChange((request) => (request.casusoverlegId = 'go-vot')))).toEqual(['variablePartyId']); // rgo is no kinderopvang
    expect(pathsOf(withChange((request) => (request.casusoverlegId = 'mg-thuiszitters-uitwisseling')))).toEqual(['casusoverlegId']);
    expect(pathsOf(withChange((request) => (request.variablePartyId = 'kibeo')))).toEqual(['variablePartyId']);
  });

  it('accepts a request without the school, or without the overleg, for the central contact point to assign', () => {
    const noSchool = acceptRequest(
      withChange((request) => delete request.variablePartyId),
      context,
    );
    expect(noSchool.ok && noSchool.request.routing.toAssign).toBe(true);
    const unknown = acceptRequest(
      withChange((request) => (request.casusoverlegId = 'weet-ik-niet')),
      context,
    );
    const known = acceptRequest(valid(), context);
    if (!unknown.ok || !known.ok) throw new Error('both requests must be accepted');
    // The deadline runs from receipt either way.
    expect([unknown.request.routing.parties, unknown.request.deadline]).toEqual([[{ partyId: 'swv-go', coordinator: true }], known.request.deadline]);
  });

  it('checks who may submit on the received date', () => {
    // born 2014-03-04: 12 on 2026-03-04, one day after receipt
    const child = (request: any) => ((request.requester.role = 'jongere'), (request.child.dateOfBirth = '2014-03-04'));
    expect(pathsOf(withChange(child))).toEqual(['requester.role']);
    expect(acceptRequest(withChange(child), { ...context, receivedOn: '2026-03-04' }).ok).toBe(true);
    // a parent of a youth of 16
    expect(pathsOf(withChange((request) => (request.child.dateOfBirth = '2010-03-03')))).toEqual(['requester.role']);
    expect(pathsOf(withChange((request) => (request.child.dateOfBirth = '2026-03-04')))).toEqual(['child.dateOfBirth']);
    expect(pathsOf(withChange((request) => (request.child.dateOfBirth = '1990-01-01')))).toEqual(['child.dateOfBirth']);
  });

  it('reports a routing error and a submitter error together', () => {
    const errors = pathsOf(
      withChange((request) => {
        request.regionId = 'utrecht';
        request.requester.role = 'jongere';
        request.child.dateOfBirth = '2018-01-01';
      }),
    );
    expect(errors.sort()).toEqual(['regionId', 'requester.role']);
  });
});

describe('acceptRequest: every error at once', () => {
  it('reports the routing and age rules beside a malformed field, never one hiding the others', () => {
    const errors = errorsOf(
      withChange((request) => {
        request.requester.email = 'geen-adres';
        request.child.dateOfBirth = '2030-01-01';
        request.variablePartyId = 'andreas-college'; // a school board of Duin- en Bollenstreek
      }),
    );
    expect(errors.map((error) => error.path)).toEqual(['requester.email', 'variablePartyId', 'child.dateOfBirth']);
  });

  it('says them in English for a request from the English form: the schema, the routing, the age and the together rules alike', () => {
    const bad = withChange((request) => {
      request.requester.email = 'no-address';
      request.child.dateOfBirth = '2030-01-01';
      request.variablePartyId = 'andreas-college';
      request.details = 'Line\u202eleft';
      request.coRequester = { role: 'voogd', name: 'Jan', email: 'jan@voorbeeld.nl' };
    });
    const english = acceptRequest(bad, { ...context, language: 'en' });
    const dutch = acceptRequest(bad, context);
    if (english.ok || dutch.ok) throw new Error('accepted');
    expect(english.errors.map((error) => error.path)).toEqual(dutch.errors.map((error) => error.path));
    expect(english.errors.map((error) => error.message)).toEqual([
      'There are invisible characters in it that reverse the reading direction. Type the text again, without pasting.',
      'Fill in a valid e-mail address, like name@example.com.',
      'Choose the school board (the school of the child).',
      'The date of birth lies in the future. Fill in the date of birth of the child.',
      'Asking together is possible if the child is 12 to 16 years old. Is the child younger or older? Then leave this empty.',
    ]);
  });

  it('does not report a rule twice where the field itself is already wrong', () => {
    const paths = pathsOf(withChange((request) => ((request.child.dateOfBirth = '2030-02-30'), (request.requester.email = ''))));
    expect(paths.filter((path) => path === 'child.dateOfBirth')).toHaveLength(1);
  });
});

describe('requestSchema', () => {
  it('is the shape acceptRequest parses', () => {
    expect(requestSchemas('nl').request.safeParse(valid()).success).toBe(true);
    expect(requestSchemas('nl').request.safeParse({ ...valid(), extra: 1 }).success).toBe(false);
  });
});

describe('checkReceivedOn (registering a letter, e-mail or phone call)', () => {
  it('accepts today and earlier days, and refuses a missing, impossible or future date at receivedOn', async () => {
    const { checkReceivedOn } = await import('#core/intake');
    expect(checkReceivedOn('2026-11-22', '2026-11-22')).toBeNull();
    expect(checkReceivedOn('2026-10-01', '2026-11-22')).toBeNull();
    for (const bad of [undefined, '2026-02-30', '2026-13-01', '22-11-2026', '2026-11-23']) {
      expect(checkReceivedOn(bad, '2026-11-22')?.path, String(bad)).toBe('receivedOn');
    }
    expect(checkReceivedOn('2026-02-30', '2026-11-22')?.message).toContain('bestaande datum');
    expect(checkReceivedOn('2026-11-23', '2026-11-22')?.message).toContain('toekomst');
  });
});

describe('acceptRequest: a gemachtigde acting for someone', () => {
  const representative = (actingFor: unknown, role = 'gemachtigde') =>
    withChange((request) => {
      request.requester = { role, name: 'Anouk Bakker', email: 'anouk@clientondersteuning.nl', ...(actingFor === undefined ? {} : { actingFor }) };
    });

  it('is accepted with whom they act for, in what role, and as what', () => {
    const request = representative({ role: 'ouder', name: 'Fatima de Vries', kind: 'clientondersteuner' });
    const result = acceptRequest(request, context);
    expect(result.ok && result.request.input.requester).toEqual(request.requester);
  });

  it('applies the age rule to the person acted for, and says so at that field', () => {
    // Noor is 13: a gemachtigde of a parent may ask, one of a 13-year-old too; for a child of 17 only the youth's own.
    expect(acceptRequest(representative({ role: 'jongere', name: 'Noor de Vries', kind: 'advocaat' }), context).ok).toBe(true);
    const older = withChange((request) => {
      request.requester = {
        role: 'gemachtigde',
        name: 'Anouk Bakker',
        email: 'anouk@voorbeeld.nl',
        actingFor: { role: 'ouder', name: 'Fatima', kind: 'advocaat' },
      };
      request.child.dateOfBirth = '2009-01-01';
    });
    expect(errorsOf(older)).toEqual([
      {
        path: 'requester.actingFor.role',
        message: 'Vanaf 16 jaar doet de jongere het verzoek zelf. Een ouder of voogd kan dat dan niet meer namens de jongere doen.',
      },
    ]);
  });

  it('refuses a gemachtigde without whom they act for, each missing part at its own field, with the other errors', () => {
    expect(pathsOf(representative(undefined))).toEqual(['requester.actingFor']);
    const incomplete = representative({ name: ' ' });
    incomplete.requester.email = 'geen-adres';
    expect(pathsOf(incomplete).sort()).toEqual(['requester.actingFor.kind', 'requester.actingFor.name', 'requester.actingFor.role', 'requester.email']);
  });

  it('refuses whom-they-act-for from someone who is not a gemachtigde', () => {
    expect(pathsOf(representative({ role: 'ouder', name: 'Fatima', kind: 'anders' }, 'ouder'))).toEqual(['requester.actingFor']);
  });
});

describe('acceptRequest: asking together', () => {
  const together = (co: unknown, change: (request: any) => void = () => {}) =>
    withChange((request) => {
      request.coRequester = co;
      change(request);
    });

  it('accepts a parent with the youth of 12 to 16, and the youth with a parent', () => {
    const co = { role: 'jongere', name: 'Noor de Vries', email: 'noor@voorbeeld.nl' };
    const result = acceptRequest(together(co), context);
    expect(result.ok && result.request.input.coRequester).toEqual(co);
    const youth = together({ role: 'ouder', name: 'Fatima de Vries', email: 'fatima@voorbeeld.nl' }, (request) => {
      request.requester = { role: 'jongere', name: 'Noor de Vries', email: 'noor@voorbeeld.nl' };
    });
    expect(acceptRequest(youth, context).ok).toBe(true);
  });

  it('refuses two parents, a child outside 12 to 16, a gemachtigde, and the own address, each in Dutch at its field', () => {
    const parent = { role: 'voogd', name: 'Jan', email: 'jan@voorbeeld.nl' };
    expect(errorsOf(together(parent))).toEqual([{ path: 'coRequester.role', message: expect.stringContaining('de jongere met een ouder met gezag') }]);
    const young = together({ role: 'jongere', name: 'Noor', email: 'noor@voorbeeld.nl' }, (request) => {
      request.child.dateOfBirth = '2016-01-01';
    });
    expect(pathsOf(young)).toEqual(['coRequester.role']);
    const representative = together({ role: 'jongere', name: 'Noor', email: 'noor@voorbeeld.nl' }, (request) => {
      request.requester = { role: 'gemachtigde', name: 'Anouk', email: 'anouk@voorbeeld.nl', actingFor: { role: 'ouder', name: 'Fatima', kind: 'advocaat' } };
    });
    expect(pathsOf(representative)).toEqual(['coRequester.role']);
    expect(pathsOf(together({ role: 'jongere', name: 'Noor', email: 'FATIMA@voorbeeld.nl' }))).toEqual(['coRequester.email']);
    expect(pathsOf(together({ role: 'jongere', name: ' ', email: 'geen' })).sort()).toEqual(['coRequester.email', 'coRequester.name']);
  });
});
