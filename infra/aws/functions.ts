import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  LoggingFormat,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { bucketEventConsumers, deploySteps, handlers, routes, scheduledJobs, streamConsumers } from '#routes';
import { DOCUMENT_PREFIX } from '#core/documents';
import type { Documents } from './documents';
import type { PortalIdentityEnvironment } from './identity';
import type { Mail } from './mail';
import { acknowledge, pascalCase, SERVICE_NAME } from './naming';
import { type FunctionName, functionPermissions } from './permissions';

/** The repository root: entries in functions/routes.ts are relative to it. */
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

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

/** Where the letter's two font files sit beside the render-letters bundle (adapters/letter-pdf.ts reads LETTER_FONT_DIR). */
const LETTER_FONT_FOLDER = 'fonts';
const LETTER_FONTS = ['400Regular', '700Bold'].map((weight) => `node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`);

/** The letters' bundle: as every function's, plus the fonts copied beside it (a file each, not base64 in the code). */
export const letterBundling: BundlingOptions = {
  ...bundlingOptions,
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string) => [
      `mkdir -p "${outputDir}/${LETTER_FONT_FOLDER}"`,
      ...LETTER_FONTS.map((file) => `cp "${inputDir}/${file}" "${outputDir}/${LETTER_FONT_FOLDER}/"`),
    ],
  },
};

/**
 * Functions that sign users in or check portal sessions, and so get the user
 * pool's settings: the sign-in function and every handler of a portal route.
 */
export function usesPortalIdentity(name: FunctionName): boolean {
  return name === 'portal-sign-in' || routes.some((route) => route.handler === name && route.auth === 'portal');
}

/**
 * One Lambda function per entry of the route table (handlers, scheduled jobs,
 * stream consumers), each with its own log group and a role holding exactly
 * what permissions.ts allows it.
 */
export function createFunctions(
  stack: Stack,
  deps: {
    table: Table;
    tableKey: Key;
    documents: Documents;
    mail: Mail;
    portalIdentityEnvironment: PortalIdentityEnvironment;
    /** The portal's user pool, which the beheer pages administer. */
    userPoolArn: string;
    publicBaseUrl: string;
    bundle: boolean;
  },
): { functions: Record<FunctionName, NodejsFunction>; originVerify: Secret } {
  const { table, tableKey, bundle, portalIdentityEnvironment } = deps;
  const { configurationSet, mailIdentity, configurationSetArn, mailFrom } = deps.mail;
  // CloudFront adds this secret header to every request it forwards; the functions refuse requests
  // without it, so nobody can go around the edge (and its WAF) to the API's own address. JSON with
  // the current value and, during a rotation, the previous one, which the functions still accept.
  const originVerify = new Secret(stack, 'OriginVerifySecret', {
    description: 'Shared between CloudFront and the functions: proves a request came through the edge',
    generateSecretString: {
      secretStringTemplate: JSON.stringify({ previous: '' }),
      generateStringKey: 'current',
      excludePunctuation: true,
      passwordLength: 48,
    },
  });
  acknowledge(
    originVerify,
    'AwsSolutions-SMG4',
    'CloudFront takes the value at deploy, so it is rotated by a documented redeploy (docs/operations.md): new value, old one kept as previous until CloudFront has the new one.',
  );
  // The route functions read it through the Parameters and Secrets extension: never an environment variable, no SDK client.
  const secretsExtension = ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
    cacheSize: 10,
    logLevel: ParamsAndSecretsLogLevel.WARN,
    secretsManagerTtl: Duration.minutes(5),
  });
  const environment = {
    TABLE_NAME: table.tableName,
    MAIL_FROM: mailFrom,
    PUBLIC_BASE_URL: deps.publicBaseUrl.replace(/\/+$/, ''),
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
          resources: [table.tableArn],
        }),
      );
    }
    if (permissions.queryIndexes.length > 0) {
      role.addToPrincipalPolicy(
        new PolicyStatement({
          sid: 'TableIndexes',
          actions: ['dynamodb:Query'],
          resources: permissions.queryIndexes.map((indexName) => `${table.tableArn}/index/${indexName}`),
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
          conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${stack.region}.amazonaws.com` } },
        }),
      );
    }
    const documentActions = permissions.documents ?? [];
    if (documentActions.length > 0) {
      const { bucket, documentsKey, objectsFinding } = deps.documents;
      acknowledge(
        role,
        objectsFinding,
        'Object keys are per request and file (verzoeken/<reference>/<id>); the right covers that prefix and nothing else of the bucket.',
      );
      role.addToPrincipalPolicy(
        new PolicyStatement({ sid: 'DocumentObjects', actions: [...documentActions], resources: [bucket.arnForObjects(`${DOCUMENT_PREFIX}*`)] }),
      );
      // S3 calls KMS for the caller: a data key to store an upload, decryption to read one; only through S3.
      role.addToPrincipalPolicy(
        new PolicyStatement({
          sid: 'DocumentKey',
          actions: [...(documentActions.includes('s3:PutObject') ? ['kms:GenerateDataKey'] : []), 'kms:Decrypt'],
          resources: [documentsKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `s3.${stack.region}.amazonaws.com` } },
        }),
      );
    }
    if (permissions.administersUsers) {
      role.addToPrincipalPolicy(
        new PolicyStatement({
          sid: 'AdministerPortalUsers',
          actions: [
            'cognito-idp:AdminCreateUser',
            'cognito-idp:AdminAddUserToGroup',
            'cognito-idp:AdminDisableUser',
            'cognito-idp:AdminEnableUser',
            'cognito-idp:AdminDeleteUser',
            'cognito-idp:GetGroup',
            'cognito-idp:CreateGroup',
          ],
          resources: [deps.userPoolArn],
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
    const logGroup = new LogGroup(stack, `${id}Logs`, {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // An explicit role instead of the AWSLambdaBasicExecutionRole managed policy:
    // the function may write to its own log group only.
    const role = new Role(stack, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${name} function`,
    });
    logGroup.grantWrite(role);
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray (xray:PutTraceSegments/PutTelemetryRecords) and, for the stream consumer, dynamodb:ListStreams support no resource-level permissions.',
    );

    const fn = new NodejsFunction(stack, id, {
      description,
      entry: path.join(projectRoot, entry),
      projectRoot,
      depsLockFilePath: path.join(projectRoot, 'package-lock.json'),
      ...(bundle
        ? { handler: 'handler', bundling: name === 'render-letters' ? letterBundling : bundlingOptions }
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
      ...(name in handlers ? { paramsAndSecrets: secretsExtension } : {}),
      environment: {
        ...environment,
        // Route handlers only: the scheduled and stream functions are not reached over HTTP.
        ...(name in handlers ? { ORIGIN_VERIFY_SECRET_ARN: originVerify.secretArn } : {}),
        ...(usesPortalIdentity(name) ? portalIdentityEnvironment : {}),
        ...((functionPermissions[name].documents ?? []).length > 0 ? { DOCUMENTS_BUCKET: deps.documents.bucket.bucketName } : {}),
        ...(name === 'render-letters' ? { LETTER_FONT_DIR: `/var/task/${LETTER_FONT_FOLDER}` } : {}),
      },
    });
    acknowledge(fn, 'AwsSolutions-L1', 'Node.js 22 is the pinned Lambda runtime of this project (local tooling, tests and bundles target node22).');

    grantAccess(role, name);
    if (name in handlers) originVerify.grantRead(role);
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
  for (const [name, step] of Object.entries(deploySteps)) {
    functions[name as FunctionName] = makeFunction(name as FunctionName, step.entry, step.description, Duration.seconds(60));
  }
  for (const [name, consumer] of Object.entries(bucketEventConsumers)) {
    // Reading 25 MB and recognising it takes a few seconds; 60 leaves room.
    functions[name as FunctionName] = makeFunction(name as FunctionName, consumer.entry, consumer.description, Duration.seconds(60));
  }

  return { functions: functions as Record<FunctionName, NodejsFunction>, originVerify };
}
