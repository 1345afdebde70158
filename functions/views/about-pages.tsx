import { pathIn } from '#routes';
import type { Directory } from '#core/directory';
import { aboutTexts, layoutTexts } from '#texts/catalogue';
import { longDate } from '#texts/format';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { Layout } from './layout';
import { regionTextLang, renderPage } from './render';

/** The day the accessibility statement was last checked against the tests it names (test/e2e). */
const ACCESSIBILITY_CHECKED_ON = '2026-12-07';

function List(props: { items: readonly string[] }) {
  return (
    <ul>
      {props.items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

/** The toegankelijkheidsverklaring, after the Dutch model: status, what was tested, known limitations, how to report. */
export function renderAccessibilityStatement(language: Language = DEFAULT_LANGUAGE): string {
  const t = aboutTexts(language).accessibility;
  return renderPage(
    <Layout title={t.title} inLanguage={(other) => pathIn(other, 'accessibilityStatement')}>
      <h1>{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>
      <h2>{t.statusTitle}</h2>
      <p>{t.status}</p>
      <h2>{t.testedTitle}</h2>
      <List items={t.tested} />
      <h2>{t.limitationsTitle}</h2>
      <List items={t.limitations} />
      <h2>{t.reportTitle}</h2>
      <p>
        {t.report} <a href={pathIn(language, 'contactPage')}>{aboutTexts(language).contact.title}</a>
      </p>
      <p>{t.updated(longDate(language, ACCESSIBILITY_CHECKED_ON))}</p>
    </Layout>,
    language,
  );
}

/** The privacyverklaring of the service itself: who is responsible, what is stored, how long, who receives it, the rights. */
export function renderPrivacyStatement(args: { directory: Directory; retentionDays: number }, language: Language = DEFAULT_LANGUAGE): string {
  const t = aboutTexts(language).privacy;
  const runners = args.directory.config.regions.flatMap((region) => (region.about ? [region.about] : []));
  return renderPage(
    <Layout title={t.title} inLanguage={(other) => pathIn(other, 'privacyStatement')}>
      <h1>{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>
      <h2>{t.whoTitle}</h2>
      <p>{t.who}</p>
      {runners.length > 0 && <List items={runners.map((about) => t.whoRegion(about.serviceName, about.organisation))} />}
      <h2>{t.whatTitle}</h2>
      <List items={t.what} />
      <h2>{t.howLongTitle}</h2>
      <List items={t.howLong(args.retentionDays)} />
      <h2>{t.whoGetsTitle}</h2>
      <p>{t.whoGets}</p>
      <h2>{t.rightsTitle}</h2>
      <p>{t.rights}</p>
    </Layout>,
    language,
  );
}

/** Contact: per region who runs the service and how to reach them, and its central contact point. */
export function renderContactPage(args: { directory: Directory }, language: Language = DEFAULT_LANGUAGE): string {
  const t = aboutTexts(language).contact;
  const { directory } = args;
  const labels = layoutTexts(language).contact;
  return renderPage(
    <Layout title={t.title} inLanguage={(other) => pathIn(other, 'contactPage')}>
      <h1>{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>
      <p>{t.reference}</p>
      {directory.config.regions.map((region) => {
        const central = region.centralContact ? directory.party(region.centralContact)?.name : undefined;
        const about = region.about;
        return (
          <section aria-labelledby={`regio-${region.id}`}>
            <h2 id={`regio-${region.id}`}>{about?.serviceName ?? region.name}</h2>
            {about && (about.phone || about.email || about.address) ? (
              <dl class="summary-list">
                <dt>{t.organisation}</dt>
                <dd>{about.organisation}</dd>
                {about.phone && (
                  <>
                    <dt>{labels.phone}</dt>
                    <dd>
                      <a href={`tel:${about.phone.replace(/[^+0-9]/g, '')}`}>{about.phone}</a>
                      {about.openingHours && <span lang={regionTextLang(language)}>{` (${about.openingHours})`}</span>}
                    </dd>
                  </>
                )}
                {about.email && (
                  <>
                    <dt>{labels.email}</dt>
                    <dd>
                      <a href={`mailto:${about.email}`}>{about.email}</a>
                    </dd>
                  </>
                )}
                {about.address && (
                  <>
                    <dt>{labels.address}</dt>
                    <dd>{about.address}</dd>
                  </>
                )}
              </dl>
            ) : (
              <p>{t.noContact}</p>
            )}
            {central && <p>{t.central(central)}</p>}
          </section>
        );
      })}
    </Layout>,
    language,
  );
}
