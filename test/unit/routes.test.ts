import { describe, expect, it } from 'vitest';
import { languageOfPath, pathIn, pathTo, routeIdOf, routes, TRANSLATED_ROUTES } from '#routes';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { acceptedLanguage } from '#handlers/http/request';
import { matchRoute } from '../../infra/local/http-server';

describe('the route table in two languages', () => {
  it('has an English twin under /en of every page a requester reads, served by the same function, and none of the portal', () => {
    for (const id of TRANSLATED_ROUTES) {
      const [dutch, english] = routes.filter((route) => route.id === id);
      expect(english, id).toMatchObject({ method: dutch!.method, handler: dutch!.handler, auth: 'public', path: id === 'home' ? '/en' : `/en${dutch!.path}` });
    }
    expect(routes.filter((route) => route.path.startsWith('/en')).every((route) => route.auth === 'public')).toBe(true);
    expect(routes.at(-1)!.id).toBe('notFound');
  });

  it('reads a route key of either language as the same route, and the language from the path', () => {
    expect(routeIdOf('GET /en/verzoek')).toBe('form');
    expect(routeIdOf('GET /verzoek')).toBe('form');
    expect(routeIdOf('POST /en/verzoek/status/{token}/intrekken')).toBe('withdraw');
    expect(routeIdOf('GET /en')).toBe('home');
    // The portal has no English pages: such a key is no route.
    expect(routeIdOf('GET /en/portaal')).toBeUndefined();
    expect(languageOfPath('/en/verzoek/status/abc')).toBe('en');
    expect(languageOfPath('/en')).toBe('en');
    expect(languageOfPath('/energie')).toBe('nl');
    expect(languageOfPath('/verzoek')).toBe('nl');
  });

  it('links a page in a language, and anything else (the portal, the stylesheet) as it is', () => {
    expect(pathIn('en', 'statusPage', { token: 'a b' }, { gelukt: 'antwoord' })).toBe('/en/verzoek/status/a%20b?gelukt=antwoord');
    expect(pathIn('nl', 'statusPage', { token: 'abc' })).toBe(pathTo('statusPage', { token: 'abc' }));
    expect(pathIn('en', 'home')).toBe('/en');
    expect(pathIn('en', 'myTasks')).toBe('/portaal');
    expect(pathIn('en', 'asset', { file: 'site.css' })).toBe('/static/site.css');
  });

  it('is what the local server dispatches with: an English path reaches its page, an unknown one the English 404', () => {
    expect(matchRoute('GET', '/en/verzoek/bevestigen/abc')).toMatchObject({ route: { id: 'confirmPage', path: '/en/verzoek/bevestigen/{token}' } });
    expect(matchRoute('GET', '/en/portaal')).toMatchObject({ route: { id: 'notFound' } });
  });

  it("takes the API's language from Accept-Language: the first we have by weight and order, else Dutch", () => {
    const asking = (value?: string) =>
      acceptedLanguage({ headers: value === undefined ? {} : { 'Accept-Language': value } } as unknown as APIGatewayProxyEventV2);
    expect(asking('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(asking('de-DE, nl;q=0.4, en;q=0.7')).toBe('en');
    expect(asking('fr, nl')).toBe('nl');
    expect(asking('en;q=0, nl;q=0.1')).toBe('nl');
    expect(asking('en;q=abc')).toBe('nl');
    expect(asking('de')).toBe('nl');
    expect(asking()).toBe('nl');
  });
});
