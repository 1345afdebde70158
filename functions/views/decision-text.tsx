import type { DecisionText } from '#core/decision';

/**
 * The decision as sent, the same on the status page and in the portal: the
 * coordinator's decision per type, then each organisation's part with its
 * own remedies, then the rights that hold for all. A decision sent before
 * the parts existed shows its paragraphs only (its notices are in them).
 */
export function DecisionTextView({
  text,
  titles: t,
}: {
  text: Pick<DecisionText, 'paragraphs' | 'parts' | 'rights'>;
  /** The page's own headings: each page bundles its own texts only. */
  titles: { partsTitle: string; rightsTitle: string };
}) {
  return (
    <>
      {text.paragraphs.map((paragraph) => (
        <p class="pre">{paragraph}</p>
      ))}
      {text.parts && text.parts.length > 0 && (
        <>
          <h3>{t.partsTitle}</h3>
          {text.parts.map((part) => (
            <>
              <p>
                <strong>{part.name}</strong>
              </p>
              <ul class="utrecht-unordered-list utrecht-unordered-list--html-content">
                {part.lines.map((line) => (
                  <li>{line}</li>
                ))}
              </ul>
              {part.remedies.map((sentence) => (
                <p>{sentence}</p>
              ))}
            </>
          ))}
        </>
      )}
      {text.rights && text.rights.length > 0 && (
        <>
          <h3>{t.rightsTitle}</h3>
          {text.rights.map((sentence) => (
            <p>{sentence}</p>
          ))}
        </>
      )}
    </>
  );
}
