import { createContext, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import type { SiteOwner } from './site-owner';

/** The language of the page being rendered: components take their texts from it, not from a prop each. */
const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);
/** The region the page is about, for the frame (layout.tsx); none on pages about no one region. */
const OwnerContext = createContext<SiteOwner | undefined>(undefined);

let currentOwner: SiteOwner | undefined;

/**
 * Renders with this region as the page's owner. Rendering is synchronous, so
 * the owner set here is the one of exactly the pages rendered inside `render`:
 * a handler names the region once instead of every page function taking it.
 */
export function forOwner<T>(owner: SiteOwner | undefined, render: () => T): T {
  const previous = currentOwner;
  currentOwner = owner;
  try {
    return render();
  } finally {
    currentOwner = previous;
  }
}

/** Pages are preact components rendered on the server: every interpolated value is escaped. */
export function renderPage(page: VNode, language: Language = DEFAULT_LANGUAGE): string {
  return `<!doctype html>${renderToString(
    <LanguageContext.Provider value={language}>
      <OwnerContext.Provider value={currentOwner}>{page}</OwnerContext.Provider>
    </LanguageContext.Provider>,
  )}`;
}

export function useOwner(): SiteOwner | undefined {
  return useContext(OwnerContext);
}

/** The page's language, for a component's texts: `casePageTexts(useLanguage())`. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/**
 * The `lang` of a region's own texts (descriptions, opening hours), which the
 * beheer pages take in Dutch: set only on a page in another language, so a
 * screen reader reads them as Dutch there (WCAG 3.1.2).
 */
export const regionTextLang = (language: Language): Language | undefined => (language === DEFAULT_LANGUAGE ? undefined : DEFAULT_LANGUAGE);
