import { createHash } from 'node:crypto';
/**
 * The single DynamoDB table, described once. The CDK stack and the local
 * launcher both build the table from this, and the repository uses the same
 * key names, so the three cannot drift apart.
 *
 * Items (PK / SK):
 *   REQ#<reference> / REQUEST              the request, with a version for optimistic locking
 *   REQ#<reference> / TASK#<taskId>        one task per routed party (taskId: partyId, or
 *                                          partyId#ART19#fromPartyId for an art. 19 follow-up)
 *   REQ#<reference> / AUDIT#<iso>#<n>      append-only audit events
 *   REQ#<reference> / OUTBOX#<id>          mails waiting for (or done with) delivery
 *   PARTY#<partyId> / FG-SUMMARY#<date>    the FG's daily overdue summary that was sent (once a day)
 *   PARTY#<partyId> / OUTBOX#<id>          that summary's mail
 *   REQ#<reference> / REMINDER#<stepId>    a reminder step that was sent (conditional put: once)
 *   REQ#<reference> / NOTE#<iso>#<userId>  a note between the coordinator and one party
 *   REQ#<reference> / DOC#<documentId>     a file of the request: owner, title, checks (the bytes are in the bucket)
 *   REQ#<reference> / PURGE-DOCUMENTS      after closing: when the request's objects are due for deletion (GSI2, PURGE#DOCUMENTS)
 *   TOKEN#<sha256>  / TOKEN                a confirmation or status token, hashed
 *   IDEMPOTENCY#<sha256> / IDEMPOTENCY     the first answer to an Idempotency-Key, for 24 hours
 */
export const tableDesign = {
  partitionKey: 'PK',
  sortKey: 'SK',
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    /** Open tasks of one party, most urgent first: GSI1PK = PARTY#<id>, GSI1SK = <deadline>#<reference>. */
    { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    /** Sparse: requests with a reminder due, GSI2PK = REMINDER#<shard>, GSI2SK = <next reminder date>#<reference>; closed requests whose files are due for deletion, GSI2PK = PURGE#DOCUMENTS, GSI2SK = <retainUntil>#<reference>; every answer task of a party by deadline, GSI2PK = DEADLINE#<partyId>, GSI2SK = <deadline>#<reference> (Alle verzoeken). */
    { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    /** Sparse: undelivered outbox mails and unwritten submissions, GSI3PK = OUTBOX#PENDING, GSI3SK = <due: created, or next attempt>#<id>; failed mails move to OUTBOX#FAILED; decision letters still to be made, GSI3PK = LETTER#PENDING, GSI3SK = <created>#<reference>#<id>. */
    { indexName: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
    /** Every request a party is involved in, open or closed, by date of receipt: GSI4PK = INVOLVED#<partyId>, GSI4SK = <receivedOn>#<reference>. */
    { indexName: 'GSI4', partitionKey: 'GSI4PK', sortKey: 'GSI4SK' },
    /** Requests about the same child in the same overleg (core/related-requests.ts): GSI5PK = CHILD#<sha256 of the key>, GSI5SK = <receivedAt>#<reference>. */
    { indexName: 'GSI5', partitionKey: 'GSI5PK', sortKey: 'GSI5SK' },
  ],
} as const;

export const keys = {
  request: (reference: string) => ({ PK: `REQ#${reference}`, SK: 'REQUEST' }),
  task: (reference: string, taskId: string) => ({ PK: `REQ#${reference}`, SK: `TASK#${taskId}` }),
  /** `tag` separates events written at the same instant by different writers (two reminder steps). */
  audit: (reference: string, at: string, n: number, tag = '') => ({
    PK: `REQ#${reference}`,
    SK: `AUDIT#${at}#${String(n).padStart(3, '0')}${tag ? `#${tag}` : ''}`,
  }),
  reminder: (reference: string, stepId: string) => ({ PK: `REQ#${reference}`, SK: `REMINDER#${stepId}` }),
  /** A note between the coordinator and one party (core/notes.ts): by time, then author, so two at the same instant do not collide. */
  note: (reference: string, at: string, userId: string) => ({ PK: `REQ#${reference}`, SK: `NOTE#${at}#${userId}` }),
  document: (reference: string, documentId: string) => ({ PK: `REQ#${reference}`, SK: `DOC#${documentId}` }),
  documentPurge: (reference: string) => ({ PK: `REQ#${reference}`, SK: 'PURGE-DOCUMENTS' }),
  /** How often the requester downloaded one party's files: the FG's figures. */
  downloads: (reference: string, partyId: string) => ({ PK: `REQ#${reference}`, SK: `DOWNLOADS#${partyId}` }),
  fgSummary: (partyId: string, date: string) => ({ PK: `PARTY#${partyId}`, SK: `FG-SUMMARY#${date}` }),
  token: (tokenHash: string) => ({ PK: `TOKEN#${tokenHash}`, SK: 'TOKEN' }),
  idempotency: (keyHash: string) => ({ PK: `IDEMPOTENCY#${keyHash}`, SK: 'IDEMPOTENCY' }),
};

export const PENDING_OUTBOX = 'OUTBOX#PENDING';
/** Decision letters still to be made (GSI3, beside the outbox: the same kind of queue). */
export const PENDING_LETTERS = 'LETTER#PENDING';
export const DOCUMENTS_DUE = 'PURGE#DOCUMENTS';

/**
 * The object list (the DOC# items and the purge marker) outlives the rest of
 * a closed request by this long, so the deletion job always finds the objects
 * it must delete first, even if TTL removed the request item before it ran.
 */
export const DOCUMENT_LIST_GRACE_SECONDS = 30 * 86_400;

/**
 * The reminder index is spread over a few partitions so the daily sweep's
 * reads never pile onto one hot key; the sweep queries each shard.
 */
export const REMINDER_SHARDS = 4;
export function reminderShard(reference: string): string {
  let hash = 0;
  for (const char of reference) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `REMINDER#${hash % REMINDER_SHARDS}`;
}
export const partyIndexKey = (partyId: string) => `PARTY#${partyId}`;
export const involvementKey = (partyId: string) => `INVOLVED#${partyId}`;
export const deadlineKey = (partyId: string) => `DEADLINE#${partyId}`;
/** Hashed: the index key says which requests share a child without spelling out the child's name. */
export const sameChildIndexKey = (sameChildKey: string) => `CHILD#${createHash('sha256').update(sameChildKey).digest('hex')}`;
