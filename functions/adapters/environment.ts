/**
 * The environment every function reads, checked once at start. Plain readers
 * rather than a zod schema: these values come from our own deployment, not
 * from a person, and zod's core is the largest part of a function that parses
 * no input (the portal's pages, the jobs), about 21 KB of every such bundle
 * (docs/benchmarks.md). User input stays with zod.
 */
type Raw = NodeJS.ProcessEnv;

class EnvironmentProblems {
  readonly problems: string[] = [];
  constructor(private readonly env: Raw) {}

  private fail<T>(name: string, message: string): T {
    this.problems.push(`${name}: ${message}`);
    return undefined as T;
  }
  required(name: string): string {
    const value = this.env[name];
    return value ? value : this.fail(name, value === undefined ? 'is required' : 'must not be empty');
  }
  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined ? undefined : value ? value : this.fail(name, 'must not be empty');
  }
  url(name: string, value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    return URL.canParse(value) ? value : this.fail(name, 'must be a URL');
  }
  /** `value` undefined: already reported as missing, not again as malformed. */
  mailbox(name: string, value: string | undefined): string {
    if (value === undefined) return value as never;
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? value : this.fail(name, 'must be an e-mail address');
  }
  integer(name: string, fallback: number, max?: number): number {
    const value = this.env[name];
    if (value === undefined) return fallback;
    const number = Number(value);
    if (Number.isInteger(number) && number > 0 && number <= (max ?? Number.MAX_SAFE_INTEGER)) return number;
    return this.fail(name, max ? `must be a whole number from 1 to ${max}` : 'must be a whole number of 1 or more');
  }
  oneOf<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.env[name];
    if (value === undefined) return fallback;
    return (choices as readonly string[]).includes(value) ? (value as T) : this.fail(name, `must be one of ${choices.join(', ')}`);
  }
}

const withoutTrailingSlash = (value: string | undefined) => value?.replace(/\/+$/, '');

export interface Environment {
  TABLE_NAME: string;
  /** The verified SES identity mails are sent from. */
  MAIL_FROM: string;
  /** Where requesters and contact persons open links from mails, without trailing slash. */
  PUBLIC_BASE_URL: string;
  SES_CONFIGURATION_SET?: string;
  /** Local only: DynamoDB Local and the SES emulator. Never set in AWS. */
  DYNAMODB_ENDPOINT?: string;
  SES_ENDPOINT?: string;
  /**
   * How long one DynamoDB call may take before it is given up (ms). Three tries
   * of 2 s stay well inside the functions' 10 s, which stay inside API
   * Gateway's 30 s: the answer is always the system's own Dutch one. The fault
   * tests set it low so they need not wait out production timeouts.
   */
  DYNAMODB_REQUEST_TIMEOUT_MS: number;
  AWS_REGION: string;
  /** Days a closed request is kept before it is deleted (covenant: at most one year). */
  RETENTION_DAYS: number;
  /**
   * How long a function keeps the region configuration it read from the table
   * before it reads it again (seconds, default 60): a beheerder's change is
   * live everywhere within this. The tests set 1.
   */
  CONFIG_CACHE_SECONDS: number;
  /**
   * Local only: DynamoDB Local never deletes items by TTL, so the sweep deletes
   * what TTL would have. Never set in AWS, where TTL does it and the sweep must not scan.
   */
  EMULATE_TTL: 'true' | 'false';
  /**
   * The portal's identity provider. Optional here because the public functions
   * run without it (the stack gives them none); the portal functions call
   * `portalIdentitySettings`, which refuses to go on without them.
   */
  COGNITO_USER_POOL_ID?: string;
  /** The app client (no secret) the portal signs in with; ID tokens carry it as `aud`. */
  COGNITO_CLIENT_ID?: string;
  /** Token issuer: https://cognito-idp.<region>.amazonaws.com/<poolId> in AWS, cognito-local's http://127.0.0.1:<port>/<poolId> locally. */
  COGNITO_ISSUER?: string;
  /** Local only: cognito-local. Never set in AWS. */
  COGNITO_ENDPOINT?: string;
  /** The document bucket; set only for the functions that sign, check, write or delete documents. */
  DOCUMENTS_BUCKET?: string;
  /** Local only: the S3-compatible server (path-style). Never set in AWS. */
  S3_ENDPOINT?: string;
  /** AWS only: the files distribution browsers upload to and download from (https://<id>.cloudfront.net). */
  DOCUMENTS_PUBLIC_URL?: string;
  /**
   * How uploads are scanned for malware: `guardduty` in AWS (the bucket's
   * malware protection plan reports by EventBridge), `eicar-stand-in` locally
   * (docs/documents.md).
   */
  MALWARE_SCAN: 'guardduty' | 'eicar-stand-in';
  /** The render-letters function only: where its two font files are (beside the bundle in AWS; locally the npm package). */
  LETTER_FONT_DIR?: string;
}

/** Unset keys stay absent (not `undefined`), as a parsed object has them. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

export function readEnvironment(env: Raw = process.env): Environment {
  const read = new EnvironmentProblems(env);
  const urlOf = (name: string) => read.url(name, read.optional(name));
  const environment: Environment = defined({
    TABLE_NAME: read.required('TABLE_NAME'),
    MAIL_FROM: read.mailbox('MAIL_FROM', read.required('MAIL_FROM')),
    PUBLIC_BASE_URL: withoutTrailingSlash(read.url('PUBLIC_BASE_URL', read.required('PUBLIC_BASE_URL')))!,
    SES_CONFIGURATION_SET: read.optional('SES_CONFIGURATION_SET'),
    DYNAMODB_ENDPOINT: urlOf('DYNAMODB_ENDPOINT'),
    SES_ENDPOINT: urlOf('SES_ENDPOINT'),
    DYNAMODB_REQUEST_TIMEOUT_MS: read.integer('DYNAMODB_REQUEST_TIMEOUT_MS', 2000),
    AWS_REGION: read.optional('AWS_REGION') ?? 'eu-west-1',
    RETENTION_DAYS: read.integer('RETENTION_DAYS', 365, 366),
    CONFIG_CACHE_SECONDS: read.integer('CONFIG_CACHE_SECONDS', 60, 3600),
    EMULATE_TTL: read.oneOf('EMULATE_TTL', ['true', 'false'], 'false'),
    COGNITO_USER_POOL_ID: read.optional('COGNITO_USER_POOL_ID'),
    COGNITO_CLIENT_ID: read.optional('COGNITO_CLIENT_ID'),
    COGNITO_ISSUER: withoutTrailingSlash(urlOf('COGNITO_ISSUER')),
    COGNITO_ENDPOINT: urlOf('COGNITO_ENDPOINT'),
    DOCUMENTS_BUCKET: read.optional('DOCUMENTS_BUCKET'),
    S3_ENDPOINT: withoutTrailingSlash(urlOf('S3_ENDPOINT')),
    DOCUMENTS_PUBLIC_URL: withoutTrailingSlash(urlOf('DOCUMENTS_PUBLIC_URL')),
    MALWARE_SCAN: read.oneOf('MALWARE_SCAN', ['guardduty', 'eicar-stand-in'], 'guardduty'),
    LETTER_FONT_DIR: read.optional('LETTER_FONT_DIR'),
  });
  if (read.problems.length > 0) throw new Error(`Missing or invalid environment: ${read.problems.join('; ')}`);
  return environment;
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
