import type { DecisionText } from '#core/decision';
import { statusTexts } from '#texts/catalogue';
import { useLanguage } from './render';

/**
 * The decision as sent, the same on the status page and in the portal: the
 * coordinator's decision per type, then each organisation's part with its
 * own remedies, then the rights that hold for all. A decision sent before
 * the parts existed shows its paragraphs only (its notices are in them).
 */
export function DecisionTextView({ text, headingLevel }: { text: Pick<DecisionText, 'paragraphs' | 'parts' | 'rights'>; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const t = statusTexts(useLanguage());
  return (
    <>
      {text.paragraphs.map((paragraph) => (
        <p class="pre">{paragraph}</p>
      ))}
      {text.parts && text.parts.length > 0 && (
        <>
          <Heading>{t.partsTitle}</Heading>
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
          <Heading>{t.rightsTitle}</Heading>
          {text.rights.map((sentence) => (
            <p>{sentence}</p>
          ))}
        </>
      )}
    </>
  );
}
