import type { InzageDetails } from '#core/party-answer';
import { termsTexts } from '#texts/catalogue';
import { useLanguage } from './render';

/**
 * The details layer of one party's inzage answer (AVG art. 15(1) and the copy
 * as text), the same on the status page and on the request in the portal, so
 * the coordinator reads what the requester will read.
 */
export function InzageDetailsList({ details, categories }: { details: InzageDetails; categories: readonly string[] }) {
  const terms = termsTexts(useLanguage());
  const t = terms.inzageDetails;
  return (
    <dl class="summary-list">
      <dt>{t.purposes}</dt>
      <dd class="pre">{details.purposes}</dd>
      <dt>{t.categories}</dt>
      <dd>{terms.dataCategories(categories)}</dd>
      <dt>{t.recipients}</dt>
      <dd class="pre">{details.recipients}</dd>
      <dt>{t.retention}</dt>
      <dd class="pre">{details.retention}</dd>
      <dt>{t.source}</dt>
      <dd class="pre">{details.source}</dd>
      {details.copy && (
        <>
          <dt>{t.copy}</dt>
          <dd class="pre">{details.copy}</dd>
        </>
      )}
    </dl>
  );
}
