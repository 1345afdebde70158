import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStyles, GENERATED_DIR, generatedSources } from '#infra/build/styles';
import { PAGE_HEADERS } from '#handlers/http/responses';

/** The committed stylesheet is what `npm run build:styles` makes of today's components, tokens and rules. */
describe('the built stylesheet', () => {
  it('is up to date with the NL Design System packages, the theme and the layout rules (run npm run build:styles)', async () => {
    const built = await buildStyles();
    for (const [name, source] of Object.entries(generatedSources(built))) {
      expect(readFileSync(join(GENERATED_DIR, name), 'utf8') === source, `${name} is stale: run npm run build:styles`).toBe(true);
    }
  }, 60_000);

  it('themes the components with our brand scale only, serves its own fonts, and needs nothing the CSP forbids', async () => {
    const { files, stylesheet } = await buildStyles();
    const css = files.find((file) => file.name === stylesheet)!.body.toString('utf8');
    expect(css.includes('--voorbeeld-kleuren-violet'), 'the example theme brand is left').toBe(false);
    expect(/--avg-brand-600:\s*#143f72/.test(css), 'our brand scale').toBe(true);
    expect(css.includes('.utrecht-button{'), 'the button component').toBe(true);
    // Fonts from our own origin, woff2 only; no data: URL or other host (the CSP allows 'self' only).
    const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map(([, url]) => url!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/static\/noto-sans-latin(-ext)?-[47]00-normal-[A-Z0-9]+\.woff2$/);
    expect(files.filter((file) => file.contentType === 'font/woff2')).toHaveLength(4);
    expect(PAGE_HEADERS['content-security-policy']).toContain("font-src 'self'");
    expect(PAGE_HEADERS['content-security-policy']).not.toContain('unsafe-inline');
    expect(PAGE_HEADERS['content-security-policy']).not.toContain('data:');
  }, 60_000);
});
