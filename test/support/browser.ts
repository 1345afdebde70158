import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

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
