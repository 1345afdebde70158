import { describe, expect, it } from 'vitest';
import { languageOfPath, pathIn, pathTo, routeIdOf, routes, TRANSLATED_ROUTES } from '#routes';
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
});
