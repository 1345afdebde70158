import type { bucketEventConsumers, deploySteps, handlers, scheduledJobs, streamConsumers } from '#routes';
import type { tableDesign } from '#adapters/table-design';

/**
 * What each Lambda function may do, in one place. The stack turns this into
 * one IAM statement per kind of access; nothing else grants the functions
 * data-plane rights. When a handler starts using another DynamoDB call, add the
 * action here (and only for that function): a missing action shows up as an
 * AccessDeniedException in AWS, not in the local setup, which has no IAM.
 *
 * - `tableActions` apply to the base table only. Transactions have no IAM
 *   action of their own: TransactWriteItems is authorised per item through
 *   PutItem / UpdateItem / DeleteItem / ConditionCheckItem, TransactGetItems
 *   through GetItem. There is deliberately no Scan anywhere.
 * - `queryIndexes` get `dynamodb:Query` on exactly those index ARNs.
 * - `sendsMail` allows ses:SendEmail / ses:SendRawEmail on the sender identity and
 *   configuration set only, from the MAIL_FROM address only.
 *
 * KMS rights on the table key follow from table access (see the stack).
 */
export type FunctionName =
  keyof typeof handlers | keyof typeof scheduledJobs | keyof typeof streamConsumers | keyof typeof bucketEventConsumers | keyof typeof deploySteps;

export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:Query'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:ConditionCheckItem';

export type IndexName = (typeof tableDesign.globalSecondaryIndexes)[number]['indexName'];

/**
 * Rights on the document bucket's objects (under the documents prefix only).
 * A signed upload form or download link acts with the rights of the function
 * that signed it, so signing needs s3:PutObject or s3:GetObject.
 */
export type DocumentAction = 's3:PutObject' | 's3:GetObject' | 's3:DeleteObject';

export interface FunctionPermissions {
  readonly tableActions: readonly TableAction[];
  readonly queryIndexes: readonly IndexName[];
  readonly sendsMail: boolean;
  readonly documents?: readonly DocumentAction[];
  /** The beheer pages: creating, grouping, disabling and enabling users of the portal's user pool. */
  readonly administersUsers?: boolean;
}

/**
 * Handlers that change a request (functions/application): GetItem for the token,
 * request and Idempotency-Key records; PutItem for the submitted request and
 * the transactions of the stores in functions/adapters (request, token, tasks,
 * audit, outbox, idempotency); Query on the request partition; UpdateItem in
 * transactions.
 * None of them sends mail: they write outbox items, which the stream delivers.
 */
const changeRequest: readonly TableAction[] = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];

/**
 * Every function that uses the table reads the region configuration (one
 * Query on the CONFIG partition per cache period, adapters/region-store.ts);
 * the portal's functions also read the signed-in person's record (GetItem) on
 * every request. Both are added here once rather than to each entry.
 */
const withConfiguration = (actions: readonly TableAction[], portal = false): readonly TableAction[] => [
  ...new Set<TableAction>([...actions, 'dynamodb:Query', ...(portal ? (['dynamodb:GetItem'] as const) : [])]),
];

const declared: Record<FunctionName, FunctionPermissions> = {
  /** GET shows the form; POST stores the request with its confirmation mail in the outbox. */
  'request-form': { tableActions: changeRequest, queryIndexes: [], sendsMail: false },
  /** The same submission as the form, answered in JSON. */
  'request-api': { tableActions: changeRequest, queryIndexes: [], sendsMail: false },
  /** Looks up the hashed token, routes the request to the parties and mails them. */
  'confirm-request': { tableActions: changeRequest, queryIndexes: [], sendsMail: false },
  /**
   * Signs in with Cognito's public client API (InitiateAuth, RespondToAuthChallenge,
   * AssociateSoftwareToken, VerifySoftwareToken): Cognito evaluates no IAM policy for
   * those calls, so this function needs no rights at all, and no data or mail.
   */
  /** Our person record: checked at sign-in, and the last sign-in recorded (UpdateItem). */
  'portal-sign-in': { tableActions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], queryIndexes: [], sendsMail: false },
  /** A region's configuration versions, its people and its logo: reads, and transactions of puts; the user pool. */
  'portal-beheer': {
    tableActions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
    queryIndexes: [],
    sendsMail: false,
    administersUsers: true,
  },
  /** A contact person's own record: read, and a transaction of puts (the record and its audit event). */
  'portal-absence': { tableActions: ['dynamodb:GetItem', 'dynamodb:PutItem'], queryIndexes: [], sendsMail: false },
  /** The region's stylesheet from the configuration, its logo by GetItem. */
  'region-style': { tableActions: ['dynamodb:GetItem'], queryIndexes: [], sendsMail: false },
  /** At deployment: the seed regions the table lacks, each a transaction of puts with conditions. */
  'seed-configuration': { tableActions: ['dynamodb:PutItem'], queryIndexes: [], sendsMail: false },
  /**
   * Portal pages: a request with its tasks and timeline and the requests about the same child (GSI5), a party's
   * open tasks (GSI1), Alle verzoeken by deadline (GSI2) or receipt (GSI4). Reading only.
   */
  'portal-pages': { tableActions: ['dynamodb:GetItem', 'dynamodb:Query'], queryIndexes: ['GSI1', 'GSI2', 'GSI4', 'GSI5'], sendsMail: false },
  /** A party's answer and art. 19: tasks, mails and audit events in one transaction, with a condition on the request's status (ConditionCheckItem); the case page again after a refused step (GSI5). */
  'portal-actions': {
    tableActions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem'],
    queryIndexes: ['GSI5'],
    sendsMail: false,
  },
  /** The coordinator's steps: reads the case, rewrites the request under its version, and on closing sets the expiry of every item (UpdateItem); the case page again after a refused step (GSI5). */
  'portal-coordination': {
    tableActions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    queryIndexes: ['GSI5'],
    sendsMail: false,
  },
  /** Registers a letter, e-mail or phone request: one transaction with its tasks, tokens, mails and audit events. */
  'portal-register': { tableActions: ['dynamodb:PutItem'], queryIndexes: [], sendsMail: false },
  /** The FG's dashboard, figures and export: the party's requests from GSI4, then the requests in batches. Read-only, no mail. */
  'fg-oversight': { tableActions: ['dynamodb:BatchGetItem'], queryIndexes: ['GSI4'], sendsMail: false },
  /** The requester's status page (hashed status token): reads the request and its files, the download session (GetItem), records answers, mails through the outbox. */
  'request-status': { tableActions: changeRequest, queryIndexes: [], sendsMail: false },
  /**
   * A party's files: describes one (PutItem, with a ConditionCheckItem on the
   * request's status), signs its upload form (s3:PutObject) and, after the
   * audit event, a download link (s3:GetObject).
   */
  'portal-documents': {
    tableActions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem'],
    // The case page again after a refused file (GSI5: the related requests).
    queryIndexes: ['GSI5'],
    sendsMail: false,
    documents: ['s3:PutObject', 's3:GetObject'],
  },
  /**
   * The requester's files: the code (PutItem with its outbox mail), a wrong try
   * (UpdateItem), a right one used up (DeleteItem) for a session (PutItem), the
   * audit event with the party's download count (UpdateItem), then a download link (s3:GetObject); a file the requester
   * sends (PutItem with a ConditionCheckItem on the status), its upload form (s3:PutObject).
   */
  'status-documents': {
    tableActions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    queryIndexes: [],
    sendsMail: false,
    documents: ['s3:PutObject', 's3:GetObject'],
  },
  /** Retention of files: the due purge markers (GSI2), each request's object list (Query), the objects (s3:DeleteObject), then the items (DeleteItem); a marker moved to the day of the files kept longer (UpdateItem). */
  'purge-documents': {
    tableActions: ['dynamodb:Query', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
    queryIndexes: ['GSI2'],
    sendsMail: false,
    documents: ['s3:DeleteObject'],
  },
  /** The checking step: reads the object's first bytes (s3:GetObject), records the result (PutItem), deletes a refused object (s3:DeleteObject). */
  'check-document': {
    tableActions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
    queryIndexes: [],
    sendsMail: false,
    documents: ['s3:GetObject', 's3:DeleteObject'],
  },
  /** Serves the stylesheet bundled into the function: no data, no mail. */
  'static-assets': { tableActions: [], queryIndexes: [], sendsMail: false },
  /**
   * The daily sweep: queries the sparse reminder index (GSI2), reads each due
   * request's partition, records each reminder step with a conditional put in a
   * transaction with its outbox mail and audit event, moves the request's index
   * date (UpdateItem), sends each FG whose party has overdue tasks one summary
   * (GSI1, conditional put), then delivers pending mail (GSI3).
   */
  'daily-sweep': { tableActions: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], queryIndexes: ['GSI1', 'GSI2', 'GSI3'], sendsMail: true },
  /**
   * Handed new items of the pending index by the table stream: writes out a
   * submitted request's tokens, mail and audit event (PutItem, UpdateItem in one
   * transaction), then claims, sends and marks each mail (UpdateItem). Stream
   * read rights come with the event source.
   */
  'outbox-stream': { tableActions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'], queryIndexes: [], sendsMail: true },
  /**
   * The decision letters: the pending ones (GSI3), each request's record and
   * files (GetItem, Query), the PDF into the bucket (s3:PutObject), then the
   * letter's document and audit event (PutItem in one transaction).
   */
  'render-letters': {
    tableActions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
    queryIndexes: ['GSI3'],
    sendsMail: false,
    documents: ['s3:PutObject'],
  },
  /** The same from the sparse GSI3, for what the stream could not finish (OutboxDelivery.deliverPending). */
  'deliver-outbox': { tableActions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'], queryIndexes: ['GSI3'], sendsMail: true },
};

/** The functions that sign upload forms (s3:PutObject): they send browsers to the files distribution. */
export function signingFunctions(): FunctionName[] {
  // The letters job writes its PDFs itself and signs nothing.
  return (Object.keys(functionPermissions) as FunctionName[]).filter(
    (name) => functionPermissions[name].documents?.includes('s3:PutObject') && name !== 'render-letters',
  );
}

const PORTAL_FUNCTIONS = new Set<FunctionName>([
  'portal-sign-in',
  'portal-pages',
  'portal-actions',
  'portal-coordination',
  'portal-register',
  'portal-documents',
  'fg-oversight',
  'portal-beheer',
  'portal-absence',
]);

export const functionPermissions = Object.fromEntries(
  (Object.entries(declared) as Array<[FunctionName, FunctionPermissions]>).map(([name, permissions]) => [
    name,
    permissions.tableActions.length > 0 || permissions.queryIndexes.length > 0
      ? { ...permissions, tableActions: withConfiguration(permissions.tableActions, PORTAL_FUNCTIONS.has(name)) }
      : permissions,
  ]),
) as Record<FunctionName, FunctionPermissions>;
