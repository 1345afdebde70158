import { layoutTexts } from '#texts/catalogue';
import type { ComponentChildren } from 'preact';
import { pathIn, pathTo } from '#routes';
import { LANGUAGES, type Language } from '#texts/language';
import { STYLESHEET_FILE } from './generated/stylesheet-name';
import { regionTextLang, useLanguage, useOwner } from './render';
import type { SiteOwner } from './site-owner';

/**
 * The frame of every page, in NL Design System components: skip link, page
 * header with the service name and a place for the region's logo and name, the
 * content, and a footer with room for contact and statement links. The portal
 * gets the wider workspace width.
 */
export function Layout(props: {
  title: string;
  hasErrors?: boolean;
  kind?: 'public' | 'portal';
  /** This page in another language, for the language switch; without it the switch leads to the start of the service. */
  inLanguage?: (language: Language) => string;
  children: ComponentChildren;
}) {
  const language = useLanguage();
  const t = layoutTexts(language);
  const portal = props.kind === 'portal';
  const pageOwner = useOwner();
  // The portal is the parties' own workspace, not a region's public service.
  const owner = portal ? undefined : pageOwner;
  const service = portal ? t.portalService : (owner?.serviceName ?? t.publicService);
  // Every public page links the service's own statements and contact page; a region may add its own statements.
  const links = portal
    ? []
    : [
        { label: t.accessibilityStatement, href: pathIn(language, 'accessibilityStatement') },
        { label: t.privacyStatement, href: pathIn(language, 'privacyStatement') },
        { label: t.contactPage, href: pathIn(language, 'contactPage') },
        ...(owner?.privacyStatementUrl ? [{ label: t.regionPrivacyStatement(owner.regionName), href: owner.privacyStatementUrl }] : []),
        ...(owner?.accessibilityStatementUrl ? [{ label: t.regionAccessibilityStatement(owner.regionName), href: owner.accessibilityStatementUrl }] : []),
      ];
  return (
    <html lang={language} class="avg-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.hasErrors ? t.errorPrefix : ''}${props.title} - ${service}`}</title>
        <link rel="stylesheet" href={pathTo('asset', { file: STYLESHEET_FILE })} />
        {owner?.stylesheetPath && <link rel="stylesheet" href={owner.stylesheetPath} />}
      </head>
      <body class="utrecht-document utrecht-document--surface">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t.skipLink}
        </a>
        <div class={portal ? 'avg-page-frame avg-page-frame--workspace' : 'avg-page-frame'}>
          <header class="utrecht-page-header">
            <div class="utrecht-page-header__content">
              <div class="avg-header">
                {owner?.logo && <img class="avg-header__logo" src={owner.logo.path} alt={owner.logo.alt} />}
                <p class="avg-header__service">{service}</p>
                {owner && <p class="avg-header__region">{owner.regionName}</p>}
                {!portal && <LanguageSwitch current={language} inLanguage={props.inLanguage ?? ((other) => pathIn(other, 'home'))} />}
              </div>
            </div>
          </header>
          <main id="inhoud" class="utrecht-page-content" tabindex={-1}>
            <div class="utrecht-page">{props.children}</div>
          </main>
          <footer class="utrecht-page-footer">
            <div class="utrecht-page-footer__content avg-footer">
              {links.length > 0 && (
                <nav aria-label={t.footerLinksLabel}>
                  <ul class="avg-footer__links">
                    {links.map((link) => (
                      <li>
                        <a class="utrecht-link utrecht-link--html-a" href={link.href}>
                          {link.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              {owner ? <OwnerContact owner={owner} /> : <p>{t.footerAbout}</p>}
            </div>
          </footer>
        </div>
      </body>
    </html>
  );
}

/**
 * The other languages of this page, each named in its own language and
 * marked as such (`lang`, `hreflang`), so a screen reader pronounces
 * "English" as English on a Dutch page (WCAG 3.1.2).
 */
function LanguageSwitch(props: { current: Language; inLanguage: (language: Language) => string }) {
  const others = LANGUAGES.filter((language) => language !== props.current);
  return (
    <nav class="avg-header__languages" aria-label={layoutTexts(props.current).languageSwitchLabel}>
      <ul>
        {others.map((language) => (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={props.inLanguage(language)} lang={language} hreflang={language}>
              {layoutTexts(language).languageName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Who runs the service and how to reach them: in the footer of every page about the region. */
function OwnerContact(props: { owner: SiteOwner }) {
  const t = layoutTexts(useLanguage());
  const { owner } = props;
  return (
    <>
      <p>{t.runBy(owner.serviceName, owner.organisation)}</p>
      {(owner.phone || owner.email || owner.address || owner.openingHours) && (
        <dl class="summary-list avg-footer__contact">
          {owner.phone && (
            <>
              <dt>{t.contact.phone}</dt>
              <dd>
                <a class="utrecht-link utrecht-link--html-a" href={`tel:${owner.phone.replace(/[^+0-9]/g, '')}`}>
                  {owner.phone}
                </a>
              </dd>
            </>
          )}
          {owner.email && (
            <>
              <dt>{t.contact.email}</dt>
              <dd>
                <a class="utrecht-link utrecht-link--html-a" href={`mailto:${owner.email}`}>
                  {owner.email}
                </a>
              </dd>
            </>
          )}
          {owner.openingHours && (
            <>
              <dt>{t.contact.hours}</dt>
              <dd lang={regionTextLang(useLanguage())}>{owner.openingHours}</dd>
            </>
          )}
          {owner.address && (
            <>
              <dt>{t.contact.address}</dt>
              <dd>{owner.address}</dd>
            </>
          )}
        </dl>
      )}
    </>
  );
}
