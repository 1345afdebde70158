import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInLocation } from '#handlers/http/return-path';

describe('safeReturnPath (terug)', () => {
  it.each([
    '/portaal',
    '/portaal/',
    '/portaal/verzoeken/AVG-7K3M-9QXD',
    '/portaal/verzoeken/AVG-7K3M-9QXD?tab=tijdlijn',
    '/portaal?filter=open',
    '/portaal/registreren',
  ])('accepts %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    ['another site', 'https://aanvaller.example/portaal'],
    ['a protocol-relative URL', '//aanvaller.example/portaal'],
    ['a backslash (browsers read it as a slash)', '/\\aanvaller.example'],
    ['a backslash after the prefix', '/portaal\\..\\verzoek'],
    ['a double slash inside', '/portaal//aanvaller.example'],
    ['a path outside the portal', '/verzoek'],
    ['a longer name that only starts like the portal', '/portaalx'],
    ['dot segments', '/portaal/../verzoek'],
    ['encoded dot segments', '/portaal/%2e%2e/verzoek'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'portaal'],
    ['a tab or newline', '/portaal/\n/aanvaller'],
    ['a fragment', '/portaal#x'],
    ['the sign-in page (a loop)', '/portaal/inloggen'],
    ['the sign-out page', '/portaal/uitloggen'],
    ['an empty value', ''],
    ['no value', undefined],
    ['something very long', `/portaal/${'a'.repeat(600)}`],
  ])('refuses %s', (_, value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });
});

describe('signInLocation', () => {
  it('carries the path in terug, encoded', () => {
    expect(signInLocation('/portaal/verzoeken/AVG-7K3M-9QXD?tab=tijdlijn')).toBe(
      '/portaal/inloggen?terug=%2Fportaal%2Fverzoeken%2FAVG-7K3M-9QXD%3Ftab%3Dtijdlijn',
    );
  });

  it('leaves terug out for paths it does not accept', () => {
    expect(signInLocation('/portaal')).toBe('/portaal/inloggen?terug=%2Fportaal');
    expect(signInLocation('//aanvaller.example')).toBe('/portaal/inloggen');
    expect(signInLocation('/portaal/inloggen')).toBe('/portaal/inloggen');
  });
});
