import { RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { tableDesign } from '#adapters/table-design';

/** The one table (functions/adapters/table-design.ts), encrypted with a key of its own, retained and protected. */
export function createData(stack: Stack): { table: Table; tableKey: Key } {
  const tableKey = new Key(stack, 'TableKey', {
    description: 'Encrypts the avg-verzoeken table (personal data of requesters and children)',
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });

  const table = new Table(stack, 'Table', {
    partitionKey: { name: tableDesign.partitionKey, type: AttributeType.STRING },
    sortKey: { name: tableDesign.sortKey, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    encryption: TableEncryption.CUSTOMER_MANAGED,
    encryptionKey: tableKey,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    timeToLiveAttribute: tableDesign.timeToLiveAttribute,
    // The outbox is delivered from the stream: every new mail item starts a delivery.
    stream: StreamViewType.NEW_IMAGE,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of tableDesign.globalSecondaryIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.indexName,
      partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
      sortKey: { name: index.sortKey, type: AttributeType.STRING },
      // ALL: the party task list, the reminder sweep and the outbox each read the
      // whole item from the index; KEYS_ONLY would cost a GetItem per hit.
      projectionType: ProjectionType.ALL,
    });
  }
  return { table, tableKey };
}
