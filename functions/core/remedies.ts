import { remedies as texts } from '#texts/nl/remedies';
import type { Party } from './region-config';
import type { RequestType } from './request-kinds';

/**
 * Which remedies follow one organisation's part of the decision (DOMAIN.md,
 * "Remedies, per decided part"). Each party is its own controller, so the
 * remedies follow the organisation that decided the part, not the
 * coordinator that sent the decision:
 *
 * - a public body (bestuursorgaan): its answer is a besluit (UAVG art. 34), so
 *   every part of it names bezwaar within six weeks at that organisation and
 *   where to send it (Awb 3:45, 6:7); where it refused, also the AP complaint;
 * - a private party, where it refused: the AP complaint and the petition to
 *   the district court within six weeks (UAVG art. 35);
 * - with an access request, the other rights and the AP complaint once for
 *   all (AVG art. 15(1)(e)-(f)).
 */

/** Whether a party is a public body: its own setting, else its type (a municipality, and an RBL acting for municipalities, are). */
export function isPublicBody(party: Pick<Party, 'type' | 'publicBody'>): boolean {
  return party.publicBody ?? party.type === 'gemeente';
}

export interface PartStanding {
  name: string;
  publicBody: boolean;
  /** Where a bezwaar is sent: the postal address from the configuration, else the party's privacy mailbox. */
  sendTo: string;
  /** The types this organisation refused, by its own answer or by a refusal of the whole type. */
  refused: readonly RequestType[];
}

export type Remedy = 'bezwaar' | 'complaint' | 'court';

/** The remedies of one part, in the order they are stated. */
export function remediesOf(part: Pick<PartStanding, 'publicBody' | 'refused'>): Remedy[] {
  const refused = part.refused.length > 0;
  if (part.publicBody) return refused ? ['bezwaar', 'complaint'] : ['bezwaar'];
  return refused ? ['complaint', 'court'] : [];
}

/** The sentences of one part's remedies. */
export function remedySentences(part: PartStanding): string[] {
  return remediesOf(part).map((remedy) =>
    remedy === 'bezwaar' ? texts.bezwaar(part.name, part.sendTo) : remedy === 'complaint' ? texts.complaint(part.name) : texts.court(part.name),
  );
}

/** The art. 15(1)(e)-(f) sentence, stated once in every decision on an access request. */
export function accessRightsSentence(types: readonly RequestType[]): string[] {
  return types.includes('inzage') ? [texts.accessRights] : [];
}
