import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { Layout } from './layout';
import { renderPage } from './render';

/**
 * A page that only tells something: a title, a few paragraphs (from the
 * catalogue) and a way on. In the portal's frame for the portal's own
 * messages (no public footer, no language switch: the portal is Dutch).
 */
export function renderMessagePage(
  args: { title: string; paragraphs: string[]; link?: { href: string; text: string }; kind?: 'public' | 'portal' },
  language: Language = DEFAULT_LANGUAGE,
): string {
  return renderPage(
    <Layout title={args.title} kind={args.kind}>
      <h1>{args.title}</h1>
      {args.paragraphs.map((text) => (
        <p>{text}</p>
      ))}
      {args.link && (
        <p>
          <a href={args.link.href}>{args.link.text}</a>
        </p>
      )}
    </Layout>,
    language,
  );
}
