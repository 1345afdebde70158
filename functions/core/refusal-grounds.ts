import { refusalGrounds } from '#texts/nl/case-rules';
import type { RequestType } from './request-kinds';

/**
 * The grounds on which a right may be refused, per right, each with its
 * article (DOMAIN.md, "Refusal grounds depend on the right"):
 * access: art. 41 lid 1 UAVG a-j (the covenants allow no other, footnote 56);
 * erasure: art. 17(3) AVG a-e; objection: compelling legitimate grounds
 * (art. 21(1)); rectification and completion: the data is correct and
 * complete (art. 16); restriction: none of the cases of art. 18(1) applies.
 * Every right also: manifestly unfounded or excessive (art. 12(5)), read
 * narrowly. The motivation, required with every refusal, gives the reason.
 */
export const GROUNDS_BY_RIGHT = {
  inzage: ['uavg-41-a', 'uavg-41-b', 'uavg-41-c', 'uavg-41-d', 'uavg-41-e', 'uavg-41-f', 'uavg-41-g', 'uavg-41-h', 'uavg-41-i', 'uavg-41-j', 'avg-12-5'],
  verwijdering: ['avg-17-3-a', 'avg-17-3-b', 'avg-17-3-c', 'avg-17-3-d', 'avg-17-3-e', 'avg-12-5'],
  bezwaar: ['avg-21-1', 'avg-12-5'],
  rectificatie: ['avg-16', 'avg-12-5'],
  beperking: ['avg-18-1', 'avg-12-5'],
} as const satisfies Record<RequestType, ReadonlyArray<keyof typeof refusalGrounds>>;

/** Every ground's wording with its article, for the page, the letter and grounds stored before they were per right. */
export const REFUSAL_GROUNDS = refusalGrounds;
export type RefusalGround = keyof typeof REFUSAL_GROUNDS;

export function groundAllowed(type: RequestType, ground: string): ground is RefusalGround {
  return (GROUNDS_BY_RIGHT[type] as readonly string[]).includes(ground);
}
