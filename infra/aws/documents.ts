import { Duration, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { CfnMalwareProtectionPlan } from 'aws-cdk-lib/aws-guardduty';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { DOCUMENT_PREFIX } from '#core/documents';
import { acknowledge, failureQueue } from './naming';
import type { FunctionName } from './permissions';

/**
 * The document bucket (docs/documents.md): the copies, evidence and proof of
 * authority of requests, exchanged only through signed links. A key of its
 * own, no public access, TLS only, bucket-owner objects without ACLs, access
 * logs, and a lifecycle rule as the safety net behind each request's own
 * retention. GuardDuty Malware Protection scans every object and reports by
 * EventBridge, as S3 reports every new object; both go to the checking function.
 */
export interface Documents {
  bucket: Bucket;
  documentsKey: Key;
  /** The cdk-nag finding of a right on the bucket's objects under the documents prefix: acknowledged on each role that has one. */
  objectsFinding: string;
}

/** Days after which the bucket deletes any object, whatever the table says: longer than any retention we configure (docs/documents.md). */
export const SAFETY_NET_DAYS = 3 * 366;

export function createDocuments(stack: Stack): Documents {
  const documentsKey = new Key(stack, 'DocumentsKey', {
    description: 'Encrypts the avg-verzoeken document bucket (copies of children’s data, evidence, machtigingen)',
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const accessLogs = new Bucket(stack, 'DocumentAccessLogs', {
    // S3 server access logging cannot write to a KMS-encrypted bucket.
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ expiration: Duration.days(400) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledge(accessLogs, 'AwsSolutions-S1', 'This is the access-log bucket of the document bucket; logging it into itself would loop.');
  const bucket = new Bucket(stack, 'Documents', {
    encryption: BucketEncryption.KMS,
    encryptionKey: documentsKey,
    bucketKeyEnabled: true,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: 'documenten/',
    lifecycleRules: [{ expiration: Duration.days(SAFETY_NET_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });

  // The permissions GuardDuty's documentation lists for a malware protection plan on one bucket, and no more.
  const scanRole = new Role(stack, 'DocumentScanRole', {
    assumedBy: new ServicePrincipal('malware-protection-plan.guardduty.amazonaws.com'),
    description: 'GuardDuty Malware Protection for S3 on the document bucket',
    inlinePolicies: {
      scan: new PolicyDocument({
        statements: [
          new PolicyStatement({
            actions: ['events:PutRule', 'events:DeleteRule', 'events:PutTargets', 'events:RemoveTargets', 'events:DescribeRule', 'events:ListTargetsByRule'],
            resources: [`arn:aws:events:${stack.region}:${stack.account}:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*`],
            conditions: { StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' } },
          }),
          new PolicyStatement({ actions: ['s3:PutBucketNotification', 's3:GetBucketNotification', 's3:ListBucket'], resources: [bucket.bucketArn] }),
          new PolicyStatement({
            actions: [
              's3:GetObject',
              's3:GetObjectVersion',
              's3:GetObjectTagging',
              's3:GetObjectVersionTagging',
              's3:PutObjectTagging',
              's3:PutObjectVersionTagging',
            ],
            resources: [bucket.arnForObjects(`${DOCUMENT_PREFIX}*`)],
          }),
          new PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects('malware-protection-resource-validation-object')] }),
          new PolicyStatement({
            actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
            resources: [documentsKey.keyArn],
            conditions: { StringLike: { 'kms:ViaService': `s3.${stack.region}.amazonaws.com` } },
          }),
        ],
      }),
    },
  });
  const objectsFinding = `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(bucket.node.defaultChild as CfnBucket)}.Arn>/${DOCUMENT_PREFIX}*]`;
  acknowledge(
    scanRole,
    `AwsSolutions-IAM5[Resource::arn:aws:events:${stack.region}:<AWS::AccountId>:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*]`,
    'GuardDuty names its managed EventBridge rule itself (DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3…); the condition events:ManagedBy limits it to that rule.',
  );
  acknowledge(scanRole, objectsFinding, 'GuardDuty scans and tags every object under the documents prefix, whose keys are per request and file.');
  // S3 sends every object event to EventBridge. Set on the resource itself: `eventBridgeEnabled` would add a custom-resource function to do the same.
  (bucket.node.defaultChild as CfnBucket).notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
  new CfnMalwareProtectionPlan(stack, 'DocumentsMalwareProtection', {
    role: scanRole.roleArn,
    protectedResource: { s3Bucket: { bucketName: bucket.bucketName, objectPrefixes: [DOCUMENT_PREFIX] } },
    actions: { tagging: { status: 'ENABLED' } },
  });
  return { bucket, documentsKey, objectsFinding };
}

/** S3's "Object Created" and GuardDuty's scan result, for this bucket only, to the checking function, with retries and a dead-letter queue. */
export function connectDocumentChecks(stack: Stack, documents: Documents, functions: Record<FunctionName, NodejsFunction>): void {
  const deadLetters = failureQueue(stack, 'DocumentCheckDeadLetters', 'the document checks');

  const target = new LambdaFunction(functions['check-document'], { retryAttempts: 8, maxEventAge: Duration.hours(6), deadLetterQueue: deadLetters });
  new Rule(stack, 'DocumentCreated', {
    description: 'Every new object in the document bucket goes through the checking step',
    eventPattern: {
      source: ['aws.s3'],
      detailType: ['Object Created'],
      detail: { bucket: { name: [documents.bucket.bucketName] }, object: { key: [{ prefix: DOCUMENT_PREFIX }] } },
    },
    targets: [target],
  });
  new Rule(stack, 'DocumentScanned', {
    description: 'GuardDuty’s malware scan result for an object in the document bucket',
    eventPattern: {
      source: ['aws.guardduty'],
      detailType: ['GuardDuty Malware Protection Object Scan Result'],
      detail: { s3ObjectDetails: { bucketName: [documents.bucket.bucketName] } },
    },
    targets: [target],
  });
}
