import * as z from 'zod/mini';
import { decisionRules } from '#texts/nl/case-rules';
import { cleanText } from './free-text';
import { type FieldError, type FormFields, readPerType } from './field-errors';
import { groundAllowed, REFUSAL_GROUNDS, type RefusalGround } from './refusal-grounds';
import { REQUEST_TYPES, type RequestType } from './request-kinds';
import { REQUEST_TYPE_TEXT } from './request-types';
import type { PartyTask } from './request-record';
import type { TypeAnswer } from './party-answer';
import { accessRightsSentence, type PartStanding, type Remedy, remediesOf, remedySentences } from './remedies';
import { remedies as remedyTexts } from '#texts/nl/remedies';

/**
 * The one motivated decision the coordinator sends (covenant art. 13; AVG
 * art. 12). Any refusal, also a partial one, must name the right to complain
 * to the Autoriteit Persoonsgegevens and to go to court (art. 12(4)); a public
 * body's decision is a besluit under the Awb (UAVG art. 34) with six weeks for
 * bezwaar.
 */
export const DECISION_OUTCOMES = ['toegewezen', 'deels toegewezen', 'afgewezen'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Per type; a request may hold two decisions (a partial and a supplementary one), see MAX_QUESTION_ROUNDS. */
export const MAX_MOTIVATION_LENGTH = 2500;

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
            z.maxLength(MAX_MOTIVATION_LENGTH, { error: decisionRules.tooLong(MAX_MOTIVATION_LENGTH) }),
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

/** One organisation's part of the decision as sent: what it answered per type, and the remedies that follow from it. */
export interface DecisionPart {
  partyId: string;
  name: string;
  lines: string[];
  remedies: string[];
}

export interface DecisionText {
  /** The coordinator's line and its decision per type, with its motivation and ground. */
  paragraphs: string[];
  /**
   * Per organisation (core/remedies.ts). Absent on decisions sent before the
   * remedies were per organisation: their notices are in `paragraphs`.
   */
  parts?: DecisionPart[];
  /** The other rights and the AP complaint of art. 15(1)(e)-(f), with an access request. */
  rights?: string[];
  includesComplaintNotice: boolean;
  includesBezwaarNotice: boolean;
}

/** Which decision this is: the whole one, a partial one (with who still works), or the supplementary one (with the partial one's date). */
export type DecisionTextScope = { kind: 'whole' } | { kind: 'partial'; pending: readonly string[] } | { kind: 'supplementary'; firstOn: string };

/** An organisation of the request as the decision names it, with its answers. */
export interface PartInput extends Omit<PartStanding, 'refused'> {
  partyId: string;
  answers: ReadonlyArray<Pick<TypeAnswer, 'type' | 'outcome' | 'ground'>>;
}

/**
 * The decision as the requester reads it on the status page and in the
 * letter: the coordinator's decision per type, then each organisation's part
 * with its own remedies, then the rights that hold for all.
 */
export function composeDecisionText(
  decisions: readonly TypeDecision[],
  context: { coordinatorName: string; parts: readonly PartInput[]; scope?: DecisionTextScope },
): DecisionText {
  const paragraphs = [decisionRules.byCoordinator(context.coordinatorName)];
  // A partial decision names who still works; the supplementary one, the decision it completes (core/decision-scope.ts).
  if (context.scope?.kind === 'partial') paragraphs.push(decisionRules.partial(context.scope.pending.join(', ')));
  if (context.scope?.kind === 'supplementary') paragraphs.push(decisionRules.supplementary(context.scope.firstOn));
  for (const decision of decisions) {
    paragraphs.push(`${REQUEST_TYPE_TEXT[decision.type].label}: ${decision.outcome}. ${decision.motivation}`);
    if (decision.ground) paragraphs.push(decisionRules.ground(REFUSAL_GROUNDS[decision.ground]));
  }
  // A type the coordinator refused as a whole is refused for every organisation.
  const refusedWhole = new Set(decisions.filter((decision) => decision.outcome === 'afgewezen').map((decision) => decision.type));
  const standings = context.parts.map((part) => ({
    ...part,
    refused: part.answers.filter((answer) => answer.outcome === 'afgewezen' || refusedWhole.has(answer.type)).map((answer) => answer.type),
  }));
  const parts = standings.map((part): DecisionPart => {
    const lines = part.answers.flatMap((answer) => {
      const outcome = refusedWhole.has(answer.type) ? 'afgewezen' : answer.outcome;
      const line = remedyTexts.partLine(REQUEST_TYPE_TEXT[answer.type].label, remedyTexts.outcome[outcome] ?? outcome);
      return answer.outcome === 'afgewezen' && answer.ground ? [line, remedyTexts.ground(REFUSAL_GROUNDS[answer.ground])] : [line];
    });
    return { partyId: part.partyId, name: part.name, lines, remedies: remedySentences(part) };
  });
  const stated = (remedy: Remedy) => standings.some((part) => remediesOf(part).includes(remedy));
  return {
    paragraphs,
    parts,
    rights: accessRightsSentence(decisions.map((decision) => decision.type)),
    includesComplaintNotice: stated('complaint'),
    includesBezwaarNotice: stated('bezwaar'),
  };
}

/** The decisions that grant in full a type some organisation refused: not allowed ("deels toegewezen" at most), checked by the form and by the lifecycle. */
export function grantedDespiteRefusal(decisions: readonly TypeDecision[], refusedByAParty: readonly RequestType[]): TypeDecision[] {
  return decisions.filter((decision) => decision.outcome === 'toegewezen' && refusedByAParty.includes(decision.type));
}

/** Types some organisation refused: the coordinator cannot grant them in full ("deels toegewezen" at most). */
export function typesRefusedByAParty(tasks: readonly PartyTask[]): RequestType[] {
  return [
    ...new Set(
      tasks.flatMap((task) =>
        task.kind === 'answer' ? (task.answers ?? []).filter((answer) => answer.outcome === 'afgewezen').map((answer) => answer.type) : [],
      ),
    ),
  ];
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

/**
 * The decision form: outcome, ground and motivation per requested type. A
 * type an organisation refused cannot be granted in full: its refusal and
 * its remedies must stay visible.
 */
export function readDecisionForm(
  types: readonly RequestType[],
  form: FormFields,
  refusedByAParty: readonly RequestType[] = [],
): { ok: true; values: TypeDecision[] } | { ok: false; errors: FieldError[] } {
  const read = readPerType(types, (type) =>
    typeDecisionSchema.safeParse({
      type,
      outcome: form.get(`${type}.outcome`) || undefined,
      motivation: form.get(`${type}.motivation`) ?? '',
      ground: form.get(`${type}.ground`) || undefined,
    }),
  );
  if (!read.ok) return read;
  const conflicts = grantedDespiteRefusal(read.values, refusedByAParty);
  return conflicts.length === 0
    ? read
    : { ok: false, errors: conflicts.map((decision) => ({ path: `${decision.type}.outcome`, message: decisionRules.grantedDespiteRefusal })) };
}
