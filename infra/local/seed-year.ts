import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import designatedHolidaysJson from '#config/designated-holidays.json';
import regionsJson from '#config/regions.json';
import type { Runtime } from '#adapters/runtime';
import { addDays, amsterdamDate, daysBetween, fromParts, type IsoDate, parts } from '#core/calendar-date';
import { deadlineArithmetic } from '#core/deadline';
import { renderMail } from '#core/mail-rendering';
import type { DecisionOutcome } from '#core/decision';
import type { PortalActor } from '#core/portal-access';
import { parseRegionConfig } from '#core/region-config';
import { directory as makeDirectory } from '#core/directory';
import type { RequestRecord } from '#core/request-record';
import type { RequestType } from '#core/request-schema';
import { failAndExplain, useRunningLocalSystem } from './cli';
import type { Figures } from '#core/fg-oversight';
import type { RefusalGround } from '#core/refusal-grounds';

/**
 * `npm run seed:year`: a year of privacy requests in the running local system
 * (npm start), played through the real use cases as of their planned dates:
 * the form (submit, then confirm with the link from the confirmation mail) or
 * a registration in the portal, then the extension, every party's answer, the
 * decision and closing, each with the runtime's clock set to its day. Then it
 * prints what the FG of swv-go must see, worked out from the plan (when each
 * request came in and on which day, relative to its deadline, it was decided),
 * not from the system's own figures.
 *
 * playRequest and yearPlan are exported for the tests; the script only runs
 * when started as a program.
 */

/** A ground that fits each right and the seed's motivation ("a part of the data is also about others"). */
const SEED_GROUNDS: Record<RequestType, RefusalGround> = {
  inzage: 'uavg-41-i',
  verwijdering: 'avg-17-3-b',
  rectificatie: 'avg-16',
  beperking: 'avg-18-1',
  bezwaar: 'avg-21-1',
};

export interface PlannedRequest {
  /** What the request is for (printed, and kept in the test's names). */
  label: string;
  receivedOn: IsoDate;
  overleg: { regionId: string; casusoverlegId: string; variablePartyId?: string };
  types: RequestType[];
  channel: 'formulier' | 'brief' | 'e-mail' | 'telefoon';
  person: { requesterName: string; email: string; childName: string; dateOfBirth: IsoDate; details: string };
  extend?: { on: IsoDate; months: 1 | 2 };
  /** Decided on this day; `onTime` is what the plan intends (the day is chosen relative to the deadline). */
  decide?: { on: IsoDate; onTime: boolean; outcomes?: Partial<Record<RequestType, DecisionOutcome>> };
  closeOn?: IsoDate;
  /** The coordinator asks the requester a question on this day, and no answer comes. */
  pauseOn?: IsoDate;
}

const DIRECTORY = makeDirectory(parseRegionConfig(regionsJson, 'config/regions.json'));
const HOLIDAYS: readonly IsoDate[] = (designatedHolidaysJson as { dates: string[] }).dates;

const contact = (partyId: string): PortalActor => ({ userId: `proef-${partyId}`, partyId, role: 'contact' });

/** The parties a planned request goes to, from the configuration (not from the system). */
export function plannedParties(plan: Pick<PlannedRequest, 'overleg'>): string[] {
  const overleg = DIRECTORY.casusoverleg(plan.overleg.regionId, plan.overleg.casusoverlegId);
  if (!overleg) throw new Error(`unknown casusoverleg ${plan.overleg.casusoverlegId}`);
  return [...overleg.parties, ...(plan.overleg.variablePartyId ? [plan.overleg.variablePartyId] : [])];
}

/** The legal deadline of a plan (the one deadline rule of the core: one month, extension, next working day). */
export function plannedDeadline(receivedOn: IsoDate, extendMonths?: number, holidays: readonly IsoDate[] = HOLIDAYS): IsoDate {
  return deadlineArithmetic({ receivedOn, extended: extendMonths !== undefined, extensionMonths: extendMonths, pauses: [] }, holidays).deadline!;
}

/** An instant on that Amsterdam day (UTC 07:00 to 15:00 is always the same calendar day there). */
const at = (date: IsoDate, hourUtc: number, minute = 0) => new Date(`${date}T${String(hourUtc).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);

/**
 * Plays one planned request through the application's use cases, each step
 * with the runtime's clock on its planned day (steps a minute apart: audit
 * events and mails are keyed by their time). Returns the stored request.
 */
export async function playRequest(base: Runtime, plan: PlannedRequest): Promise<RequestRecord> {
  const [{ submitRequest }, { confirmRequest }, { registerRequest }, actions] = await Promise.all([
    import('#application/submit-request'),
    import('#application/confirm-request'),
    import('#application/register-request'),
    import('#application/case-actions'),
  ]);
  // A copy with the intake store, whose clock is set to each planned day.
  const runtime = {
    ...base,
    cases: (await import('#adapters/case-store')).caseStore(base.table),
    intake: (await import('#adapters/intake-store')).intakeStore(base.table),
    secrets: (await import('#adapters/tokens')).secrets,
  };
  const realClock = runtime.clock;
  let step = 0;
  const on = (date: IsoDate, hourUtc: number) => {
    const now = at(date, hourUtc, step++);
    runtime.clock = { now: () => now };
  };
  const done = (what: string, result: { kind: string }) => {
    if (result.kind !== 'done') throw new Error(`${plan.label}: ${what} gave ${JSON.stringify(result)}`);
  };
  const raw = {
    ...plan.overleg,
    types: plan.types,
    requester: { role: 'ouder', name: plan.person.requesterName, email: plan.person.email },
    child: { name: plan.person.childName, dateOfBirth: plan.person.dateOfBirth },
    details: plan.person.details,
  };
  try {
    let reference: string;
    on(plan.receivedOn, 8);
    if (plan.channel === 'formulier') {
      const submitted = await submitRequest(runtime, raw, { channel: 'formulier' });
      if (submitted.kind !== 'created') throw new Error(`${plan.label}: submit gave ${JSON.stringify(submitted)}`);
      reference = submitted.answer.reference;
      // The confirmation link, as the requester finds it in the mail (delivered as the poller would).
      await (await import('#adapters/mail-delivery')).getDelivery(runtime).deliverPending(runtime.clock.now());
      const mails = await runtime.intake.getOutbox(reference);
      const token = mails.map((item) => /\/verzoek\/bevestigen\/([A-Za-z0-9_-]+)/.exec(renderMail(item.mail).text)?.[1]).find(Boolean);
      if (!token) throw new Error(`${plan.label}: no confirmation link`);
      on(plan.receivedOn, 8);
      const confirmed = await confirmRequest(runtime, token);
      if (confirmed.kind !== 'confirmed') throw new Error(`${plan.label}: confirm gave ${confirmed.kind}`);
    } else {
      const registrar = plannedParties(plan)[0]!;
      const registered = await registerRequest(runtime, contact(registrar), raw, {
        receivedOn: plan.receivedOn,
        channel: plan.channel,
        submissionId: randomUUID(),
      });
      if (registered.kind !== 'registered') throw new Error(`${plan.label}: registration gave ${JSON.stringify(registered)}`);
      reference = registered.reference;
    }
    const current = async () => {
      const record = await runtime.cases.getRequest(reference, runtime.clock.now());
      if (!record) throw new Error(`${plan.label}: ${reference} is gone`);
      return record;
    };
    let record = await current();
    const coordinator = contact(record.coordinatorPartyId);

    if (plan.extend) {
      on(plan.extend.on, 9);
      done(
        'extend',
        await actions.extendTerm(
          runtime,
          coordinator,
          reference,
          { months: plan.extend.months, reason: 'Meerdere organisaties zoeken in hun archief.' },
          record.version,
        ),
      );
    }
    if (plan.pauseOn) {
      on(plan.pauseOn, 9);
      done(
        'pause',
        await actions.askClarification(runtime, coordinator, reference, 'Kunt u zich legitimeren bij het samenwerkingsverband?', (await current()).version),
      );
    }
    if (plan.decide) {
      for (const task of (await runtime.cases.getTasks(reference)).filter((candidate) => candidate.kind === 'answer')) {
        on(plan.decide.on, 10);
        const form = new URLSearchParams(plan.types.map((type) => [`${type}.outcome`, 'geen gegevens']));
        done(`answer of ${task.partyId}`, await actions.answerForParty(runtime, contact(task.partyId), reference, form, task.version));
      }
      on(plan.decide.on, 11);
      // An inzage is decided only once the coordinator recorded who asks.
      if (plan.types.includes('inzage'))
        done(
          'identity check',
          await actions.recordIdentity(runtime, coordinator, reference, { method: 'bekend', checkedOn: plan.decide.on }, (await current()).version),
        );
      on(plan.decide.on, 12);
      const form = new URLSearchParams();
      for (const type of plan.types) {
        const outcome = plan.decide.outcomes?.[type] ?? 'toegewezen';
        form.set(`${type}.outcome`, outcome);
        form.set(`${type}.motivation`, outcome === 'toegewezen' ? 'Wij hebben uw verzoek uitgevoerd.' : 'Een deel van de gegevens gaat ook over anderen.');
        if (outcome !== 'toegewezen') form.set(`${type}.ground`, SEED_GROUNDS[type]);
      }
      done('decide', await actions.sendDecision(runtime, coordinator, reference, form, (await current()).version));
    }
    if (plan.closeOn) {
      on(plan.closeOn, 14);
      done('close', await actions.closeCase(runtime, coordinator, reference, (await current()).version));
    }
    record = await current();
    return record;
  } finally {
    runtime.clock = realClock;
  }
}

// ---------------------------------------------------------------- the plan

const THUISZITTERSTAFEL = (school: string) => ({ regionId: 'goeree-overflakkee', casusoverlegId: 'go-thuiszitterstafel', variablePartyId: school });
const LOKET = (school: string) => ({ regionId: 'goeree-overflakkee', casusoverlegId: 'go-loket-onderwijs-jeugdhulp', variablePartyId: school });
const TEAM_SCHOOL = (school: string) => ({ regionId: 'goeree-overflakkee', casusoverlegId: 'go-team-schoolondersteuning', variablePartyId: school });
const VOT = (opvang: string) => ({ regionId: 'goeree-overflakkee', casusoverlegId: 'go-vot', variablePartyId: opvang });
const VOORSCHOOL = (opvang: string) => ({ regionId: 'goeree-overflakkee', casusoverlegId: 'go-loket-voorschool-jeugdhulp', variablePartyId: opvang });
const MIDDEN_GELRE = { regionId: 'midden-gelre', casusoverlegId: 'mg-thuiszitters-uitwisseling' };

/** Invented people: distinctive, so a test or a person can search every page and the export for them. */
export function proefPerson(n: number): PlannedRequest['person'] {
  return {
    requesterName: `Proefouder Zwaluwstaart ${n}`,
    email: `proefouder-${n}@voorbeeld.nl`,
    childName: `Proefkind Zwaluwstaart ${n}`,
    dateOfBirth: fromParts(2014, (n % 12) + 1, (n % 27) + 1),
    details: `Proeftekst ${n}: welke gegevens heeft het overleg over mijn kind vastgelegd?`,
  };
}

/**
 * A year of requests up to `today`: the twelve months the figures page shows
 * by default (from the first day of the month a year ago). Each month five
 * requests involve swv-go: decided on the deadline, the day before (partly
 * refused), the day after (late), early (refused), and one extended (decided
 * before, on or after its new deadline in turn); one more goes to Midden-Gelre,
 * without swv-go. Decisions after today do not happen: those requests stay
 * open. Six more around today: two overdue, one due this week, one later, one
 * paused, one extended and open.
 */
export function yearPlan(today: IsoDate, holidays: readonly IsoDate[] = HOLIDAYS): PlannedRequest[] {
  const plans: PlannedRequest[] = [];
  let n = 0;
  const add = (plan: Omit<PlannedRequest, 'person'>) => {
    if (plan.receivedOn > today) return;
    const decide = plan.decide && plan.decide.on <= today ? plan.decide : undefined;
    const extend = plan.extend && plan.extend.on <= today ? plan.extend : undefined;
    // Closed two days after the decision, unless retention (a year after closing) would already remove it soon.
    const closeOn = decide && plan.closeOn && plan.closeOn <= today && plan.closeOn >= addDays(today, -300) ? plan.closeOn : undefined;
    plans.push({ ...plan, decide, extend, closeOn, person: proefPerson(++n) });
  };
  const first = `${addDays(today, -364).slice(0, 7)}-01`;
  let { year, month } = parts(first);
  for (let k = 0; fromParts(year, month, 1) <= today; k++) {
    const day = (d: number) => fromParts(year, month, d);
    const deadlineOf = (received: IsoDate, extendMonths?: number) => plannedDeadline(received, extendMonths, holidays);
    const tag = `${year}-${String(month).padStart(2, '0')}`;

    const onDeadline = day(3);
    add({
      label: `${tag} besloten op de uiterste datum`,
      receivedOn: onDeadline,
      overleg: THUISZITTERSTAFEL('rgo'),
      types: ['inzage'],
      channel: 'formulier',
      decide: { on: deadlineOf(onDeadline), onTime: true },
      closeOn: addDays(deadlineOf(onDeadline), 2),
    });

    const dayBefore = day(8);
    add({
      label: `${tag} besloten de dag voor de uiterste datum, deels geweigerd`,
      receivedOn: dayBefore,
      overleg: LOKET('ibogo'),
      types: ['inzage', 'rectificatie'],
      channel: 'brief',
      decide: { on: addDays(deadlineOf(dayBefore), -1), onTime: true, outcomes: { rectificatie: 'deels toegewezen' } },
      closeOn: addDays(deadlineOf(dayBefore), 1),
    });

    const dayAfter = day(13);
    add({
      label: `${tag} besloten de dag na de uiterste datum (te laat)`,
      receivedOn: dayAfter,
      overleg: VOT('kidzeiland'),
      types: ['verwijdering'],
      channel: 'e-mail',
      decide: { on: addDays(deadlineOf(dayAfter), 1), onTime: false },
    });

    const early = day(18);
    add({
      label: `${tag} vroeg besloten, geweigerd`,
      receivedOn: early,
      overleg: TEAM_SCHOOL('sopogo'),
      types: ['inzage'],
      channel: 'formulier',
      decide: { on: addDays(early, 12), onTime: true, outcomes: { inzage: 'afgewezen' } },
      closeOn: addDays(early, 14),
    });

    const extended = day(23);
    const months = k % 2 === 0 ? 2 : 1;
    const offset = [-3, 0, 2][k % 3]!;
    add({
      label: `${tag} verlengd met ${months} maand(en), besloten ${offset < 0 ? `${-offset} dagen voor` : offset === 0 ? 'op' : `${offset} dagen na`} de nieuwe uiterste datum`,
      receivedOn: extended,
      overleg: THUISZITTERSTAFEL('kindwijs'),
      types: k % 2 === 0 ? ['bezwaar'] : ['bezwaar', 'beperking'],
      channel: 'telefoon',
      extend: { on: addDays(extended, 20), months },
      decide: { on: addDays(deadlineOf(extended, months), offset), onTime: offset <= 0 },
      closeOn: addDays(deadlineOf(extended, months), offset + 2),
    });

    const other = day(27);
    add({
      label: `${tag} Midden-Gelre (zonder swv-go)`,
      receivedOn: other,
      overleg: MIDDEN_GELRE,
      types: ['inzage'],
      channel: 'brief',
      decide: { on: addDays(deadlineOf(other), -5), onTime: true, outcomes: k % 2 ? { inzage: 'afgewezen' } : {} },
    });

    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  add({ label: 'open, lang over de termijn', receivedOn: addDays(today, -50), overleg: VOORSCHOOL('kibeo'), types: ['inzage'], channel: 'formulier' });
  add({
    label: 'open, net over de termijn',
    receivedOn: addDays(today, -35),
    overleg: THUISZITTERSTAFEL('de-waard'),
    types: ['rectificatie'],
    channel: 'brief',
  });
  add({ label: 'open, uiterste datum deze week', receivedOn: addDays(today, -29), overleg: LOKET('rgo'), types: ['inzage'], channel: 'formulier' });
  add({
    label: 'open, uiterste datum later',
    receivedOn: addDays(today, -3),
    overleg: THUISZITTERSTAFEL('ibogo'),
    types: ['verwijdering', 'beperking'],
    channel: 'e-mail',
  });
  add({
    label: 'open, vraag aan de aanvrager (termijn staat stil)',
    receivedOn: addDays(today, -12),
    overleg: THUISZITTERSTAFEL('sopogo'),
    types: ['inzage'],
    channel: 'formulier',
    pauseOn: addDays(today, -2),
  });
  add({
    label: 'open en verlengd',
    receivedOn: addDays(today, -40),
    overleg: VOT('kinderopvang-flakkee'),
    types: ['inzage'],
    channel: 'telefoon',
    extend: { on: addDays(today, -20), months: 2 },
  });
  return plans;
}

// ---------------------------------------------------------------- the truth

/** The same numbers the figures page shows, worked out from the plan instead of from the system. */
export type TruthRow = Omit<Figures, 'type'>;

/** Nearest rank, written out again here so the truth does not lean on the code it checks. */
function rank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1]!;
}

export interface Truth {
  period: { from: IsoDate; to: IsoDate };
  months: TruthRow[];
  total: TruthRow;
  open: { teLaat: number; dezeWeek: number; later: number; verlengd: number };
  involved: PlannedRequest[];
  notInvolved: PlannedRequest[];
}

/** What the FG of `partyId` must see, from the plan: who took part, when it came in, on which side of its deadline it was decided. */
export function truthOf(plans: readonly PlannedRequest[], partyId: string, today: IsoDate, holidays: readonly IsoDate[] = HOLIDAYS): Truth {
  const involved = plans.filter((plan) => plannedParties(plan).includes(partyId));
  const period = { from: `${addDays(today, -364).slice(0, 7)}-01`, to: today };
  const row = (month: string, of: PlannedRequest[]): TruthRow => {
    const decided = of.filter((plan) => plan.decide);
    const open = of.filter((plan) => !plan.decide);
    const onTime = decided.filter((plan) => plan.decide!.onTime).length;
    const lateDecided = decided.length - onTime;
    const openLate = open.filter((plan) => !plan.pauseOn && plannedDeadline(plan.receivedOn, plan.extend?.months, holidays) < today).length;
    return {
      month,
      received: of.length,
      decided: decided.length,
      onTime,
      // Late: decided after the deadline, or still open with the deadline behind us.
      late: lateDecided + openLate,
      lateDecided,
      openLate,
      openRunning: open.length - openLate,
      onTimeShare: onTime + lateDecided + openLate > 0 ? Math.round((100 * onTime) / (onTime + lateDecided + openLate)) : null,
      extended: of.filter((plan) => plan.extend).length,
      refused: decided.filter((plan) => Object.values(plan.decide!.outcomes ?? {}).some((outcome) => outcome !== 'toegewezen')).length,
      medianDays: rank(
        decided.map((plan) => daysBetween(plan.receivedOn, plan.decide!.on)),
        50,
      ),
      p90Days: rank(
        decided.map((plan) => daysBetween(plan.receivedOn, plan.decide!.on)),
        90,
      ),
      // Every party answers "geen gegevens" (below): no copy is released, nothing downloaded.
      copiesReleased: 0,
      downloads: 0,
    };
  };
  const inPeriod = involved.filter((plan) => plan.receivedOn >= period.from && plan.receivedOn <= period.to);
  const months: TruthRow[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7);) {
    months.push(
      row(
        month,
        inPeriod.filter((plan) => plan.receivedOn.startsWith(month)),
      ),
    );
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const open = involved.filter((plan) => !plan.decide);
  const deadlineOf = (plan: PlannedRequest) => plannedDeadline(plan.receivedOn, plan.extend?.months, holidays);
  return {
    period,
    months,
    total: row('totaal', inPeriod),
    open: {
      teLaat: open.filter((plan) => deadlineOf(plan) < today).length,
      dezeWeek: open.filter((plan) => deadlineOf(plan) >= today && daysBetween(today, deadlineOf(plan)) <= 6).length,
      later: open.filter((plan) => daysBetween(today, deadlineOf(plan)) > 6).length,
      verlengd: open.filter((plan) => plan.extend).length,
    },
    involved,
    notInvolved: plans.filter((plan) => !plannedParties(plan).includes(partyId)),
  };
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const monthName = (month: string) => (month === 'totaal' ? 'Totaal' : `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`);

export function printTruth(truth: Truth, partyId: string, baseUrl: string): string {
  const cell = (value: number | null) => String(value ?? '-').padStart(9);
  const header = `${'maand'.padEnd(16)}${['ontvangen', 'besloten', 'op tijd', 'te laat', 'verlengd', 'geweigerd', 'mediaan', '90e pct'].map((name) => name.padStart(9)).join('')}`;
  const line = (row: TruthRow) =>
    `${monthName(row.month).padEnd(16)}${[row.received, row.decided, row.onTime, row.late, row.extended, row.refused, row.medianDays, row.p90Days].map(cell).join('')}`;
  const query = new URLSearchParams({ van: truth.period.from, tot: truth.period.to }).toString();
  return [
    `Wat de FG van ${partyId} moet zien (uit het plan berekend), ontvangen van ${truth.period.from} tot en met ${truth.period.to}:`,
    '',
    header,
    ...truth.months.map(line),
    line(truth.total),
    '',
    `Open verzoeken (${baseUrl}/portaal/fg): te laat ${truth.open.teLaat}, deze week ${truth.open.dezeWeek}, later ${truth.open.later}; verlengd ${truth.open.verlengd}.`,
    `Cijfers: ${baseUrl}/portaal/fg/cijfers?${query}`,
    `Export:  ${baseUrl}/portaal/fg/export?${query}  (${truth.total.received} regels onder de kop)`,
    `Niet bij ${partyId}: ${truth.notInvolved.length} verzoek(en) in Midden-Gelre; die ziet de FG van ${partyId} nergens.`,
    `Inloggen: ${partyId}.fg@portaal.example, wachtwoord Portaal-lokaal-2026!, code: npm run totp -- ${partyId}.fg@portaal.example`,
  ].join('\n');
}

// ---------------------------------------------------------------- the program

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false }, party: { type: 'string', default: 'swv-go' } } });
  // The pages count as of the real today, so the plan runs up to it as well.
  const today = amsterdamDate(new Date());
  useRunningLocalSystem();
  const { getRuntime, refreshConfiguration } = await import('#adapters/runtime');
  const { ALL_TIME, fgFigures } = await import('#application/fg-oversight');
  const runtime = await refreshConfiguration(getRuntime());
  const partyId = values.party;
  try {
    const existing = await (await import('#adapters/oversight-store')).oversightStore(runtime.table).requestsInvolving(partyId, ALL_TIME, new Date());
    if (existing.length > 0 && !values.force) {
      console.error(
        `Er staan al ${existing.length} verzoek(en) van ${partyId} in het lokale systeem; dan klopt de waarheid hieronder niet meer.\n` +
          'Begin schoon (stop npm start, verwijder .local-data/dynamodb, start opnieuw) of voeg toch toe met: npm run seed:year -- --force',
      );
      process.exit(1);
    }
    const plans = yearPlan(today, runtime.config.designatedHolidays);
    console.log(`${plans.length} verzoeken aanmaken, van ${plans[0]!.receivedOn} tot ${today}…`);
    const mismatches: string[] = [];
    for (const [i, plan] of plans.entries()) {
      const record = await playRequest(runtime, plan);
      const deadline = plannedDeadline(plan.receivedOn, plan.extend?.months, runtime.config.designatedHolidays);
      if (record.deadline !== deadline) mismatches.push(`${record.reference} (${plan.label}): uiterste datum ${record.deadline}, gepland ${deadline}`);
      if (Boolean(plan.decide) !== Boolean(record.decision)) mismatches.push(`${record.reference} (${plan.label}): status ${record.status}`);
      if ((i + 1) % 10 === 0) console.log(`  ${i + 1} van ${plans.length}`);
    }
    const truth = truthOf(plans, partyId, today, runtime.config.designatedHolidays);
    console.log('');
    console.log(printTruth(truth, partyId, runtime.env.PUBLIC_BASE_URL));
    // A cross-check, clearly apart from the truth: the system's own figures for the same period.
    const fg: PortalActor = { userId: 'seed-check', partyId, role: 'fg' };
    const system = (
      await fgFigures({ ...runtime, oversight: (await import('#adapters/oversight-store')).oversightStore(runtime.table) }, fg, truth.period)
    ).filter((row) => row.type === 'alle');
    const differ = [...truth.months, truth.total].filter((row) => {
      const found = system.find((candidate) => candidate.month === row.month);
      return (
        !found || (['received', 'decided', 'onTime', 'late', 'extended', 'refused', 'medianDays', 'p90Days'] as const).some((key) => found[key] !== row[key])
      );
    });
    console.log('');
    console.log(
      differ.length === 0
        ? 'Controle: de cijfers van het systeem zijn gelijk aan deze waarheid.'
        : `Controle: het systeem wijkt af in ${differ.map((row) => row.month).join(', ')}.`,
    );
    for (const mismatch of mismatches) console.log(`Afwijking: ${mismatch}`);
    if (differ.length > 0 || mismatches.length > 0) process.exitCode = 1;
  } catch (error) {
    failAndExplain(error, 'Seed');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
