import type { ComponentChildren } from 'preact';
import { pathTo } from '#routes';

export function Layout(props: { title: string; hasErrors?: boolean; site?: string; children: ComponentChildren }) {
  const site = props.site ?? 'Privacyverzoek jeugd en onderwijs';
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.hasErrors ? 'Fout: ' : ''}${props.title} - ${site}`}</title>
        <link rel="stylesheet" href={pathTo('asset', { file: 'app.css' })} />
      </head>
      <body>
        <a class="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <header class="site-header">
          <div class="container">
            <p class="site-name">{site}</p>
          </div>
        </header>
        <main id="inhoud" class="container" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>
              Dit formulier is van de organisaties die samenwerken in een privacyconvenant over kinderen: scholen, samenwerkingsverbanden, gemeenten
              (leerplicht), jeugdhulp en kinderopvang.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
