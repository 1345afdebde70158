import { Layout } from './layout';
import { renderPage } from './render';

export function renderMessagePage(args: { title: string; paragraphs: string[]; link?: { href: string; text: string } }): string {
  return renderPage(
    <Layout title={args.title}>
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
  );
}
