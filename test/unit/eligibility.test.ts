import { describe, expect, it } from 'vitest';
import { ageOn, checkSubmitter, MAX_AGE_YEARS } from '#core/eligibility';
import { expectDutch } from './support/dutch';

describe('ageOn: completed years on a date', () => {
  it.each([
    ['2014-05-20', '2026-05-19', 11],
    ['2014-05-20', '2026-05-20', 12],
    ['2014-05-20', '2026-05-21', 12],
    ['2014-05-20', '2026-04-30', 11],
    ['2014-05-20', '2026-06-01', 12],
    ['2014-05-20', '2030-05-19', 15],
    ['2014-05-20', '2030-05-20', 16],
    ['2014-05-20', '2014-05-20', 0],
    ['2014-05-20', '2015-05-19', 0],
    ['2013-12-31', '2026-01-01', 12],
    ['2014-01-01', '2025-12-31', 11],
    // born on 29 February: the year is complete on 1 March in common years
    ['2012-02-29', '2025-02-28', 12],
    ['2012-02-29', '2025-03-01', 13],
    ['2012-02-29', '2024-02-28', 11],
    ['2012-02-29', '2024-02-29', 12],
    ['2088-02-29', '2100-02-28', 11], // 2100 is not a leap year
    ['2088-02-29', '2100-03-01', 12],
  ])('born %s, on %s: %i', (born, on, age) => {
    expect(ageOn(born, on)).toBe(age);
  });
});

describe('checkSubmitter: who may submit (under 12 representative, 12-16 both, from 16 the youth)', () => {
  const BORN = '2014-05-20'; // 12 on 2026-05-20, 16 on 2030-05-20

  it.each([
    // [role, received on, allowed]
    ['jongere', '2026-05-19', false],
    ['jongere', '2026-05-20', true],
    ['jongere', '2030-05-19', true],
    ['jongere', '2030-05-20', true],
    ['jongere', '2035-01-01', true],
    ['ouder', '2026-05-19', true],
    ['ouder', '2026-05-20', true],
    ['ouder', '2030-05-19', true],
    ['ouder', '2030-05-20', false],
    ['voogd', '2026-05-19', true],
    ['voogd', '2026-05-20', true],
    ['voogd', '2030-05-19', true],
    ['voogd', '2030-05-20', false],
  ] as const)('%s on %s: allowed %s', (role, receivedOn, allowed) => {
    const error = checkSubmitter(role, BORN, receivedOn);
    if (allowed) {
      expect(error).toBeNull();
    } else {
      expect(error?.path).toBe('requester.role');
      expectDutch(error?.message);
    }
  });

  it('tells a child under 12 that a parent or guardian can submit, and a representative of a 16-year-old that the youth submits', () => {
    expect(checkSubmitter('jongere', BORN, '2026-05-19')?.message).toMatch(/12/);
    expect(checkSubmitter('ouder', BORN, '2030-05-20')?.message).toMatch(/16/);
  });

  it('counts a 29 February birthday on 1 March in common years', () => {
    // 12th and 16th birthdays of someone born on 29 Feb fall in leap years (except around 2100)
    expect(checkSubmitter('jongere', '2012-02-29', '2024-02-28')?.path).toBe('requester.role');
    expect(checkSubmitter('jongere', '2012-02-29', '2024-02-29')).toBeNull();
    expect(checkSubmitter('ouder', '2012-02-29', '2028-02-28')).toBeNull();
    expect(checkSubmitter('ouder', '2012-02-29', '2028-02-29')?.path).toBe('requester.role');
    // 2100 is a common year: the 12th year is complete on 1 March 2100
    expect(checkSubmitter('jongere', '2088-02-29', '2100-02-28')?.path).toBe('requester.role');
    expect(checkSubmitter('jongere', '2088-02-29', '2100-03-01')).toBeNull();
  });

  it('refuses a date of birth in the future, for every role', () => {
    for (const role of ['jongere', 'ouder', 'voogd'] as const) {
      const error = checkSubmitter(role, '2026-03-11', '2026-03-10');
      expect(error?.path).toBe('child.dateOfBirth');
      expectDutch(error?.message);
    }
    expect(checkSubmitter('ouder', '2030-01-01', '2026-03-10')?.path).toBe('child.dateOfBirth');
  });

  it('allows a parent for a child born on the day of receipt', () => {
    expect(checkSubmitter('ouder', '2026-03-10', '2026-03-10')).toBeNull();
    expect(checkSubmitter('voogd', '2026-03-10', '2026-03-10')).toBeNull();
    expect(checkSubmitter('jongere', '2026-03-10', '2026-03-10')?.path).toBe('requester.role');
  });

  it(`refuses a date of birth more than ${MAX_AGE_YEARS} years back as a probable typing error`, () => {
    expect(MAX_AGE_YEARS).toBe(25);
    // exactly 25 years back: allowed (for the youth; a parent is refused because the youth is over 16)
    expect(checkSubmitter('jongere', '2001-03-10', '2026-03-10')).toBeNull();
    expect(checkSubmitter('ouder', '2001-03-10', '2026-03-10')?.path).toBe('requester.role');
    // one day more: refused on the date of birth, whatever the role
    for (const role of ['jongere', 'ouder', 'voogd'] as const) {
      const error = checkSubmitter(role, '2001-03-09', '2026-03-10');
      expect(error?.path).toBe('child.dateOfBirth');
      expectDutch(error?.message);
      expect(error?.message).toMatch(/25/);
    }
    expect(checkSubmitter('jongere', '1901-03-10', '2026-03-10')?.path).toBe('child.dateOfBirth');
    // received on 29 Feb: 25 years back is clamped to 28 Feb
    expect(checkSubmitter('jongere', '2003-02-28', '2028-02-29')).toBeNull();
    expect(checkSubmitter('jongere', '2003-02-27', '2028-02-29')?.path).toBe('child.dateOfBirth');
  });
});
