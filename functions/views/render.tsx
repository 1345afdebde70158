import { createContext, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';

/** The language of the page being rendered: components take their texts from it, not from a prop each. */
const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

/** Pages are preact components rendered on the server: every interpolated value is escaped. */
export function renderPage(page: VNode, language: Language = DEFAULT_LANGUAGE): string {
  return `<!doctype html>${renderToString(<LanguageContext.Provider value={language}>{page}</LanguageContext.Provider>)}`;
}

/** The page's language, for a component's texts: `casePageTexts(useLanguage())`. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}
