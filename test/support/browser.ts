import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { currentCode, seededPortalUsers, seededUser } from './portal-session';

/** Debian's Chromium (apt-get install chromium); playwright-core never downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without these Chromium tries to reach Google's hosts, which this network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * WCAG 2.1 A and AA violations on the page, as "rule: target" lines (empty
 * when clean), and every id used more than once: axe 4 no longer checks ids
 * (WCAG 2.2 dropped 4.1.1), but a duplicate id still makes a screen reader
 * read the wrong hint or label.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of Array.from(document.querySelectorAll('[id]'))) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id, count]) => `duplicate-id: #${id} (${count} times)`);
  });
  return [...results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`)), ...duplicates];
}

/** The widths every page is checked at: a desktop screen, and the narrowest phone WCAG 1.4.10 (reflow) asks for. */
export const CHECKED_WIDTHS = [1280, 320] as const;

/**
 * Everything a user at either width would notice, as "<width> px: problem"
 * lines: the WCAG violations and duplicate ids of `wcagViolations`, and a page
 * that scrolls sideways (with the first elements reaching past the edge, for
 * the message). The page is resized in place, so a page reached by a post is
 * checked as it is.
 */
export async function problemsAtCheckedWidths(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const width of CHECKED_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const tooWide = await page.evaluate(() =>
      document.documentElement.scrollWidth <= document.documentElement.clientWidth
        ? []
        : Array.from(document.querySelectorAll('body *'))
            .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 3)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    if (tooWide.length > 0) problems.push(`${width} px: the page scrolls sideways (${tooWide.join(', ')})`);
    problems.push(...(await wcagViolations(page)).map((violation) => `${width} px: ${violation}`));
  }
  return problems;
}

/** Clicks and waits for the page it leads to (a link, or a form's button without JavaScript). */
export async function navigate(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() }), target.click()]);
  await page.waitForLoadState('load');
}

/**
 * Signs a seeded account in through the pages, from `startUrl` (which sends
 * to sign-in): password, then the TOTP code; a code refused because it was
 * just used is tried once more with the next window's.
 */
export async function signInWithBrowser(page: Page, startUrl: string, email: string): Promise<void> {
  await page.goto(startUrl);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(seededPortalUsers().password);
  await navigate(page, page.getByRole('button', { name: 'Verder' }));
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel('Code van 6 cijfers').fill(currentCode(seededUser(email).totpSecret));
    await navigate(page, page.getByRole('button', { name: 'Inloggen' }));
    if (new URL(page.url()).pathname !== '/portaal/inloggen' || attempt === 1) break;
    await new Promise((done) => setTimeout(done, 30_250 - (Date.now() % 30_000)));
  }
}
