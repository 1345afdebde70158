import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, type StackProps, TimeZone, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AccountRecovery, CfnUserPoolGroup, FeaturePlan, Mfa, StandardThreatProtectionMode, UserPool } from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { MetricFilter, FilterPattern } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { type IRole, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { ApplicationLogLevel, Architecture, Code, type IFunction, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { ScheduleTargetBase, type ScheduleTargetBaseProps } from 'aws-cdk-lib/aws-scheduler-targets';
import { ConfigurationSet, ConfigurationSetTlsPolicy, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import type { Construct, IConstruct } from 'constructs';
import designatedHolidaysJson from '#config/designated-holidays.json';
import regionsJson from '#config/regions.json';
import { parseDesignatedHolidays } from '#adapters/region-config-file';
import { portalGroups } from '#adapters/portal-groups';
import { PENDING_OUTBOX, tableDesign } from '#adapters/table-design';
import { parseRegionConfig } from '#core/region-config';
import { ORIGIN_VERIFY_HEADER } from '#handlers/http/origin-verify';
import { handlers, routes, scheduledJobs, streamConsumers } from '#routes';
import { type FunctionName, functionPermissions } from './permissions';

/** The repository root: entries in functions/routes.ts are relative to it. */
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export const SERVICE_NAME = 'avg-verzoeken';
export const TIME_ZONE = 'Europe/Amsterdam';

/** esbuild options for every function (local esbuild devDependency; CDK never falls back to Docker while it is installed). */
export const bundlingOptions: BundlingOptions = {
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  format: OutputFormat.ESM,
  target: 'node22',
  // Pin the SDK version we test with instead of whatever the Lambda runtime ships.
  bundleAwsSDK: true,
  mainFields: ['module', 'main'],
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
};

export interface AvgVerzoekenStackProps extends StackProps {
  /** Domain of the SES identity; mail goes out as noreply@<domain>. */
  readonly mailFromDomain: string;
  /** Base URL for links in mails, without trailing slash. */
  readonly publicBaseUrl: string;
  /** The edge's WAF web ACL (EdgeProtectionStack, us-east-1) that CloudFront applies. */
  readonly webAclArn: string;
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
 * Functions that sign users in or check portal sessions, and so get the user
 * pool's settings: the sign-in function and every handler of a portal route.
 */
export function usesPortalIdentity(name: FunctionName): boolean {
  return name === 'portal-sign-in' || routes.some((route) => route.handler === name && route.auth === 'portal');
}

export class AvgVerzoekenStack extends Stack {
  readonly table: Table;
  readonly userPool: UserPool;
  readonly functions: Record<FunctionName, NodejsFunction>;

  constructor(scope: Construct, id: string, props: AvgVerzoekenStackProps) {
    super(scope, id, props);
    const bundle = props.bundle ?? true;

    // ---------------------------------------------------------------- data
    const tableKey = new Key(this, 'TableKey', {
      description: 'Encrypts the avg-verzoeken table (personal data of requesters and children)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new Table(this, 'Table', {
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
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        // ALL: the party task list, the reminder sweep and the outbox each read the
        // whole item from the index; KEYS_ONLY would cost a GetItem per hit.
        projectionType: ProjectionType.ALL,
      });
    }

    // ---------------------------------------------------------------- mail
    const configurationSet = new ConfigurationSet(this, 'MailConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    const mailIdentity = new EmailIdentity(this, 'MailIdentity', {
      identity: Identity.domain(props.mailFromDomain),
      configurationSet,
    });
    const configurationSetArn = this.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: configurationSet.configurationSetName,
    });
    const mailFrom = `noreply@${props.mailFromDomain}`;

    // ---------------------------------------------------------------- portal identity
    // Contact persons and FGs sign in with e-mail address, password and a TOTP code.
    // Accounts are made by an administrator (no self sign-up); the groups
    // contact:<partyId> and fg:<partyId> decide what a user may see.
    this.userPool = new UserPool(this, 'PortalUsers', {
      userPoolName: `${SERVICE_NAME}-portaal`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      mfa: Mfa.REQUIRED,
      // An authenticator app only: SMS codes can be intercepted (SIM swap).
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus: blocks sign-ins with leaked passwords and risky sign-ins (threat
      // protection, enforced). Billed per monthly active user; the portal has
      // two accounts per party, so this costs little for accounts that can read
      // requests about children.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const portalClient = this.userPool.addClient('PortalClient', {
      userPoolClientName: 'portaal',
      // No client secret: it would only stop others from calling the sign-in API
      // directly, which gives them nothing the public sign-in page does not.
      generateSecret: false,
      authFlows: { userPassword: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The ID token is the session cookie: one hour, then sign in again.
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      // The password step's session must outlive the 5-minute sign-in state cookie.
      authSessionValidity: Duration.minutes(5),
    });
    // The functions trust the bundled configuration: a broken file must stop the synth, not a Lambda.
    parseDesignatedHolidays(designatedHolidaysJson, 'config/designated-holidays.json');
    const partyIds = parseRegionConfig(regionsJson, 'config/regions.json').regions.flatMap((region) => region.parties.map((party) => party.id));
    for (const group of portalGroups([...new Set(partyIds)])) {
      new CfnUserPoolGroup(this, `Group${pascalCase(group.role)}${pascalCase(group.partyId)}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: group.name,
        description: group.role === 'fg' ? `FG (functionaris gegevensbescherming) of ${group.partyId}` : `Contact person of ${group.partyId}`,
      });
    }
    const portalIdentityEnvironment = {
      COGNITO_USER_POOL_ID: this.userPool.userPoolId,
      COGNITO_CLIENT_ID: portalClient.userPoolClientId,
      // The `iss` of its tokens. (The pool's ProviderURL attribute lacks the https:// scheme.)
      COGNITO_ISSUER: `https://cognito-idp.${this.region}.${this.urlSuffix}/${this.userPool.userPoolId}`,
    };

    // ---------------------------------------------------------------- functions
    // CloudFront adds this secret header to every request it forwards; the functions refuse requests
    // without it, so nobody can go around the edge (and its WAF limit) to the API's own address.
    const originVerify = new Secret(this, 'OriginVerifySecret', {
      description: 'Shared between CloudFront and the functions: proves a request came through the edge',
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    acknowledge(
      originVerify,
      'AwsSolutions-SMG4',
      'Rotating it needs CloudFront and every function updated together; it is rotated by redeploying with a new secret version, not by a rotation Lambda.',
    );
    const environment = {
      TABLE_NAME: this.table.tableName,
      MAIL_FROM: mailFrom,
      PUBLIC_BASE_URL: props.publicBaseUrl.replace(/\/+$/, ''),
      SES_CONFIGURATION_SET: configurationSet.configurationSetName,
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
    };

    const grantAccess = (role: Role, name: FunctionName): void => {
      const permissions = functionPermissions[name];
      if (permissions.tableActions.length > 0) {
        role.addToPrincipalPolicy(
          new PolicyStatement({
            sid: 'TableItems',
            actions: [...permissions.tableActions],
            resources: [this.table.tableArn],
          }),
        );
      }
      if (permissions.queryIndexes.length > 0) {
        role.addToPrincipalPolicy(
          new PolicyStatement({
            sid: 'TableIndexes',
            actions: ['dynamodb:Query'],
            resources: permissions.queryIndexes.map((indexName) => `${this.table.tableArn}/index/${indexName}`),
          }),
        );
      }
      if (permissions.tableActions.length > 0 || permissions.queryIndexes.length > 0) {
        // DynamoDB calls KMS on the caller's behalf; the key can be used only through DynamoDB.
        role.addToPrincipalPolicy(
          new PolicyStatement({
            sid: 'TableKey',
            actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
            resources: [tableKey.keyArn],
            conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${this.region}.amazonaws.com` } },
          }),
        );
      }
      if (permissions.sendsMail) {
        role.addToPrincipalPolicy(
          new PolicyStatement({
            sid: 'SendMail',
            actions: ['ses:SendEmail', 'ses:SendRawEmail'],
            resources: [mailIdentity.emailIdentityArn, configurationSetArn],
            conditions: { StringEquals: { 'ses:FromAddress': mailFrom } },
          }),
        );
      }
    };

    /** One function with its own log group and role; `grantAccess` adds what permissions.ts allows it. */
    const makeFunction = (name: FunctionName, entry: string, description: string, timeout: Duration): NodejsFunction => {
      const id = pascalCase(name);
      const logGroup = new LogGroup(this, `${id}Logs`, {
        retention: RetentionDays.ONE_YEAR,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      // An explicit role instead of the AWSLambdaBasicExecutionRole managed policy:
      // the function may write to its own log group only.
      const role = new Role(this, `${id}Role`, {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: `Execution role of the ${name} function`,
      });
      logGroup.grantWrite(role);
      acknowledge(
        role,
        'AwsSolutions-IAM5[Resource::*]',
        'X-Ray (xray:PutTraceSegments/PutTelemetryRecords) and, for the stream consumer, dynamodb:ListStreams support no resource-level permissions.',
      );

      const fn = new NodejsFunction(this, id, {
        description,
        entry: path.join(projectRoot, entry),
        projectRoot,
        depsLockFilePath: path.join(projectRoot, 'package-lock.json'),
        ...(bundle
          ? { handler: 'handler', bundling: bundlingOptions }
          : { handler: 'index.handler', code: Code.fromInline('exports.handler = async () => ({ statusCode: 503 });') }),
        runtime: Runtime.NODEJS_22_X,
        architecture: Architecture.ARM_64,
        memorySize: 512,
        timeout,
        tracing: Tracing.ACTIVE,
        role,
        logGroup,
        loggingFormat: LoggingFormat.JSON,
        applicationLogLevelV2: ApplicationLogLevel.INFO,
        systemLogLevelV2: SystemLogLevel.WARN,
        environment: {
          ...environment,
          // Route handlers only: the scheduled and stream functions are not reached over HTTP.
          ...(name in handlers ? { ORIGIN_VERIFY: originVerify.secretValue.unsafeUnwrap() } : {}),
          ...(usesPortalIdentity(name) ? portalIdentityEnvironment : {}),
        },
      });
      acknowledge(fn, 'AwsSolutions-L1', 'Node.js 22 is the pinned Lambda runtime of this project (local tooling, tests and bundles target node22).');

      grantAccess(role, name);
      return fn;
    };

    const functions: Partial<Record<FunctionName, NodejsFunction>> = {};
    for (const [name, handler] of Object.entries(handlers)) {
      functions[name as FunctionName] = makeFunction(name as FunctionName, handler.entry, handler.description, Duration.seconds(10));
    }
    for (const [name, job] of Object.entries(scheduledJobs)) {
      functions[name as FunctionName] = makeFunction(name as FunctionName, job.entry, job.description, Duration.seconds(60));
    }
    for (const [name, consumer] of Object.entries(streamConsumers)) {
      functions[name as FunctionName] = makeFunction(name as FunctionName, consumer.entry, consumer.description, Duration.seconds(30));
    }
    this.functions = functions as Record<FunctionName, NodejsFunction>;

    // ---------------------------------------------------------------- outbox delivery and alarms
    const alarms = new Topic(this, 'OperationsAlarms', {
      displayName: 'avg-verzoeken: mail that could not be delivered',
      masterKey: new Key(this, 'AlarmTopicKey', { enableKeyRotation: true, description: 'Encrypts operations alarms', removalPolicy: RemovalPolicy.RETAIN }),
      enforceSSL: true,
    });
    const alarmEmail = this.node.tryGetContext('alarmEmail') as string | undefined;
    if (alarmEmail) alarms.addSubscription(new EmailSubscription(alarmEmail));
    const deadLetters = new Queue(this, 'OutboxDeadLetters', {
      encryption: QueueEncryption.KMS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      deadLetters,
      'AwsSolutions-SQS3',
      'This queue is the failure destination of the outbox stream; a dead-letter queue of its own would only move the problem.',
    );
    this.functions['outbox-stream'].addEventSource(
      new DynamoEventSource(this.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        retryAttempts: 5,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(deadLetters),
        // Whatever enters the pending index: a new outbox mail, or a submitted request whose mail is still inside it.
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT') as unknown,
            dynamodb: { NewImage: { GSI3PK: { S: FilterRule.isEqual(PENDING_OUTBOX) as unknown } } },
          }),
        ],
      }),
    );
    const alarmOn = (id: string, description: string, metric: IMetric) =>
      new Alarm(this, id, {
        alarmDescription: description,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new SnsAction(alarms));
    alarmOn(
      'OutboxDeadLettersAlarm',
      'Outbox stream records ended in the dead-letter queue: their mails are still pending and the delivery job keeps retrying; look at the queue.',
      deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    );
    alarmOn('OutboxStreamErrorsAlarm', 'The outbox stream function failed.', this.functions['outbox-stream'].metricErrors({ period: Duration.minutes(5) }));
    // A mail that failed every attempt is marked failed (OUTBOX#FAILED); its log line raises this alarm.
    for (const name of ['outbox-stream', 'deliver-outbox', 'daily-sweep'] as const) {
      const filter = new MetricFilter(this, `${pascalCase(name)}FailedMail`, {
        logGroup: this.functions[name].logGroup,
        filterPattern: FilterPattern.all(FilterPattern.stringValue('$.message', '=', 'mail delivery failed'), FilterPattern.booleanValue('$.giveUp', true)),
        metricNamespace: SERVICE_NAME,
        metricName: 'MailFailed',
        metricValue: '1',
      });
      alarmOn(
        `${pascalCase(name)}FailedMailAlarm`,
        `A mail failed every attempt (${name}); it is listed under OUTBOX#FAILED.`,
        filter.metric({ period: Duration.minutes(5), statistic: 'Sum' }),
      );
    }

    // ---------------------------------------------------------------- HTTP API
    const api = new HttpApi(this, 'HttpApi', {
      apiName: SERVICE_NAME,
      description: 'Public form and API for AVG privacy-rights requests',
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // No personal data: the route template instead of the path (which carries
        // confirmation tokens), and no source IP or user agent.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTimeEpoch',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationLatency: '$context.integrationLatency',
          }),
        ),
      },
    });

    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    for (const route of routes) {
      let integration = integrations.get(route.handler);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${pascalCase(route.handler)}Integration`, this.functions[route.handler]);
        integrations.set(route.handler, integration);
      }
      const [httpRoute] = api.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration });
      if (route.auth === 'public' && httpRoute) {
        acknowledge(httpRoute, 'AwsSolutions-APIG4', 'Public route by design (anonymous request form, e-mail confirmation, status link, portal sign-in).');
      }
      if (route.auth === 'portal' && httpRoute) {
        acknowledge(
          httpRoute,
          'AwsSolutions-APIG4',
          'The function verifies the session cookie (Cognito ID token) on every request (portalHandler); a JWT authorizer cannot read cookies, and no authorizer can answer a GET with the redirect to sign-in.',
        );
      }
    }

    // ---------------------------------------------------------------- edge
    const distribution = new Distribution(this, 'Distribution', {
      comment: 'avg-verzoeken: the public site and portal, behind the WAF per-client limit',
      defaultBehavior: {
        // apiEndpoint is https://<id>.execute-api.<region>.amazonaws.com
        origin: new HttpOrigin(Fn.select(2, Fn.split('/', api.apiEndpoint)), {
          protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
          originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          customHeaders: { [ORIGIN_VERIFY_HEADER]: originVerify.secretValue.unsafeUnwrap() },
        }),
        allowedMethods: AllowedMethods.ALLOW_ALL,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        // Pages hold personal data and the functions send no-store: nothing is cached at the edge.
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      },
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
    });
    acknowledge(distribution, 'AwsSolutions-CFR1', 'Requesters may write from abroad (a family on holiday, a parent living elsewhere): no country is refused.');
    acknowledge(
      distribution,
      'AwsSolutions-CFR3',
      'CloudFront access logs would hold client addresses and full URLs with confirmation and status tokens; the API stage logs route templates without addresses.',
    );
    acknowledge(
      distribution,
      'AwsSolutions-CFR4',
      'The default *.cloudfront.net certificate does not take a minimum TLS version; a production domain adds its certificate with TLS_V1_2_2021 (README, deploy).',
    );

    new CfnOutput(this, 'ApiUrl', { value: stage.url, description: 'The HTTP API itself: refuses requests that did not come through CloudFront' });
    new CfnOutput(this, 'SiteUrl', {
      value: `https://${distribution.distributionDomainName}`,
      description: 'The public site and portal (set publicBaseUrl to this or to your domain)',
    });

    // ---------------------------------------------------------------- schedules
    for (const [name, job] of Object.entries(scheduledJobs)) {
      const id = pascalCase(name);
      new Schedule(this, `${id}Schedule`, {
        description: job.description,
        // The zone matters for cron() and at() expressions (a daily sweep at local
        // time); rate() ignores it.
        schedule: ScheduleExpression.expression(job.schedule, TimeZone.of(TIME_ZONE)),
        // No retries by the scheduler: the next run picks up whatever this one left.
        target: new InvokeFunction(this.functions[name as FunctionName], { retryAttempts: 0 }),
      });
    }

    // ---------------------------------------------------------------- outputs
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'MailFrom', { value: mailFrom });
    new CfnOutput(this, 'PortalUserPoolId', { value: this.userPool.userPoolId, description: 'Create portal accounts here and add each to one group' });
    mailIdentity.dkimRecords.forEach((record, i) => {
      new CfnOutput(this, `DkimRecord${i + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: 'DNS record that verifies the sender domain for SES',
      });
    });
  }
}

/**
 * Like LambdaInvoke from aws-scheduler-targets, but the scheduler's role may invoke
 * the unqualified function only: LambdaInvoke uses grantInvoke, which also allows
 * `<function arn>:*` (every version and alias) and so needs an IAM5 acknowledgement.
 */
class InvokeFunction extends ScheduleTargetBase {
  private readonly fn: IFunction;

  constructor(fn: IFunction, props: ScheduleTargetBaseProps = {}) {
    super(props, fn.functionArn);
    this.fn = fn;
  }

  protected override addTargetActionToRole(role: IRole): void {
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.fn.functionArn] }));
  }
}

function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, char: string) => char.toUpperCase());
}

/** A cdk-nag finding that is accepted on purpose, on one construct and its children. */
function acknowledge(construct: IConstruct, id: string, reason: string): void {
  Validations.of(construct).acknowledge({ id, reason });
}
