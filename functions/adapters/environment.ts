import * as z from 'zod/mini';

// zod/mini: the same validation as zod's chained API, but tree-shakeable, which keeps every function small.
const nonEmpty = () => z.string().check(z.minLength(1));
// Plain checks instead of z.url()/z.email(): these values come from our own deployment, and the
// format validators would add their code to every function.
const url = () => z.string().check(z.refine((value) => URL.canParse(value), 'must be a URL'));
const mailbox = () => z.string().check(z.regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'must be an e-mail address'));
const withoutTrailingSlash = () =>
  z.pipe(
    url(),
    z.transform((value: string) => value.replace(/\/+$/, '')),
  );
const positiveInteger = () => z.coerce.number().check(z.refine(Number.isInteger), z.positive());

/**
 * What every function reads from its environment. In AWS the CDK stack sets
 * these; locally the launcher does, adding the emulator endpoints.
 */
const environmentSchema = z.object({
  TABLE_NAME: nonEmpty(),
  /** The verified SES identity mails are sent from. */
  MAIL_FROM: mailbox(),
  /** Where requesters and contact persons open links from mails, without trailing slash. */
  PUBLIC_BASE_URL: withoutTrailingSlash(),
  SES_CONFIGURATION_SET: z.optional(nonEmpty()),
  /** Local only: DynamoDB Local and the SES emulator. Never set in AWS. */
  DYNAMODB_ENDPOINT: z.optional(url()),
  SES_ENDPOINT: z.optional(url()),
  /**
   * How long one DynamoDB call may take before it is given up (ms). Three tries
   * of 2 s stay well inside the functions' 10 s, which stay inside API
   * Gateway's 30 s: the answer is always the system's own Dutch one. The fault
   * tests set it low so they need not wait out production timeouts.
   */
  DYNAMODB_REQUEST_TIMEOUT_MS: z._default(positiveInteger(), 2000),
  AWS_REGION: z._default(nonEmpty(), 'eu-west-1'),
  /** Days a closed request is kept before it is deleted (covenant: at most one year). */
  RETENTION_DAYS: z._default(positiveInteger().check(z.maximum(366)), 365),
  /**
   * Local only: DynamoDB Local never deletes items by TTL, so the sweep deletes
   * what TTL would have. Never set in AWS, where TTL does it and the sweep must not scan.
   */
  EMULATE_TTL: z._default(z.enum(['true', 'false']), 'false'),
  /**
   * The portal's identity provider. Optional here because the public functions
   * run without it (the stack gives them none); the portal functions call
   * `portalIdentitySettings`, which refuses to go on without them.
   */
  COGNITO_USER_POOL_ID: z.optional(nonEmpty()),
  /** The app client (no secret) the portal signs in with; ID tokens carry it as `aud`. */
  COGNITO_CLIENT_ID: z.optional(nonEmpty()),
  /** Token issuer: https://cognito-idp.<region>.amazonaws.com/<poolId> in AWS, cognito-local's http://127.0.0.1:<port>/<poolId> locally. */
  COGNITO_ISSUER: z.optional(withoutTrailingSlash()),
  /** Local only: cognito-local. Never set in AWS. */
  COGNITO_ENDPOINT: z.optional(url()),
  /** The document bucket; set only for the functions that sign, check or delete documents. */
  DOCUMENTS_BUCKET: z.optional(nonEmpty()),
  /** Local only: the S3-compatible server (path-style). Never set in AWS. */
  S3_ENDPOINT: z.optional(withoutTrailingSlash()),
  /** AWS only: the files distribution browsers upload to and download from (https://<id>.cloudfront.net). */
  DOCUMENTS_PUBLIC_URL: z.optional(withoutTrailingSlash()),
  /**
   * How uploads are scanned for malware: `guardduty` in AWS (the bucket's
   * malware protection plan reports by EventBridge), `eicar-stand-in` locally
   * (docs/documents.md).
   */
  MALWARE_SCAN: z._default(z.enum(['guardduty', 'eicar-stand-in']), 'guardduty'),
});

export type Environment = z.infer<typeof environmentSchema>;

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    throw new Error(`Missing or invalid environment: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return result.data;
}

export interface PortalIdentitySettings {
  userPoolId: string;
  clientId: string;
  issuer: string;
  endpoint: string | undefined;
  region: string;
}

/** Named so that the log line (which records error names only) says what is wrong. */
export class PortalNotConfiguredError extends Error {
  override name = 'PortalNotConfiguredError';
}

/** The identity-provider settings a portal function cannot work without; a clear error names what is missing. */
export function portalIdentitySettings(env: Environment): PortalIdentitySettings {
  const missing = (['COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'COGNITO_ISSUER'] as const).filter((name) => !env[name]);
  if (missing.length > 0) throw new PortalNotConfiguredError(`Portal sign-in is not configured: missing ${missing.join(', ')}`);
  // The issuer names the pool; a mismatch would make every token fail, so say it at once.
  if (!env.COGNITO_ISSUER!.endsWith(`/${env.COGNITO_USER_POOL_ID}`)) {
    throw new PortalNotConfiguredError('Portal sign-in is misconfigured: COGNITO_ISSUER does not end with COGNITO_USER_POOL_ID');
  }
  return {
    userPoolId: env.COGNITO_USER_POOL_ID!,
    clientId: env.COGNITO_CLIENT_ID!,
    issuer: env.COGNITO_ISSUER!,
    endpoint: env.COGNITO_ENDPOINT,
    region: env.AWS_REGION,
  };
}
