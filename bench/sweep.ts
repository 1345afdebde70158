/**
 * bench/sweep: the daily sweep must cost in proportion to what is due, never
 * to the size of the table. Seeds tables of 10,000 and 100,000 open requests
 * into DynamoDB Local and times one sweep on each:
 *   - A and B: the same 100 requests due (1% of 10,000): the ratio B/A shows
 *     whether the sweep's cost grows with the table (it must not: bound 1.5);
 *   - C: 1% of 100,000 due (1,000): cost per due request, compared with A.
 * Run: npm run bench:sweep
 */
import { addDays, amsterdamDate } from '#core/calendar-date';
import { sweep } from '#application/sweep';
import { sweepDeps } from '#handlers/daily-sweep';
import { keys, reminderShard } from '#adapters/table-design';
import { benchEnvironment, benchRuntime, batchWrite, table } from './support';

const TODAY = amsterdamDate(new Date());
const DEADLINE = addDays(TODAY, 14); // due today: the D-14 step

function requestItems(n: number, due: boolean): Array<Record<string, unknown>> {
  const reference = `AVG-B${due ? 'D' : 'N'}${String(n).padStart(7, '0')}`;
  const next = due ? TODAY : addDays(TODAY, 10);
  const request = {
    ...keys.request(reference),
    type: 'request',
    reference,
    status: 'in_progress',
    version: 2,
    channel: 'api',
    receivedAt: new Date().toISOString(),
    receivedOn: addDays(DEADLINE, -30),
    deadline: due ? DEADLINE : addDays(DEADLINE, 10),
    extended: false,
    extension: null,
    pauses: [],
    regionId: 'midden-gelre',
    casusoverlegId: 'mg-thuiszitters-uitwisseling',
    variablePartyId: null,
    coordinatorPartyId: 'rbl-midden-gelre',
    partyIds: ['rbl-midden-gelre'],
    types: ['inzage'],
    requester: { role: 'ouder', name: 'Bench', email: 'bench@voorbeeld.nl' },
    child: { name: 'Bench', dateOfBirth: '2014-01-01' },
    details: 'Benchmark',
    confirmedAt: new Date().toISOString(),
    statusToken: `token-${reference}`,
    decision: null,
    closedAt: null,
    retainUntil: null,
    GSI2PK: reminderShard(reference),
    GSI2SK: `${next}#${reference}`,
  };
  if (!due) return [request];
  const task = {
    ...keys.task(reference, 'rbl-midden-gelre'),
    type: 'task',
    reference,
    partyId: 'rbl-midden-gelre',
    kind: 'answer',
    coordinator: true,
    status: 'open',
    deadline: DEADLINE,
    version: 1,
    createdAt: new Date().toISOString(),
  };
  return [request, task];
}

async function seed(db: Parameters<typeof batchWrite>[0], tableName: string, total: number, due: number) {
  const items = Array.from({ length: total }, (_, n) => requestItems(n, n < due)).flat();
  await batchWrite(db, tableName, items);
}

const environment = await benchEnvironment();
try {
  const scenarios = [
    { name: 'A', total: 10_000, due: 100 },
    { name: 'B', total: 100_000, due: 100 },
    { name: 'C', total: 100_000, due: 1_000 },
  ];
  const results: Array<Record<string, string | number>> = [];
  const measured: Record<string, { ms: number; rcu: number; due: number }> = {};
  for (const scenario of scenarios) {
    const tableName = `bench-sweep-${scenario.name}`;
    const { runtime, db } = await benchRuntime(environment.dynamo.url, environment.ses.url, tableName);
    const seeding = performance.now();
    await seed(db, tableName, scenario.total, scenario.due);
    const seededMs = performance.now() - seeding;
    const started = performance.now();
    const report = await sweep(sweepDeps(runtime), new Date(`${TODAY}T06:30:00Z`));
    const ms = performance.now() - started;
    if (report.visited !== scenario.due) throw new Error(`scenario ${scenario.name}: visited ${report.visited}, expected ${scenario.due}`);
    measured[scenario.name] = { ms, rcu: report.consumedReadUnits, due: scenario.due };
    results.push({
      scenario: scenario.name,
      'open requests': scenario.total.toLocaleString('en'),
      due: scenario.due,
      'seed (s)': (seededMs / 1000).toFixed(1),
      'sweep (ms)': ms.toFixed(0),
      'read units': report.consumedReadUnits.toFixed(1),
      'mails sent': report.sent.length,
      'ms per due': (ms / scenario.due).toFixed(2),
    });
  }
  console.log(table(results));
  const a = measured.A!;
  const b = measured.B!;
  const c = measured.C!;
  console.log(
    `\nTable size x10, same due (B/A): time ratio ${(b.ms / a.ms).toFixed(2)} (bound 1.5), read-unit ratio ${(b.rcu / Math.max(a.rcu, 1e-9)).toFixed(2)}`,
  );
  console.log(`Due x10 at 100,000 (C/A): time ratio ${(c.ms / a.ms).toFixed(2)}, per due request ${(c.ms / c.due / (a.ms / a.due)).toFixed(2)}x`);
  if (b.ms / a.ms > 1.5) process.exitCode = 1;
} finally {
  await environment.stop();
}
