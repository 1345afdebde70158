import { DeleteObjectsCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DocumentObjects } from '#application/ports';
import type { Environment } from './environment';

/**
 * The document bucket for the functions that read, write or delete objects
 * (the checking step, retention, the decision letters). Only these carry `@aws-sdk/client-s3`; the
 * portal and status functions sign with document-signing.ts instead.
 */
export function documentObjects(env: Pick<Environment, 'DOCUMENTS_BUCKET' | 'S3_ENDPOINT' | 'AWS_REGION'>): DocumentObjects {
  const bucket = env.DOCUMENTS_BUCKET;
  if (!bucket) throw new Error('DOCUMENTS_BUCKET is not set: this function has no document bucket');
  const s3 = new S3Client({
    region: env.AWS_REGION,
    // Checksums on every call would be new work for nothing: S3 checks the upload, and we read each object once.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}),
  });
  if (env.S3_ENDPOINT) {
    // Local only: the S3-compatible server signs a bucket-level path without the trailing slash the SDK sends (docs/documents.md).
    s3.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { path?: string };
        if (request.path && /^\/[^/]+\/$/.test(request.path)) request.path = request.path.slice(0, -1);
        return next(args);
      },
      { step: 'build', name: 'localBucketPathWithoutSlash' },
    );
  }
  return {
    async read(key, maxBytes) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${maxBytes - 1}` }));
        const bytes = await object.Body!.transformToByteArray();
        // With a range, the full size is after the slash of Content-Range ("bytes 0-99/12345").
        const size = Number(/\/(\d+)$/.exec(object.ContentRange ?? '')?.[1] ?? object.ContentLength ?? bytes.length);
        return { size, bytes };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async write(key, bytes, contentType) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }));
    },
    async delete(keys) {
      for (let at = 0; at < keys.length; at += 1000) {
        await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.slice(at, at + 1000).map((Key) => ({ Key })), Quiet: true } }));
      }
    },
  };
}
