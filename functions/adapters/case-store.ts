import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Change } from '#core/request-lifecycle';
import type { DocumentOwner, DocumentRecord } from '#core/documents';
import { keptBy } from '#core/retention';
import { type AuditEvent, type PartyTask, type RequestRecord, statusTokensOf, taskId } from '#core/request-record';
import type { Note } from '#core/notes';
import { DOCUMENT_LIST_GRACE_SECONDS, DOCUMENTS_DUE, keys, partyIndexKey, sameChildIndexKey } from './table-design';
import { sameChildKey } from '#core/related-requests';
import { hashSecret } from './tokens';
import { hasPart, partyRequests } from './party-requests-store';
import { batchGet, queryAll, queryPartition, type Table, transact, type TransactItem } from './table';
import { auditPuts, documentItem, isExpired, outboxPuts, requestItem, taskItem, toDocument, toRecord, toTask } from './table-items';
import type { CaseFileRepository, CaseReader, CaseRepository, CaseWriter, PartyWork, TaskList, TokenPurpose } from '#application/ports';

/**
 * The DynamoDB side of a case after routing: read a request, its tasks and
 * audit trail, and write a lifecycle Change in one transaction, so a crash
 * leaves either everything or nothing. Plain functions of the table; the
 * factories at the end bind the ones a function needs, so each bundle holds
 * only those.
 */
/** The request a token belongs to, or null for an unknown or expired token. */
export async function findReferenceByToken(table: Table, tokenHash: string, purpose: TokenPurpose, now: Date): Promise<string | null> {
  const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: keys.token(tokenHash), ConsistentRead: true }));
  if (!Item || Item.purpose !== purpose || isExpired(Item, now)) return null;
  return Item.reference as string;
}

export async function getRequest(table: Table, reference: string, now: Date): Promise<RequestRecord | null> {
  const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: keys.request(reference), ConsistentRead: true }));
  // DynamoDB Local never expires items, and AWS may take days to: an expired item is gone.
  if (!Item || isExpired(Item, now)) return null;
  return toRecord(Item);
}

/**
 * The requests about the same child in the same overleg (GSI5), the request
 * itself among them; at most 21, the first by arrival: more than a few is not
 * two parents but a data error, and the page names the first ones.
 */
export async function getSameChild(table: Table, record: RequestRecord, now: Date): Promise<RequestRecord[]> {
  const key = sameChildKey(record);
  if (!key) return [];
  const { Items } = await table.db.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: 'GSI5',
      KeyConditionExpression: 'GSI5PK = :child',
      ExpressionAttributeValues: { ':child': sameChildIndexKey(key) },
      Limit: 21,
    }),
  );
  return (Items ?? []).filter((item) => !isExpired(item, now)).map(toRecord);
}

export async function getTasks(table: Table, reference: string): Promise<PartyTask[]> {
  const items = await queryPartition(table, reference, 'TASK#');
  return items.map(toTask);
}

export async function getDocuments(table: Table, reference: string): Promise<DocumentRecord[]> {
  const items = await queryPartition(table, reference, 'DOC#');
  return items.map(toDocument);
}

export async function getNotes(table: Table, reference: string): Promise<Note[]> {
  const items = await queryPartition(table, reference, 'NOTE#');
  return items.map(({ PK, SK, type, expiresAt, ...note }) => note as unknown as Note);
}

export async function getAuditTrail(table: Table, reference: string): Promise<AuditEvent[]> {
  const items = await queryPartition(table, reference, 'AUDIT#');
  return items.map(({ PK, SK, type, expiresAt, ...event }) => event as unknown as AuditEvent);
}

/**
 * A party's work across all requests (GSI1, sparse): its open tasks, and the
 * requests it coordinates that still wait for it. For those still in
 * progress, their answer tasks in one batch read, to tell "decide" from
 * "collect" (core/my-work.ts).
 */
export async function workForParty(table: Table, partyId: string): Promise<PartyWork> {
  const { items } = await queryAll(table, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :party',
    ExpressionAttributeValues: { ':party': partyIndexKey(partyId) },
  });
  const records = items.filter((item) => item.type === 'request').map(toRecord);
  const inProgress = records.filter((record) => record.status === 'in_progress');
  const answerTasks = (
    await batchGet(
      table,
      inProgress.flatMap((record) => record.partyIds.map((id) => keys.task(record.reference, id))),
    )
  ).map(toTask);
  return {
    tasks: items.filter((item) => item.type === 'task').map(toTask),
    coordinated: records.map((record) => ({ record, tasks: answerTasks.filter((task) => task.reference === record.reference) })),
  };
}

/**
 * Writes a Change from the lifecycle in one transaction. The request and every
 * task are guarded by the version that was read: two people acting at once
 * never overwrite each other; the second gets 'conflict' and sees the new state.
 */
export async function saveChange(table: Table, change: Change, now: Date): Promise<'saved' | 'conflict'> {
  // Retention must never be dropped silently: a closing change goes through saveClosingChange.
  if (change.expireAllAt) throw new Error('a change with retention needs saveClosingChange');
  return transact(table, changeItems(table, change, now));
}

/** The same for a change that starts the retention (closing): every item of the request, tokens included, expires with it. */
export async function saveClosingChange(table: Table, change: Change, now: Date): Promise<'saved' | 'conflict'> {
  const items = changeItems(table, change, now);
  if (change.expireAllAt && change.record) {
    // What this change writes expires with the rest.
    for (const item of items) if (item.Put?.Item) item.Put.Item.expiresAt = change.expireAllAt;
    items.push(...(await expiryUpdates(table, change.record.next, change.expireAllAt, items)));
  }
  return transact(table, items);
}

function changeItems(table: Table, change: Change, now: Date): TransactItem[] {
  const items: TransactItem[] = [];
  if (change.record) {
    const { next, readVersion } = change.record;
    items.push({
      Put: {
        TableName: table.name,
        Item: requestItem(next, now),
        ConditionExpression: 'version = :read',
        ExpressionAttributeValues: { ':read': readVersion },
      },
    });
  } else if (change.requireStatus) {
    items.push({
      ConditionCheck: {
        TableName: table.name,
        Key: keys.request(change.requireStatus.reference),
        ConditionExpression: `#status IN (${change.requireStatus.statuses.map((_, n) => `:s${n}`).join(', ')})`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: Object.fromEntries(change.requireStatus.statuses.map((status, n) => [`:s${n}`, status])),
      },
    });
  }
  for (const { task, readVersion } of change.tasks) {
    items.push({
      Put: {
        TableName: table.name,
        Item: taskItem(task),
        ...(readVersion === null
          ? { ConditionExpression: 'attribute_not_exists(PK)' }
          : { ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': readVersion } }),
      },
    });
  }
  for (const { task, readVersion } of change.removedTasks ?? []) {
    items.push({
      Delete: {
        TableName: table.name,
        Key: keys.task(task.reference, taskId(task)),
        ConditionExpression: 'version = :read',
        ExpressionAttributeValues: { ':read': readVersion },
      },
    });
  }
  for (const note of change.notes ?? []) {
    items.push({
      Put: {
        TableName: table.name,
        Item: { ...keys.note(note.reference, note.at, note.byUserId), type: 'note', ...note },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    });
  }
  for (const { document, readVersion, expiresAt } of change.documents ?? []) {
    items.push({
      Put: {
        TableName: table.name,
        Item: documentItem(document, expiresAt),
        ...(readVersion === null
          ? { ConditionExpression: 'attribute_not_exists(PK)' }
          : { ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': readVersion } }),
      },
    });
  }
  const reference =
    change.record?.next.reference ??
    change.requireStatus?.reference ??
    change.tasks[0]?.task.reference ??
    change.documents?.[0]?.document.reference ??
    change.notes?.[0]?.reference;
  if (reference) items.push(...outboxPuts(table.name, reference, change.mails, now));
  // A step a change sends itself (the last answer tells the coordinator): the sweep will not send it again.
  if (reference)
    for (const stepId of change.reminderSteps ?? [])
      items.push({ Put: { TableName: table.name, Item: { ...keys.reminder(reference, stepId), type: 'reminder', stepId, sentAt: now.toISOString() } } });
  items.push(...auditPuts(table.name, change.audit));
  return items;
}

/** Every read: the pages, the status link, confirmation. */
export function caseReader(table: Table): CaseReader & TaskList {
  return {
    findReferenceByToken: (tokenHash, purpose, now) => findReferenceByToken(table, tokenHash, purpose, now),
    getRequest: (reference, now) => getRequest(table, reference, now),
    getTasks: (reference) => getTasks(table, reference),
    getAuditTrail: (reference) => getAuditTrail(table, reference),
    getNotes: (reference) => getNotes(table, reference),
    getDocuments: (reference) => getDocuments(table, reference),
    getSameChild: (record, now) => getSameChild(table, record, now),
    workForParty: (partyId) => workForParty(table, partyId),
    partyRequests: (partyId, query) => partyRequests(table, partyId, query),
    hasPart: (partyId, reference) => hasPart(table, partyId, reference),
  };
}

/** A case's file and its changes: the parties' answers. */
export function caseFiles(table: Table): CaseFileRepository {
  return {
    getRequest: (reference, now) => getRequest(table, reference, now),
    getTasks: (reference) => getTasks(table, reference),
    getAuditTrail: (reference) => getAuditTrail(table, reference),
    getNotes: (reference) => getNotes(table, reference),
    getDocuments: (reference) => getDocuments(table, reference),
    saveChange: (change, now) => saveChange(table, change, now),
  };
}

/**
 * The same, for the functions that show the request page again after a
 * refused step, which names the related requests (GSI5): only they carry
 * that query, and only they may run it (infra/aws/permissions.ts).
 */
export function pageCaseFiles(table: Table): CaseFileRepository & Pick<CaseReader, 'getSameChild'> {
  return { ...caseFiles(table), getSameChild: (record, now) => getSameChild(table, record, now) };
}

/** The same, able to close a case (retention): the coordinator's steps. */
export function closableCaseFiles(table: Table): CaseFileRepository & Pick<CaseReader, 'getSameChild'> {
  return { ...pageCaseFiles(table), saveChange: (change, now) => saveClosingChange(table, change, now) };
}

/** The status page: the token lookup, the request, its tasks and files, and the requester's answer. */
export function statusCases(table: Table): Pick<CaseReader, 'findReferenceByToken' | 'getRequest' | 'getTasks' | 'getDocuments'> & CaseWriter {
  return {
    findReferenceByToken: (tokenHash, purpose, now) => findReferenceByToken(table, tokenHash, purpose, now),
    getRequest: (reference, now) => getRequest(table, reference, now),
    getTasks: (reference) => getTasks(table, reference),
    getDocuments: (reference) => getDocuments(table, reference),
    // The requester's withdrawal starts the retention as closing does (core/withdrawal.ts).
    saveChange: (change, now) => saveClosingChange(table, change, now),
  };
}

/** Everything, for tools and tests. */
export function caseStore(table: Table): CaseRepository {
  return { ...caseReader(table), saveChange: (change, now) => saveClosingChange(table, change, now) };
}

/** Retention: every item of a closed request, and its tokens, expire together. */
export async function expiryUpdates(table: Table, record: RequestRecord, expiresAt: number, alreadyWritten: TransactItem[]): Promise<TransactItem[]> {
  const written = new Set(
    alreadyWritten.map((item) => JSON.stringify(item.Put?.Item ? { PK: item.Put.Item.PK as string, SK: item.Put.Item.SK as string } : null)),
  );
  const partition = await queryPartition(table, record.reference, '');
  const parts = record.retainedParts ?? [];
  // A party that keeps its part longer (core/retention.ts) keeps its task, its files and the letters that long.
  const keeperOf = (item: Record<string, unknown>) => {
    const sk = String(item.SK);
    if (sk.startsWith('TASK#')) return keptBy({ task: { partyId: String(item.partyId) } }, parts);
    if (sk.startsWith('DOC#')) return keptBy({ document: { owner: item.owner as DocumentOwner } }, parts);
    return null;
  };
  const updates: TransactItem[] = [];
  let lastObjectExpiry = expiresAt;
  // The status links live outside the partition: they go with it.
  const statusLinks = statusTokensOf(record).map((token) => keys.token(hashSecret(token)));
  for (const item of [...partition.filter((candidate) => candidate.SK !== 'REQUEST'), ...statusLinks]) {
    const key = { PK: item.PK as string, SK: item.SK as string };
    if (written.has(JSON.stringify(key))) continue;
    const kept = keeperOf(item);
    const isDocument = key.SK.startsWith('DOC#');
    // The object list stays until the objects are gone (purge-documents), then goes too.
    const at = (kept?.expiresAt ?? expiresAt) + (isDocument ? DOCUMENT_LIST_GRACE_SECONDS : 0);
    if (isDocument) lastObjectExpiry = Math.max(lastObjectExpiry, kept?.expiresAt ?? expiresAt);
    updates.push({
      Update: {
        TableName: table.name,
        Key: key,
        // A file kept longer carries its own last day, which the purge job reads.
        UpdateExpression: kept && isDocument ? 'SET expiresAt = :at, retainUntil = :until' : 'SET expiresAt = :at',
        ExpressionAttributeValues: { ':at': at, ...(kept && isDocument ? { ':until': kept.until } : {}) },
      },
    });
  }
  if (partition.some((item) => String(item.SK).startsWith('DOC#')) && record.retainUntil) {
    updates.push({
      Put: {
        TableName: table.name,
        Item: {
          ...keys.documentPurge(record.reference),
          type: 'document-purge',
          reference: record.reference,
          GSI2PK: DOCUMENTS_DUE,
          GSI2SK: `${record.retainUntil}#${record.reference}`,
          expiresAt: lastObjectExpiry + DOCUMENT_LIST_GRACE_SECONDS,
        },
      },
    });
  }
  return updates;
}
