import { createHash } from 'node:crypto';
import { CfnOutput, CustomResource, Stack, type StackProps } from 'aws-cdk-lib';
import regionsJson from '#config/regions.json';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { UserPool } from 'aws-cdk-lib/aws-cognito';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Construct } from 'constructs';
import { createData } from './data';
import { connectDocumentChecks, createDocuments } from './documents';
import { createFunctions } from './functions';
import { createHttpApi } from './http-api';
import { createIdentity } from './identity';
import { createMail } from './mail';
import { createOutboxDelivery } from './outbox-delivery';
import { type FunctionName, signingFunctions } from './permissions';
import { createSchedules } from './schedules';
import { createSite } from './site';
import { createFileDistribution } from './files-edge';

export { bundlingOptions, usesPortalIdentity } from './functions';
export { SERVICE_NAME, TIME_ZONE } from './naming';

export interface AvgVerzoekenStackProps extends StackProps {
  /** Domain of the SES identity; mail goes out as noreply@<domain>. */
  readonly mailFromDomain: string;
  /** Base URL for links in mails, without trailing slash. */
  readonly publicBaseUrl: string;
  /** The edge's WAF web ACL (EdgeProtectionStack, us-east-1) that CloudFront applies. */
  readonly webAclArn: string;
  /** After a rotation of the origin secret: its new version id, so the deploy gives CloudFront the new value (docs/operations.md). */
  readonly originSecretVersion?: string;
  /**
   * Bundle the handlers with esbuild (default true). The infra tests pass false:
   * each NodejsFunction then gets an inline stand-in `code` (NodejsFunction skips
   * bundling and entry lookup entirely when `code` is given), so the tests are
   * fast and do not need the handler files to exist. Everything else (runtime,
   * architecture, environment, role, log group) is identical.
   * The context key `aws:cdk:bundling-stacks` was not used for this: NodejsFunction
   * still checks that the entry file exists when bundling is skipped that way.
   */
  readonly bundle?: boolean;
}

/**
 * The system's stack, composed of one part per concern, each in its own file:
 * data, mail, identity, functions, outbox delivery and alarms, HTTP API, site
 * (CloudFront) and schedules. *Decision:* the parts add their resources to the
 * stack itself rather than to Construct subclasses, so every logical id stays
 * what it was: a retained table or user pool whose id changed would be
 * replaced by an empty one on the next deploy.
 */
export class AvgVerzoekenStack extends Stack {
  readonly table: Table;
  readonly userPool: UserPool;
  readonly functions: Record<FunctionName, NodejsFunction>;

  constructor(scope: Construct, id: string, props: AvgVerzoekenStackProps) {
    super(scope, id, props);
    const { table, tableKey } = createData(this);
    const mail = createMail(this, props.mailFromDomain);
    const { userPool, portalIdentityEnvironment } = createIdentity(this);
    const documents = createDocuments(this);
    const { functions, originVerify } = createFunctions(this, {
      table,
      tableKey,
      documents,
      mail,
      portalIdentityEnvironment,
      userPoolArn: userPool.userPoolArn,
      publicBaseUrl: props.publicBaseUrl,
      bundle: props.bundle ?? true,
    });
    createOutboxDelivery(this, { table, functions });
    connectDocumentChecks(this, documents, functions);
    const { api, stage } = createHttpApi(this, functions);
    const site = createSite(this, { api, stage, originVerify, webAclArn: props.webAclArn, originSecretVersion: props.originSecretVersion });
    const files = createFileDistribution(this, { bucket: documents.bucket, apiOrigin: site.apiOrigin, securityHeaders: site.securityHeaders });
    // The functions that sign upload forms and links send browsers to the files distribution.
    for (const name of signingFunctions()) functions[name].addEnvironment('DOCUMENTS_PUBLIC_URL', `https://${files.distributionDomainName}`);
    createSchedules(this, functions);
    // A new installation's configuration; a changed seed file runs it again, which adds only regions the table lacks.
    new CustomResource(this, 'ConfigurationSeed', {
      serviceToken: functions['seed-configuration'].functionArn,
      properties: { seed: createHash('sha256').update(JSON.stringify(regionsJson)).digest('hex') },
    });
    this.table = table;
    this.userPool = userPool;
    this.functions = functions;

    const { mailIdentity, mailFrom } = mail;
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'MailFrom', { value: mailFrom });
    new CfnOutput(this, 'PortalUserPoolId', { value: userPool.userPoolId, description: 'Create portal accounts here and add each to one group' });
    mailIdentity.dkimRecords.forEach((record, i) => {
      new CfnOutput(this, `DkimRecord${i + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: 'DNS record that verifies the sender domain for SES',
      });
    });
  }
}
