import { layoutTexts } from '#texts/catalogue';
import type { ComponentChildren } from 'preact';
import { pathTo } from '#routes';
import { STYLESHEET_FILE } from './generated/stylesheet-name';
import { useLanguage } from './render';

/** What a region shows of itself in the frame (filled in by the region's administration, later). */
export interface RegionBrand {
  name: string;
  logoPath?: string;
}

/** Links in the footer: contact, privacy statement, accessibility statement (filled in by later work). */
export interface FooterLink {
  label: string;
  href: string;
}

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
  region?: RegionBrand;
  footerLinks?: FooterLink[];
  children: ComponentChildren;
}) {
  const language = useLanguage();
  const t = layoutTexts(language);
  const portal = props.kind === 'portal';
  const service = portal ? t.portalService : t.publicService;
  const links = props.footerLinks ?? [];
  return (
    <html lang={language} class="avg-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.hasErrors ? t.errorPrefix : ''}${props.title} - ${service}`}</title>
        <link rel="stylesheet" href={pathTo('asset', { file: STYLESHEET_FILE })} />
      </head>
      <body class="utrecht-document utrecht-document--surface">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t.skipLink}
        </a>
        <div class={portal ? 'avg-page-frame avg-page-frame--workspace' : 'avg-page-frame'}>
          <header class="utrecht-page-header">
            <div class="utrecht-page-header__content">
              <div class="avg-header">
                {props.region?.logoPath && <img class="avg-header__logo" src={props.region.logoPath} alt={t.regionLogo(props.region.name)} />}
                <p class="avg-header__service">{service}</p>
                {props.region && <p class="avg-header__region">{props.region.name}</p>}
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
              <p>{t.footerAbout}</p>
            </div>
          </footer>
        </div>
      </body>
    </html>
  );
}
