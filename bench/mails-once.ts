import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { addDays } from '#core/calendar-date';
import { pathTo } from '#routes';

/**
 * `npx tsx bench/mails-once.ts` against a running `npm start`: the journey
 * of issue 11. Five rounds, each on fresh requests: submit them through the
 * API, confirm each from its mail, then run `npm run sweep -- --today` on a
 * day past their deadline (every reminder, escalation and FG overview due at
 * once) while the local poller delivers on real time. Counts the mails each
 * round delivered per recipient and subject: any count above 1 is a mail
 * sent twice. It waits out the local per-client limit, so it takes a few
 * minutes.
 */
const BASE = process.env.BASE_URL ?? 'http://localhost:3000';
const MAILBOX = process.env.SES_URL ?? 'http://127.0.0.1:8005';
const ROUNDS = 5;
const REQUESTS_PER_ROUND = 4;

interface StoredMail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string };
}

const mailbox = async (): Promise<StoredMail[]> => ((await (await fetch(`${MAILBOX}/store`)).json()) as { emails: StoredMail[] }).emails;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A post that waits out the local per-client limit (10 posts a minute) instead of failing on it. */
async function post(url: string, init: RequestInit): Promise<Response> {
  for (;;) {
    const response = await fetch(url, { ...init, method: 'POST', redirect: 'manual' });
    if (response.status !== 429) return response;
    await sleep(Number(response.headers.get('retry-after') ?? '60') * 1000);
  }
}

/** Waits until the mailbox holds `atLeast` mails and has stopped growing for two seconds. */
async function settled(atLeast: number): Promise<StoredMail[]> {
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const mails = await mailbox();
    if (mails.length !== last) {
      last = mails.length;
      stableSince = Date.now();
    } else if (mails.length >= atLeast && Date.now() - stableSince > 2000) return mails;
    await sleep(250);
  }
}

async function submitAndConfirm(round: number, n: number): Promise<{ reference: string; deadline: string }> {
  const email = `journey-${round}-${n}-${Date.now()}@voorbeeld.nl`;
  const response = await post(`${BASE}${pathTo('api')}`, {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      regionId: 'goeree-overflakkee',
      casusoverlegId: 'go-thuiszitterstafel',
      variablePartyId: 'rgo',
      types: ['inzage'],
      requester: { role: 'ouder', name: 'Journey Ouder', email },
      child: { name: 'Journey Kind', dateOfBirth: '2014-05-06' },
      details: 'Welke gegevens hebben jullie?',
    }),
  });
  if (response.status !== 201) throw new Error(`submit gave ${response.status}`);
  const answer = (await response.json()) as { reference: string; deadline: string };
  for (let tries = 0; tries < 80; tries++) {
    const mail = (await mailbox()).find((candidate) => candidate.destination.to.includes(email));
    const link = mail && /https?:\/\/\S+\/verzoek\/bevestigen\/[A-Za-z0-9_-]+/.exec(mail.body.text ?? '')?.[0];
    if (link) {
      const confirmed = await post(link, {});
      if (confirmed.status >= 400) throw new Error(`confirm gave ${confirmed.status}`);
      return answer;
    }
    await sleep(250);
  }
  throw new Error(`no confirmation mail for ${answer.reference}`);
}

let totalMails = 0;
let twice = 0;
for (let round = 1; round <= ROUNDS; round++) {
  const requests = [];
  for (let n = 1; n <= REQUESTS_PER_ROUND; n++) requests.push(await submitAndConfirm(round, n));
  const before = (await settled(0)).length;
  // Past the deadline, a day later each round: every track of every open request has a step due.
  const today = addDays(requests[0]!.deadline, round);
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'sweep', '--', '--today', today], { env: process.env });
  const reported = /(\d+) herinnering\(en\) verstuurd/.exec(stdout)?.[1] ?? '?';
  const delivered = (await settled(before + 1)).slice(before);
  const counts = new Map<string, number>();
  for (const mail of delivered) {
    const key = `${mail.destination.to.join(',')} | ${mail.subject}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const duplicates = [...counts].filter(([, count]) => count > 1);
  totalMails += delivered.length;
  twice += duplicates.length;
  console.log(
    `round ${round}: sweep --today ${today}: ${reported} reminder(s) reported, ${delivered.length} mails delivered, ${counts.size} distinct recipient+subject, ${duplicates.length} sent more than once`,
  );
  for (const [key, count] of duplicates) console.log(`  ${count}x ${key}`);
}
console.log(`\n${ROUNDS} rounds: ${totalMails} mails delivered, ${twice} recipient+subject pairs sent more than once.`);
process.exit(twice === 0 ? 0 : 1);
