import { sameChildKey } from '#core/related-requests';
import type { DocumentRecord } from '#core/documents';
import type {
  CaseRepository,
  Clock,
  Configuration,
  CreateResult,
  DeferredEffects,
  IntakeRepository,
  PartyWork,
  Secrets,
  SiteLinks,
  StoredAnswer,
  TokenPurpose,
} from '#application/ports';
import type { Mail } from '#core/mails';
import type { Change } from '#core/request-lifecycle';
import { type AuditEvent, type PartyTask, type RequestRecord, type Routed, taskId } from '#core/request-record';
import { siteLinks } from '#adapters/site-links';
import { COORDINATED_STATUSES } from '#core/my-work';
import type { Note } from '#core/notes';
import { PAGE_SIZE, type PartyRequestPage, type PartyRequestQuery } from '#core/party-requests';

/**
 * In-memory implementations of the application's ports, for fast unit tests
 * of the use cases. They keep the promises the DynamoDB adapters keep (and
 * that the integration tests check against DynamoDB Local): a write guarded
 * by a version that is no longer current is a conflict and writes nothing,
 * and a request, a token or a key written twice is refused.
 */
export class InMemoryTable implements CaseRepository, IntakeRepository {
  readonly requests = new Map<string, RequestRecord>();
  readonly tasks = new Map<string, PartyTask>();
  readonly audit: AuditEvent[] = [];
  readonly documents = new Map<string, DocumentRecord>();
  readonly notes: Note[] = [];
  readonly outbox: Mail[] = [];
  readonly tokens = new Map<string, { reference: string; purpose: TokenPurpose }>();
  readonly idempotency = new Map<string, StoredAnswer>();
  /** Deferred effects of submitted requests, as a deliverer would write them out. */
  readonly deferred = new Map<string, DeferredEffects>();

  async findReferenceByToken(tokenHash: string, purpose: TokenPurpose): Promise<string | null> {
    const token = this.tokens.get(tokenHash) ?? this.deferredToken(tokenHash);
    return token && token.purpose === purpose ? token.reference : null;
  }

  async getRequest(reference: string): Promise<RequestRecord | null> {
    return structuredClone(this.requests.get(reference) ?? null);
  }

  async getTasks(reference: string): Promise<PartyTask[]> {
    return structuredClone([...this.tasks.values()].filter((task) => task.reference === reference));
  }

  async getAuditTrail(reference: string): Promise<AuditEvent[]> {
    return structuredClone(this.audit.filter((event) => event.reference === reference));
  }

  async getNotes(reference: string): Promise<Note[]> {
    return structuredClone(this.notes.filter((note) => note.reference === reference));
  }

  async getSameChild(record: RequestRecord): Promise<RequestRecord[]> {
    const key = sameChildKey(record);
    return structuredClone([...this.requests.values()].filter((other) => key !== null && sameChildKey(other) === key));
  }

  async getDocuments(reference: string): Promise<DocumentRecord[]> {
    return structuredClone([...this.documents.values()].filter((document) => document.reference === reference));
  }

  async workForParty(partyId: string): Promise<PartyWork> {
    const coordinated = [...this.requests.values()].filter((record) => record.coordinatorPartyId === partyId && COORDINATED_STATUSES.includes(record.status));
    return {
      tasks: structuredClone([...this.tasks.values()].filter((task) => task.partyId === partyId && task.status === 'open')),
      // As the DynamoDB adapter: the answer tasks only of the requests still in progress.
      coordinated: await Promise.all(
        coordinated.map(async (record) => ({
          record: structuredClone(record),
          tasks: record.status === 'in_progress' ? (await this.getTasks(record.reference)).filter((task) => task.kind === 'answer') : [],
        })),
      ),
    };
  }

  /** Alle verzoeken as the indexes give it; the cursor is the position in the sorted list. */
  async partyRequests(partyId: string, query: PartyRequestQuery): Promise<PartyRequestPage> {
    const mine = [...this.tasks.values()]
      .filter((task) => task.kind === 'answer' && task.partyId === partyId)
      .filter((task) => query.show === 'alle' || task.status === (query.show === 'open' ? 'open' : 'answered'))
      .sort((a, b) =>
        query.order === 'termijn'
          ? `${a.deadline}#${a.reference}`.localeCompare(`${b.deadline}#${b.reference}`)
          : `${b.receivedOn}#${b.reference}`.localeCompare(`${a.receivedOn}#${a.reference}`),
      );
    const from = Number(query.after ?? 0);
    const shown = mine.slice(from, from + PAGE_SIZE);
    return {
      rows: shown.map((task) => {
        const request = this.requests.get(task.reference);
        return { task, request: request ? { status: request.status, types: request.types } : null };
      }),
      next: from + PAGE_SIZE < mine.length ? String(from + PAGE_SIZE) : null,
    };
  }

  async hasPart(partyId: string, reference: string): Promise<boolean> {
    return this.tasks.has(`${reference}#${partyId}`);
  }

  async saveChange(change: Change): Promise<'saved' | 'conflict'> {
    if (change.record && this.requests.get(change.record.next.reference)?.version !== change.record.readVersion) return 'conflict';
    if (change.requireStatus && !change.requireStatus.statuses.includes(this.requests.get(change.requireStatus.reference)?.status ?? 'closed'))
      return 'conflict';
    for (const { task, readVersion } of change.tasks) {
      const stored = this.tasks.get(`${task.reference}#${taskId(task)}`);
      if (readVersion === null ? stored !== undefined : stored?.version !== readVersion) return 'conflict';
    }
    for (const { document, readVersion } of change.documents ?? []) {
      const stored = this.documents.get(`${document.reference}#${document.id}`);
      if (readVersion === null ? stored !== undefined : stored?.version !== readVersion) return 'conflict';
    }
    if (change.record) this.requests.set(change.record.next.reference, structuredClone(change.record.next));
    for (const { document } of change.documents ?? []) this.documents.set(`${document.reference}#${document.id}`, structuredClone(document));
    for (const { task } of change.tasks) this.tasks.set(`${task.reference}#${taskId(task)}`, structuredClone(task));
    this.notes.push(...structuredClone(change.notes ?? []));
    this.outbox.push(...change.mails);
    this.audit.push(...change.audit);
    return 'saved';
  }

  async createSubmittedRequest(args: {
    record: RequestRecord;
    effects: DeferredEffects;
    idempotency?: { keyHash: string; answer: StoredAnswer };
  }): Promise<CreateResult> {
    if (args.idempotency) {
      const earlier = this.idempotency.get(args.idempotency.keyHash);
      if (earlier) return { outcome: 'idempotent-replay', answer: earlier };
    }
    if (this.requests.has(args.record.reference)) return { outcome: 'reference-taken' };
    this.requests.set(args.record.reference, structuredClone(args.record));
    this.deferred.set(args.record.reference, structuredClone(args.effects));
    if (args.idempotency) this.idempotency.set(args.idempotency.keyHash, args.idempotency.answer);
    return { outcome: 'created' };
  }

  async createRegisteredRequest(args: Parameters<IntakeRepository['createRegisteredRequest']>[0]): Promise<CreateResult> {
    const earlier = args.idempotency && this.idempotency.get(args.idempotency.keyHash);
    if (earlier) return { outcome: 'idempotent-replay', answer: earlier };
    if (this.requests.has(args.record.reference)) return { outcome: 'reference-taken' as const };
    this.requests.set(args.record.reference, structuredClone(args.record));
    for (const task of args.tasks) this.tasks.set(`${task.reference}#${taskId(task)}`, structuredClone(task));
    for (const token of args.tokens) this.tokens.set(token.hash, { reference: args.record.reference, purpose: token.purpose });
    this.outbox.push(...args.mails);
    this.audit.push(...args.audit);
    if (args.idempotency) this.idempotency.set(args.idempotency.keyHash, args.idempotency.answer);
    return { outcome: 'created' as const };
  }

  async findIdempotentAnswer(keyHash: string): Promise<StoredAnswer | null> {
    return this.idempotency.get(keyHash) ?? null;
  }

  async saveRouting(routed: Routed, readVersion: number): Promise<'saved' | 'conflict'> {
    return this.saveChange({
      record: { next: routed.record, readVersion },
      tasks: routed.tasks.map((task) => ({ task, readVersion: null })),
      mails: routed.mails,
      audit: routed.audit,
    });
  }

  /** Mails sent to one address, in order. */
  mailsTo(address: string): Mail[] {
    return [...this.outbox, ...[...this.deferred.values()].flatMap((effects) => effects.mails)].filter((mail) => mail.to === address);
  }

  private deferredToken(tokenHash: string) {
    for (const [reference, effects] of this.deferred) {
      const token = effects.tokens.find((candidate) => candidate.hash === tokenHash);
      if (token) return { reference, purpose: token.purpose };
    }
    return undefined;
  }
}

/** A clock that stands where the test puts it. */
export class FixedClock implements Clock {
  constructor(public at: Date) {}
  now(): Date {
    return this.at;
  }
}

/** Predictable references and tokens; the hash is a readable stand-in (no secret in a test is real). */
export function countingSecrets(): Secrets {
  let n = 0;
  return {
    newReference: () => `AVG-TEST-${String(++n).padStart(4, '0')}`,
    newToken: () => `token-${++n}`,
    hashSecret: (secret) => `hash(${secret})`,
  };
}

export function inMemoryDeps(
  config: Configuration,
  now: Date,
): {
  cases: InMemoryTable;
  intake: InMemoryTable;
  clock: FixedClock;
  config: Configuration;
  links: SiteLinks;
  secrets: Secrets;
} {
  const table = new InMemoryTable();
  return { cases: table, intake: table, clock: new FixedClock(now), config, links: siteLinks('https://avg.example'), secrets: countingSecrets() };
}
