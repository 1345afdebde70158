import * as z from 'zod/mini';

import { PARTY_TYPES } from './party-types';
import { contrastProblem, MIN_CONTRAST } from './theme';

export { PARTY_TYPES, type PartyType } from './party-types';

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase id such as "swv-go"'));
const text = () => z.string().check(z.minLength(1, 'must not be empty'));
const email = () => z.email({ error: 'must be an e-mail address' });
const partyType = () => z.enum(PARTY_TYPES, { error: `must be one of ${PARTY_TYPES.join(', ')}` });
/** Messages for people editing the file; zod/mini carries no message texts of its own. */
const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys?.join(', ')}` : 'must be an object',
};

const partySchema = z.strictObject(
  {
    id,
    /** The organisation's own name, bare: letters, mails and the portal use it as it is. */
    name: text(),
    /**
     * What the organisation does or is known as, in plain words ("jeugdgezondheidszorg",
     * "leerplicht voor Leiden, ..."): shown under its name on the requester's status
     * page, never inside the name in brackets (docs/configuration.md).
     */
    description: z.optional(text()),
    type: partyType(),
    /**
     * A shared mailbox for the party's mails (tasks, reminders). Without it
     * they go to each active contact person of the party (people.ts).
     */
    contact: z.optional(email()),
    /** A shared FG mailbox; without it the FG mails go to each FG person of the party. */
    fg: z.optional(email()),
    /**
     * Whether the party is a public body (bestuursorgaan), whose answer is a
     * besluit open to bezwaar; default from the type (core/remedies.ts). Set
     * it for an openbaar school board, or a samenwerkingsverband for its
     * public tasks.
     */
    publicBody: z.optional(z.boolean({ error: 'must be true or false' })),
    /** Where letters and a bezwaar go: the postal address, one line. */
    address: z.optional(text()),
    /**
     * Days a closed request's part of this party is kept, where its Archiefwet
     * selection list asks for longer than the covenant's year (the installation's
     * RETENTION_DAYS): its task, answer, files and the decision letters stay that
     * long; the rest of the request goes after the year (docs/documents.md).
     */
    retentionDays: z.optional(
      z.int({ error: 'must be a whole number of days' }).check(z.minimum(1, 'must be at least 1 day'), z.maximum(36_500, 'must be at most 100 years')),
    ),
  },
  strict,
);

const casusoverlegSchema = z.strictObject(
  {
    id,
    name: text(),
    /** Plain Dutch (B1) for requesters who do not know the overleg by name. */
    description: text(),
    parties: z.array(id).check(z.minLength(1)),
    variableParty: z.optional(partyType()),
    /** A party id of this casusoverleg, or "variable" for the party the requester chooses. */
    coordinator: text(),
    note: z.optional(z.string()),
  },
  strict,
);

const httpsUrl = () => z.url({ protocol: /^https$/, error: 'must be a web address starting with https://' });
const colour = () => z.string().check(z.regex(/^#[0-9a-f]{6}$/, 'must be a colour such as #1b5497'));

/** Who runs the service in this region: shown in the header and footer of every page and as the sender of every mail. */
const aboutSchema = z.strictObject(
  {
    /** The service's name as requesters see it ("Privacyloket Goeree-Overflakkee"). */
    serviceName: text(),
    /** The organisation behind it, named in the footer and the mail signature. */
    organisation: text(),
    phone: z.optional(text()),
    /** Where requesters write to; also the reply address of every mail in this region. */
    email: z.optional(email()),
    address: z.optional(text()),
    openingHours: z.optional(text()),
    privacyStatementUrl: z.optional(httpsUrl()),
    accessibilityStatementUrl: z.optional(httpsUrl()),
  },
  strict,
);

/** The region's own look: a few token values over the NL Design System theme (core/theme.ts checks contrast). */
const themeSchema = z.strictObject(
  {
    /** The brand colour: page header, buttons, links. White text on it and it on white must reach WCAG AA (4.5:1). */
    primary: colour(),
    font: z.optional(z.enum(['noto-sans', 'system'], { error: 'must be noto-sans or system' })),
    /** The uploaded logo (stored apart, see region-store.ts), by its content-addressed file name. */
    logo: z.optional(z.strictObject({ file: z.string().check(z.regex(/^[a-z0-9-]+\.(png|jpg)$/, 'must be a logo file name')), alt: text() }, strict)),
  },
  strict,
);

const schoolSchema = z.strictObject(
  {
    name: text(),
    /** The place the school is in, so parents can tell two schools of one name apart. */
    place: text(),
    /** The party id of the school's board (a schoolbestuur of this region). */
    board: id,
  },
  strict,
);

const regionSchema = z.strictObject(
  {
    id,
    name: text(),
    source: z.optional(z.string()),
    about: z.optional(aboutSchema),
    theme: z.optional(themeSchema),
    /** The municipalities the region covers, for parents looking for their overleg. */
    municipalities: z.optional(z.array(text())),
    schools: z.optional(z.array(schoolSchema)),
    /** The party that takes requests whose overleg the requester does not know. */
    centralContact: z.optional(id),
    /** From how many working days before the deadline the coordinator may send a partial decision (core/decision-scope.ts); default 5. */
    partialDecisionWorkingDays: z.optional(
      z.int({ error: 'must be a whole number of working days' }).check(z.minimum(0, 'must be 0 or more'), z.maximum(20, 'must be at most 20')),
    ),
    /** How many working days before the legal deadline the parties answer their part (core/answer-by.ts); default 5. */
    answerWorkingDays: z.optional(
      z.int({ error: 'must be a whole number of working days' }).check(z.minimum(0, 'must be 0 or more'), z.maximum(20, 'must be at most 20')),
    ),
    parties: z.array(partySchema).check(z.minLength(1)),
    casusoverleggen: z.array(casusoverlegSchema).check(z.minLength(1)),
  },
  strict,
);

export const regionConfigSchema = z
  .object({
    _about: z.optional(z.string()),
    regions: z.array(regionSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((config, ctx) => {
      const seenParties = new Set<string>();
      const seenRegions = new Set<string>();
      const seenOverleggen = new Set<string>();
      config.regions.forEach((region, r) => {
        if (seenRegions.has(region.id)) ctx.addIssue({ code: 'custom', path: ['regions', r, 'id'], message: `duplicate region id "${region.id}"` });
        seenRegions.add(region.id);
        const partyTypes = new Map(region.parties.map((party) => [party.id, party.type]));
        region.parties.forEach((party, p) => {
          // Party ids are global: a portal user belongs to exactly one party.
          if (seenParties.has(party.id))
            ctx.addIssue({ code: 'custom', path: ['regions', r, 'parties', p, 'id'], message: `duplicate party id "${party.id}"` });
          seenParties.add(party.id);
        });
        region.casusoverleggen.forEach((overleg, c) => {
          const at = (...rest: Array<string | number>) => ['regions', r, 'casusoverleggen', c, ...rest];
          if (seenOverleggen.has(overleg.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `duplicate casusoverleg id "${overleg.id}"` });
          seenOverleggen.add(overleg.id);
          const listed = new Set<string>();
          overleg.parties.forEach((partyId, p) => {
            // A party listed twice would get two tasks and two mails for one request.
            if (listed.has(partyId)) ctx.addIssue({ code: 'custom', path: at('parties', p), message: `party "${partyId}" is listed twice` });
            listed.add(partyId);
            if (!partyTypes.has(partyId))
              ctx.addIssue({ code: 'custom', path: at('parties', p), message: `unknown party "${partyId}" in region "${region.id}"` });
          });
          if (overleg.coordinator === 'variable') {
            if (!overleg.variableParty) ctx.addIssue({ code: 'custom', path: at('coordinator'), message: '"variable" needs a variableParty' });
          } else if (!overleg.parties.includes(overleg.coordinator)) {
            ctx.addIssue({
              code: 'custom',
              path: at('coordinator'),
              message: `coordinator "${overleg.coordinator}" is not one of this casusoverleg's parties`,
            });
          }
          if (overleg.variableParty) {
            const choosable = region.parties.filter((party) => party.type === overleg.variableParty && !overleg.parties.includes(party.id));
            if (choosable.length === 0)
              ctx.addIssue({
                code: 'custom',
                path: at('variableParty'),
                message: `region "${region.id}" has no other party of type "${overleg.variableParty}"`,
              });
          }
        });
        const parties = new Map(region.parties.map((party) => [party.id, party]));
        (region.schools ?? []).forEach((school, s) => {
          if (parties.get(school.board)?.type !== 'schoolbestuur')
            ctx.addIssue({
              code: 'custom',
              path: ['regions', r, 'schools', s, 'board'],
              message: `board "${school.board}" is not a schoolbestuur of region "${region.id}"`,
            });
        });
        const contrast = region.theme && contrastProblem(region.theme.primary);
        if (contrast)
          ctx.addIssue({
            code: 'custom',
            path: ['regions', r, 'theme', 'primary'],
            message: `white on ${region.theme?.primary} has a contrast of ${contrast.ratio}:1; WCAG AA asks at least ${MIN_CONTRAST}:1`,
          });
        if (region.centralContact !== undefined && !parties.has(region.centralContact))
          ctx.addIssue({
            code: 'custom',
            path: ['regions', r, 'centralContact'],
            message: `unknown party "${region.centralContact}" in region "${region.id}"`,
          });
      });
    }),
  );

/** The seed of a new installation's configuration (docs/configuration.md). */
export const SEED_FILE = 'config/regions.json';

export type RegionConfig = z.infer<typeof regionConfigSchema>;
export type Region = RegionConfig['regions'][number];
export type Party = Region['parties'][number];
export type Casusoverleg = Region['casusoverleggen'][number];

export class RegionConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Array<{ path: string; message: string }>,
  ) {
    super(`Invalid region configuration in ${file}:\n` + problems.map((problem) => `  at ${problem.path || '(root)'}: ${problem.message}`).join('\n'));
    this.name = 'RegionConfigError';
  }
}

/** Parses region configuration; throws a RegionConfigError naming the file, the path and the problem. */
export function parseRegionConfig(json: unknown, file: string): RegionConfig {
  const result = regionConfigSchema.safeParse(json);
  if (result.success) return result.data;
  throw new RegionConfigError(
    file,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
