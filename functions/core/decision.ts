import * as z from 'zod/mini';
import { decisionRules } from '#texts/nl/case-rules';
import { cleanText } from './free-text';
import { type FieldError, type FormFields, readPerType } from './field-errors';
import { groundAllowed, REFUSAL_GROUNDS, type RefusalGround } from './refusal-grounds';
import { REQUEST_TYPES, type RequestType } from './request-kinds';
import { REQUEST_TYPE_TEXT } from './request-types';
import type { PartyTask } from './request-record';

/**
 * The one motivated decision the coordinator sends (covenant art. 13; AVG
 * art. 12). Any refusal, also a partial one, must name the right to complain
 * to the Autoriteit Persoonsgegevens and to go to court (art. 12(4)); a public
 * body's decision is a besluit under the Awb (UAVG art. 34) with six weeks for
 * bezwaar.
 */
export const DECISION_OUTCOMES = ['toegewezen', 'deels toegewezen', 'afgewezen'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

const groundIds = /* @__PURE__ */ Object.keys(REFUSAL_GROUNDS) as [RefusalGround, ...RefusalGround[]];

// Pure: a function that never reads decision forms (the status page, the parties' answers) drops the schema from its bundle.
export const typeDecisionSchema = /* @__PURE__ */ (() =>
  z.pipe(
    z
      .object({
        type: z.enum(REQUEST_TYPES),
        outcome: z.enum(DECISION_OUTCOMES, { error: decisionRules.outcomeMissing }),
        motivation: z
          .string({ error: decisionRules.motivationMissing })
          .check(
            z.trim(),
            z.minLength(1, { error: decisionRules.motivationEmpty }),
            z.maxLength(5000, { error: decisionRules.tooLong(5000) }),
            cleanText('lines'),
          ),
        ground: z.optional(z.enum(groundIds, { error: decisionRules.groundMissing })),
      })
      .check(
        z.superRefine((decision, ctx) => {
          if (decision.outcome !== 'toegewezen' && !decision.ground) {
            ctx.addIssue({ code: 'custom', path: ['ground'], message: decisionRules.groundNeeded });
          } else if (decision.outcome !== 'toegewezen' && decision.ground && !groundAllowed(decision.type, decision.ground)) {
            ctx.addIssue({ code: 'custom', path: ['ground'], message: decisionRules.groundNotForRight });
          }
        }),
      ),
    // A ground left selected on a granted type would read as a refusal.
    z.transform((decision: { type: RequestType; outcome: DecisionOutcome; motivation: string; ground?: RefusalGround }) => ({
      ...decision,
      ground: decision.outcome === 'toegewezen' ? undefined : decision.ground,
    })),
  ))();
export type TypeDecision = Omit<z.infer<typeof typeDecisionSchema>, 'ground'> & { ground?: RefusalGround };

export function decisionSchema(requested: readonly RequestType[]) {
  return z.array(typeDecisionSchema).check(
    z.superRefine((decisions, ctx) => {
      for (const type of requested) {
        if (!decisions.some((decision) => decision.type === type))
          ctx.addIssue({ code: 'custom', path: [type], message: decisionRules.typeMissing(REQUEST_TYPE_TEXT[type].label.toLowerCase()) });
      }
    }),
  );
}

export const COMPLAINT_NOTICE = decisionRules.complaint;
export const BEZWAAR_NOTICE = decisionRules.bezwaar;

export interface DecisionText {
  paragraphs: string[];
  includesComplaintNotice: boolean;
  includesBezwaarNotice: boolean;
}

/** The decision as the requester reads it on the status page. */
export function composeDecisionText(decisions: readonly TypeDecision[], context: { coordinatorName: string; publicBody: boolean }): DecisionText {
  const refused = decisions.some((decision) => decision.outcome !== 'toegewezen');
  const paragraphs = [decisionRules.byCoordinator(context.coordinatorName)];
  for (const decision of decisions) {
    paragraphs.push(`${REQUEST_TYPE_TEXT[decision.type].label}: ${decision.outcome}. ${decision.motivation}`);
    if (decision.ground) paragraphs.push(decisionRules.ground(REFUSAL_GROUNDS[decision.ground]));
  }
  if (refused) paragraphs.push(COMPLAINT_NOTICE);
  // Awb art. 3:45: every besluit of a public body names the bezwaar term, granted or not.
  const bezwaar = context.publicBody;
  if (bezwaar) paragraphs.push(BEZWAAR_NOTICE);
  return { paragraphs, includesComplaintNotice: refused, includesBezwaarNotice: bezwaar };
}

/**
 * Whose copy a decision releases: with inzage granted wholly or partly, each
 * party that provided its part; a party that refused or had nothing releases
 * nothing. Fixed when the decision is sent.
 */
export function partiesReleasingCopy(decisions: readonly TypeDecision[], tasks: readonly PartyTask[]): string[] {
  const inzage = decisions.find((decision) => decision.type === 'inzage');
  if (!inzage || inzage.outcome === 'afgewezen') return [];
  return tasks
    .filter((task) => task.kind === 'answer' && task.answers?.some((answer) => answer.type === 'inzage' && answer.outcome === 'verstrekt'))
    .map((task) => task.partyId);
}

/** The decision form: outcome, ground and motivation per requested type. */
export function readDecisionForm(types: readonly RequestType[], form: FormFields): { ok: true; values: TypeDecision[] } | { ok: false; errors: FieldError[] } {
  return readPerType(types, (type) =>
    typeDecisionSchema.safeParse({
      type,
      outcome: form.get(`${type}.outcome`) || undefined,
      motivation: form.get(`${type}.motivation`) ?? '',
      ground: form.get(`${type}.ground`) || undefined,
    }),
  );
}
