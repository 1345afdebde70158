import { remedies } from '#texts/nl/remedies';

/**
 * The remedies one organisation's part must carry, written out from DOMAIN.md
 * ("Remedies, per decided part") rather than computed the way core does: a
 * public body's part names bezwaar (and, where it refused, the AP complaint);
 * a private party's refusal the AP complaint and the district court.
 */
export function expectedRemedies(party: { name: string; sendTo: string }, publicBody: boolean, refused: boolean): string[] {
  if (publicBody) return refused ? [remedies.bezwaar(party.name, party.sendTo), remedies.complaint(party.name)] : [remedies.bezwaar(party.name, party.sendTo)];
  return refused ? [remedies.complaint(party.name), remedies.court(party.name)] : [];
}
