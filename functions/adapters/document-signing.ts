import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * Signed upload forms and download links for the document bucket, without
 * the S3 client: the portal and status functions only sign, and
 * `@aws-sdk/client-s3` with its presigners would add about 240 KB to each.
 * The download link is signed by `@smithy/signature-v4`, which every function
 * already carries for DynamoDB; the upload form's policy with node:crypto,
 * exactly as `@aws-sdk/s3-presigned-post` does. `test/unit/document-signing.test.ts`
 * checks both byte for byte against the SDK's presigners under a fixed clock.
 */

export interface BucketAccess {
  bucket: string;
  region: string;
  /** Local only (the S3-compatible server): path-style URLs on this origin. In AWS the bucket's virtual-hosted address. */
  endpoint?: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /**
   * In AWS: the files distribution (CloudFront in front of the bucket, with a
   * Dutch page for S3's own refusals). Browsers post and download there; the
   * signature stays the bucket's, since CloudFront forwards to the bucket's
   * own host.
   */
  publicUrl?: string;
}

/** The bucket's own address, as S3 sees every request. */
function bucketUrl(access: BucketAccess): string {
  return access.endpoint ? `${access.endpoint}/${access.bucket}` : `https://${access.bucket}.s3.${access.region}.amazonaws.com/`;
}

/** Where the browser sends an upload: the files distribution if there is one, else the bucket. */
const browserUrl = (access: BucketAccess) => (access.publicUrl ? `${access.publicUrl}/` : bucketUrl(access));

/** The origin the upload form posts to: the CSP's `form-action` names it. */
export const bucketOrigin = (access: BucketAccess) => new URL(browserUrl(access)).origin;

const iso8601 = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

function signingKey(secret: string, shortDate: string, region: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, shortDate), region), 's3'), 'aws4_request');
}

export interface UploadForm {
  url: string;
  /** The hidden fields, in the order the form sends them; the file comes last. */
  fields: Record<string, string>;
}

export type PostCondition = Record<string, string> | [string, string | number, string | number];

/**
 * A browser upload form (S3 POST Object) for one fixed key: the policy names
 * the key, the size range, the content type and the redirect, and expires.
 * S3 enforces the policy; the local server does not, which is why the
 * checking step checks size, type and key again (docs/documents.md).
 */
export function presignUploadForm(
  access: BucketAccess,
  input: { key: string; conditions: PostCondition[]; fields: Record<string, string>; expiresSeconds: number; now: Date },
): UploadForm {
  const signingDate = iso8601(input.now).replace(/[-:]/g, '');
  const shortDate = signingDate.slice(0, 8);
  const credential = `${access.credentials.accessKeyId}/${shortDate}/${access.region}/s3/aws4_request`;
  const fields: Record<string, string> = {
    ...input.fields,
    bucket: access.bucket,
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': credential,
    'X-Amz-Date': signingDate,
    ...(access.credentials.sessionToken ? { 'X-Amz-Security-Token': access.credentials.sessionToken } : {}),
  };
  const conditions = [
    ...new Set([...input.conditions, ...Object.entries(fields).map(([k, v]) => ({ [k]: v })), { key: input.key }].map((c) => JSON.stringify(c))),
  ];
  const policy = Buffer.from(
    JSON.stringify({
      expiration: iso8601(new Date(input.now.getTime() + input.expiresSeconds * 1000)),
      conditions: conditions.map((c) => JSON.parse(c) as unknown),
    }),
    'utf8',
  ).toString('base64');
  const signature = hmac(signingKey(access.credentials.secretAccessKey, shortDate, access.region), policy).toString('hex');
  return { url: browserUrl(access), fields: { ...fields, key: input.key, Policy: policy, 'X-Amz-Signature': signature } };
}

/** sha256 in the shape @smithy/signature-v4 asks for, on node:crypto. */
type SourceData = string | ArrayBuffer | ArrayBufferView;
const toBytes = (data: SourceData) =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : ArrayBuffer.isView(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data);

class Sha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret));
  }
  update(data: SourceData) {
    this.hash.update(toBytes(data));
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

/**
 * A download link (GET Object) valid for `expiresSeconds`, which makes the
 * browser save the file under `fileName` with the type we recognised, never
 * the one an uploader declared.
 */
export async function presignDownload(
  access: BucketAccess,
  input: { key: string; fileName: string; mediaType: string; expiresSeconds: number; now: Date },
): Promise<string> {
  const url = new URL(
    access.endpoint ? `${access.endpoint}/${access.bucket}/${input.key}` : `https://${access.bucket}.s3.${access.region}.amazonaws.com/${input.key}`,
  );
  const signer = new SignatureV4({
    service: 's3',
    region: access.region,
    credentials: access.credentials,
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
  const query = {
    'response-content-disposition': `attachment; filename="${input.fileName}"`,
    'response-content-type': input.mediaType,
    'x-id': 'GetObject',
  };
  // S3 signs a query-string request over UNSIGNED-PAYLOAD; the signer hoists the header into the query.
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      headers: { host: url.host, 'X-Amz-Content-Sha256': 'UNSIGNED-PAYLOAD' },
    },
    { expiresIn: input.expiresSeconds, signingDate: input.now },
  );
  const search = Object.entries(signed.query ?? {})
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  // Signed for the bucket's host; through the files distribution, which forwards to that host, the same signature holds.
  const origin = access.publicUrl ? new URL(access.publicUrl).origin : url.origin;
  return `${origin}${url.pathname}?${search}`;
}
