import * as z from 'zod/mini';
import { answerRules, refusalGrounds } from '#texts/nl/case-rules';
import { cleanText } from './free-text';
import { type FieldError, type FormFields, readPerType } from './field-errors';
import { REQUEST_TYPES, type RequestType } from './request-kinds';

/**
 * What one party answers for its own part (each party is a separate
 * controller, covenant art. 2 and 8), per requested right.
 */
export const ANSWER_OUTCOMES = {
  inzage: ['verstrekt', 'geen gegevens', 'afgewezen'],
  rectificatie: ['gerectificeerd', 'aangevuld', 'geen gegevens', 'afgewezen'],
  verwijdering: ['verwijderd', 'geen gegevens', 'afgewezen'],
  beperking: ['beperkt', 'geen gegevens', 'afgewezen'],
  bezwaar: ['bezwaar toegekend', 'geen gegevens', 'afgewezen'],
} as const satisfies Record<RequestType, readonly string[]>;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[RequestType][number];

/** Outcomes that change shared data: AVG art. 19 obliges telling the other parties. */
export const ART19_OUTCOMES: readonly AnswerOutcome[] = ['gerectificeerd', 'aangevuld', 'verwijderd', 'beperkt'];

/**
 * Grounds for refusal: art. 41 lid 1 UAVG (the covenants allow refusing access
 * only on these, footnote 56) and art. 12(5) AVG.
 */
export const REFUSAL_GROUNDS = refusalGrounds;
export type RefusalGround = keyof typeof REFUSAL_GROUNDS;
const groundIds = /* @__PURE__ */ Object.keys(REFUSAL_GROUNDS) as [RefusalGround, ...RefusalGround[]];

/** Kinds of data a party can report for inzage, so requesters see the same words everywhere. */
export const DATA_CATEGORIES = [
  'NAW-gegevens',
  'schoolgegevens en verzuim',
  'verslagen van het overleg',
  'ondersteuningsbehoefte en handelingsplannen',
  'gegevens over gezondheid',
  'gegevens over de thuissituatie',
  'contacten met ouders en jongere',
] as const;

const MAX_TEXT = 5000;
const longText = () => z.string().check(z.trim(), z.maxLength(MAX_TEXT, { error: answerRules.tooLong(MAX_TEXT) }), cleanText('lines'));

// Pure: a function that never reads answers (the status page, the coordinator's steps) drops the schema from its bundle.
export const typeAnswerSchema = /* @__PURE__ */ (() =>
  z.pipe(
    z
      .object({
        type: z.enum(REQUEST_TYPES),
        outcome: z.string({ error: answerRules.outcomeMissing }).check(z.minLength(1, { error: answerRules.outcomeMissing })),
        categories: z._default(z.array(z.enum(DATA_CATEGORIES, { error: answerRules.categoryUnknown })), []),
        summary: z._default(longText(), ''),
        ground: z.optional(z.enum(groundIds, { error: answerRules.groundMissing })),
        motivation: z._default(longText(), ''),
      })
      .check(
        z.superRefine((answer, ctx) => {
          const allowed = ANSWER_OUTCOMES[answer.type] as readonly string[];
          if (!allowed.includes(answer.outcome)) {
            ctx.addIssue({ code: 'custom', path: ['outcome'], message: answerRules.outcomeOneOf(allowed.join(', ')) });
            return;
          }
          if (answer.outcome === 'verstrekt') {
            if (answer.categories.length === 0) ctx.addIssue({ code: 'custom', path: ['categories'], message: answerRules.categoriesMissing });
            if (!answer.summary) ctx.addIssue({ code: 'custom', path: ['summary'], message: answerRules.summaryMissing });
          }
          if (answer.outcome === 'afgewezen') {
            if (!answer.ground) ctx.addIssue({ code: 'custom', path: ['ground'], message: answerRules.groundMissing });
            if (!answer.motivation) ctx.addIssue({ code: 'custom', path: ['motivation'], message: answerRules.motivationMissing });
          }
        }),
      ),
    // Only a refusal has a ground; one left selected on another outcome would read as a refusal.
    z.transform(
      (answer: {
        type: RequestType;
        outcome: string;
        categories: Array<(typeof DATA_CATEGORIES)[number]>;
        summary: string;
        ground?: RefusalGround;
        motivation: string;
      }) => ({
        ...answer,
        ground: answer.outcome === 'afgewezen' ? answer.ground : undefined,
      }),
    ),
  ))();

export type TypeAnswer = Omit<z.infer<typeof typeAnswerSchema>, 'ground'> & { ground?: RefusalGround };

/** One answer per requested type, no more and no fewer. */
export function partyAnswerSchema(requested: readonly RequestType[]) {
  return z.array(typeAnswerSchema).check(
    z.superRefine((answers, ctx) => {
      for (const type of requested) {
        if (!answers.some((answer) => answer.type === type)) ctx.addIssue({ code: 'custom', path: [type], message: answerRules.typeMissing(type) });
      }
      answers.forEach((answer, n) => {
        if (!requested.includes(answer.type)) ctx.addIssue({ code: 'custom', path: [n, 'type'], message: answerRules.typeNotAsked(answer.type) });
      });
    }),
  );
}

export function triggersArt19(answers: readonly TypeAnswer[]): boolean {
  return answers.some((answer) => ART19_OUTCOMES.includes(answer.outcome as AnswerOutcome));
}

/** The answer form: one group of fields per requested type. */
export function readPartyAnswerForm(types: readonly RequestType[], form: FormFields): { ok: true; values: TypeAnswer[] } | { ok: false; errors: FieldError[] } {
  return readPerType(types, (type) =>
    typeAnswerSchema.safeParse({
      type,
      outcome: form.get(`${type}.outcome`) ?? '',
      categories: form.getAll(`${type}.categories`),
      summary: form.get(`${type}.summary`) ?? '',
      ground: form.get(`${type}.ground`) || undefined,
      motivation: form.get(`${type}.motivation`) ?? '',
    }),
  );
}
