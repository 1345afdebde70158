import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DownloadCode } from '#core/download-code';
import type { AuditEvent } from '#core/request-record';
import { keys } from './table-design';
import { type Table, transact } from './table';
import { auditPuts, outboxPuts } from './table-items';
import type { Mail } from '#core/mails';
import type { DownloadSessions } from '#application/ports';

/**
 * The requester's step-up: one code per request (REQ#<reference> / DOWNLOAD-CODE,
 * a new code replaces the old), and download sessions under the hash of the
 * browser's cookie (DOWNLOAD#<sha256> / SESSION). Both expire by TTL and are
 * also checked on read.
 */
const codeKey = (reference: string) => ({ PK: keys.request(reference).PK, SK: 'DOWNLOAD-CODE' });
const sessionKey = (sessionHash: string) => ({ PK: `DOWNLOAD#${sessionHash}`, SK: 'SESSION' });

/** A new code with its mail and audit event, in one transaction: no mail without the code it names, and the other way round. */
export async function saveDownloadCode(table: Table, code: DownloadCode, mail: Mail, audit: AuditEvent, now: Date): Promise<void> {
  await transact(table, [
    { Put: { TableName: table.name, Item: { ...codeKey(code.reference), type: 'download-code', ...code } } },
    ...outboxPuts(table.name, code.reference, [mail], now, 'code'),
    ...auditPuts(table.name, [audit]),
  ]);
}

export async function getDownloadCode(table: Table, reference: string): Promise<DownloadCode | null> {
  const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: codeKey(reference), ConsistentRead: true }));
  return Item ? { reference, codeHash: Item.codeHash as string, expiresAt: Item.expiresAt as number, tries: Item.tries as number } : null;
}

/** Counts a wrong try, only if nobody else counted the same one (two browsers at once cannot get ten tries). */
export async function countWrongTry(table: Table, code: DownloadCode, audit: AuditEvent): Promise<'counted' | 'conflict'> {
  return transact(table, [
    {
      Update: {
        TableName: table.name,
        Key: codeKey(code.reference),
        UpdateExpression: 'SET tries = :next',
        ConditionExpression: 'tries = :read AND codeHash = :hash',
        ExpressionAttributeValues: { ':next': code.tries + 1, ':read': code.tries, ':hash': code.codeHash },
      },
    },
    ...auditPuts(table.name, [audit]),
  ]).then((result) => (result === 'saved' ? 'counted' : 'conflict'));
}

/** A right code is used up and opens a session, in one transaction: a code opens one session. */
export async function openSession(table: Table, code: DownloadCode, sessionHash: string, expiresAt: number, audit: AuditEvent): Promise<'opened' | 'conflict'> {
  return transact(table, [
    {
      Delete: {
        TableName: table.name,
        Key: codeKey(code.reference),
        ConditionExpression: 'codeHash = :hash AND tries = :read',
        ExpressionAttributeValues: { ':hash': code.codeHash, ':read': code.tries },
      },
    },
    { Put: { TableName: table.name, Item: { ...sessionKey(sessionHash), type: 'download-session', reference: code.reference, expiresAt } } },
    ...auditPuts(table.name, [audit]),
  ]).then((result) => (result === 'saved' ? 'opened' : 'conflict'));
}

/** The request a download session belongs to, or null when it is unknown or over. */
export async function sessionReference(table: Table, sessionHash: string, nowSeconds: number): Promise<string | null> {
  const { Item } = await table.db.send(new GetCommand({ TableName: table.name, Key: sessionKey(sessionHash), ConsistentRead: true }));
  return Item && (Item.expiresAt as number) > nowSeconds ? (Item.reference as string) : null;
}

/**
 * A download: the audit event and the party's count (REQ#<reference> /
 * DOWNLOADS#<party>, which the FG's figures read) in one transaction, so the
 * figures never count a download the audit trail does not show. After
 * closing, both carry the request's expiry.
 */
export async function recordDownload(table: Table, audit: AuditEvent, partyId: string | null): Promise<void> {
  const closed = audit.expiresAt !== undefined;
  // The decision's letter belongs to no party: only its audit event, no party's count.
  if (partyId === null) return void (await transact(table, auditPuts(table.name, [audit])));
  await transact(table, [
    ...auditPuts(table.name, [audit]),
    {
      Update: {
        TableName: table.name,
        Key: keys.downloads(audit.reference, partyId),
        UpdateExpression: `ADD downloads :one SET #type = :type, #reference = :reference${closed ? ', expiresAt = :expiresAt' : ''}`,
        ExpressionAttributeNames: { '#type': 'type', '#reference': 'reference' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':type': 'download-count',
          ':reference': audit.reference,
          ...(closed ? { ':expiresAt': audit.expiresAt } : {}),
        },
      },
    },
  ]);
}

/** The port of the requester's step-up, on the table. */
export function downloadSessions(table: Table): DownloadSessions {
  return {
    saveCode: (code, mail, audit, now) => saveDownloadCode(table, code, mail, audit, now),
    getCode: (reference) => getDownloadCode(table, reference),
    countWrongTry: (code, audit) => countWrongTry(table, code, audit),
    openSession: (code, sessionHash, expiresAt, audit) => openSession(table, code, sessionHash, expiresAt, audit),
    sessionReference: (sessionHash, nowSeconds) => sessionReference(table, sessionHash, nowSeconds),
    recordDownload: (audit, partyId) => recordDownload(table, audit, partyId),
  };
}
