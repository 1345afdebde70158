import * as z from 'zod/mini';
import { answerRules } from '#texts/nl/case-rules';
import { groundAllowed, REFUSAL_GROUNDS, type RefusalGround } from './refusal-grounds';
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

export { REFUSAL_GROUNDS, type RefusalGround } from './refusal-grounds';
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
/** One of the art. 15(1) statements: a few sentences each. */
const MAX_STATEMENT = 1000;
const text = (max: number) => () => z.string().check(z.trim(), z.maxLength(max, { error: answerRules.tooLong(max) }), cleanText('lines'));
// Pure: a function that renders the form but never reads it drops these and their messages.
const longText = /* @__PURE__ */ text(MAX_TEXT);
const statement = /* @__PURE__ */ text(MAX_STATEMENT);

/**
 * What a party that provides inzage states besides the categories and the
 * summary (AVG art. 15(1)(a), (c), (d), (g)), and the copy as text (15(3)).
 * Each is the party's own, as a separate controller; the form proposes the
 * covenant's wording for the first three.
 */
export const ART15_STATEMENTS = ['purposes', 'recipients', 'retention', 'source'] as const;
export type Art15Statement = (typeof ART15_STATEMENTS)[number];
export type InzageDetails = Record<Art15Statement, string> & {
  /** The copy as plain text; the party's checked files are the other part of the copy. */
  copy: string;
};

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
        change: z._default(statement(), ''),
        purposes: z._default(statement(), ''),
        recipients: z._default(statement(), ''),
        retention: z._default(statement(), ''),
        source: z._default(statement(), ''),
        copy: z._default(longText(), ''),
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
            for (const field of ART15_STATEMENTS) {
              if (!answer[field]) ctx.addIssue({ code: 'custom', path: [field], message: answerRules.statementMissing[field] });
            }
          }
          // Art. 19: the other parties apply the same change, so they must read what it was.
          if (ART19_OUTCOMES.includes(answer.outcome as AnswerOutcome) && !answer.change)
            ctx.addIssue({ code: 'custom', path: ['change'], message: answerRules.changeMissing });
          if (answer.outcome === 'afgewezen') {
            if (!answer.ground) ctx.addIssue({ code: 'custom', path: ['ground'], message: answerRules.groundMissing });
            else if (!groundAllowed(answer.type, answer.ground)) ctx.addIssue({ code: 'custom', path: ['ground'], message: answerRules.groundNotForRight });
            if (!answer.motivation) ctx.addIssue({ code: 'custom', path: ['motivation'], message: answerRules.motivationMissing });
          }
        }),
      ),
    // Only a refusal has a ground; one left selected on another outcome would read as a refusal.
    // Only a provided inzage has the art. 15 details: typed on another outcome they are not kept.
    z.transform(
      ({
        purposes,
        recipients,
        retention,
        source,
        copy,
        change,
        ...answer
      }: Omit<TypeAnswer, 'details' | 'change'> & InzageDetails & { change: string }): TypeAnswer => ({
        ...answer,
        ground: answer.outcome === 'afgewezen' ? answer.ground : undefined,
        ...(ART19_OUTCOMES.includes(answer.outcome as AnswerOutcome) ? { change } : {}),
        ...(answer.outcome === 'verstrekt' ? { details: { purposes, recipients, retention, source, copy } } : {}),
      }),
    ),
  ))();

export interface TypeAnswer {
  type: RequestType;
  outcome: string;
  categories: Array<(typeof DATA_CATEGORIES)[number]>;
  summary: string;
  ground?: RefusalGround;
  motivation: string;
  /** Only on a provided inzage (answers stored before these existed have none). */
  details?: InzageDetails;
  /** On a rectified, completed, erased or restricted part: what was changed, for the other parties' art. 19 task. */
  change?: string;
}

/** A provided inzage needs a copy (art. 15(3)): typed out, or at least one of the party's files checked and ready. */
function copyIsMissing(answers: readonly TypeAnswer[], hasCheckedFile: boolean): boolean {
  return answers.some((answer) => answer.details !== undefined && !answer.details.copy && !hasCheckedFile);
}

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

/**
 * The answer form: one group of fields per requested type. Whether the party
 * has a checked file decides whether a provided inzage may leave the copy's
 * text empty.
 */
export function readPartyAnswerForm(
  types: readonly RequestType[],
  form: FormFields,
  hasCheckedFile = false,
): { ok: true; values: TypeAnswer[] } | { ok: false; errors: FieldError[] } {
  const read = readPerType(types, (type) =>
    typeAnswerSchema.safeParse({
      type,
      outcome: form.get(`${type}.outcome`) ?? '',
      categories: form.getAll(`${type}.categories`),
      summary: form.get(`${type}.summary`) ?? '',
      ground: form.get(`${type}.ground`) || undefined,
      motivation: form.get(`${type}.motivation`) ?? '',
      change: form.get(`${type}.change`) ?? '',
      ...Object.fromEntries([...ART15_STATEMENTS, 'copy'].map((field) => [field, form.get(`${type}.${field}`) ?? ''])),
    }),
  );
  if (read.ok && copyIsMissing(read.values, hasCheckedFile)) return { ok: false, errors: [{ path: 'inzage.copy', message: answerRules.copyMissing }] };
  return read;
}
