import { DOCUMENT_LIMITS, documentKey, downloadFileName, FILE_TYPES, type DocumentRecord } from '#core/documents';
import { type BucketAccess, presignDownload, presignUploadForm, type UploadForm } from './document-signing';
import type { Environment } from './environment';

/**
 * The document bucket as the signing functions see it. In Lambda the role's
 * credentials are in the environment (the runtime puts them there); locally
 * the S3-compatible server's own key pair.
 */
export function bucketAccess(
  env: Pick<Environment, 'DOCUMENTS_BUCKET' | 'S3_ENDPOINT' | 'DOCUMENTS_PUBLIC_URL' | 'AWS_REGION'>,
  vars: NodeJS.ProcessEnv = process.env,
): BucketAccess {
  if (!env.DOCUMENTS_BUCKET) throw new Error('DOCUMENTS_BUCKET is not set: this function has no document bucket');
  const credentials = env.S3_ENDPOINT
    ? { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
    : {
        accessKeyId: vars.AWS_ACCESS_KEY_ID ?? '',
        secretAccessKey: vars.AWS_SECRET_ACCESS_KEY ?? '',
        ...(vars.AWS_SESSION_TOKEN ? { sessionToken: vars.AWS_SESSION_TOKEN } : {}),
      };
  return {
    bucket: env.DOCUMENTS_BUCKET,
    region: env.AWS_REGION,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    ...(env.DOCUMENTS_PUBLIC_URL ? { publicUrl: env.DOCUMENTS_PUBLIC_URL } : {}),
    credentials,
  };
}

/** Every object is stored as bytes; the type we recognise is set on the download, so a declared type counts for nothing. */
export const STORED_CONTENT_TYPE = 'application/octet-stream';

/** The upload form for one described document: its key, 1 byte to the file limit, octet-stream, back to `redirect`. */
export function uploadFormFor(access: BucketAccess, input: { reference: string; documentId: string; redirect: string; now: Date }): UploadForm {
  const fields = { 'Content-Type': STORED_CONTENT_TYPE, success_action_redirect: input.redirect };
  return presignUploadForm(access, {
    key: documentKey(input.reference, input.documentId),
    conditions: [['content-length-range', 1, DOCUMENT_LIMITS.maxFileBytes]],
    fields,
    expiresSeconds: DOCUMENT_LIMITS.uploadFormSeconds,
    now: input.now,
  });
}

/** A one-minute link that saves the file under a safe name with its recognised type. */
export function downloadLinkFor(access: BucketAccess, document: DocumentRecord, now: Date): Promise<string> {
  return presignDownload(access, {
    key: documentKey(document.reference, document.id),
    fileName: downloadFileName(document),
    mediaType: document.fileType ? FILE_TYPES[document.fileType].mediaType : STORED_CONTENT_TYPE,
    expiresSeconds: DOCUMENT_LIMITS.downloadLinkSeconds,
    now,
  });
}
