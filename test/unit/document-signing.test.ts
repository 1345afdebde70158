import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BucketAccess, presignDownload, presignUploadForm } from '#adapters/document-signing';
import { uploadFormFor } from '#adapters/document-bucket';
import { DOCUMENT_LIMITS } from '#core/documents';

/**
 * Our signing against the SDK's presigners, byte for byte, under a fixed clock:
 * in AWS (virtual-hosted, with a session token as a Lambda role has) and
 * locally (path-style on the S3-compatible server).
 */
const NOW = new Date('2026-12-02T09:15:30Z');
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'IQoJb3JpZ2luX2VjE//token+/=' };
const inAws: BucketAccess = { bucket: 'avg-documenten-123', region: 'eu-central-1', credentials };
const local: BucketAccess = {
  bucket: 'avg-documenten',
  region: 'eu-west-1',
  endpoint: 'http://127.0.0.1:4569',
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
};

const sdkClient = (access: BucketAccess) =>
  // Checksum validation off: they would add x-amz-checksum-* parameters, which a browser download cannot use.
  new S3Client({
    region: access.region,
    credentials: access.credentials,
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestChecksumCalculation: 'WHEN_REQUIRED',
    ...(access.endpoint ? { endpoint: access.endpoint, forcePathStyle: true } : {}),
  });

afterEach(() => vi.useRealTimers());

describe.each([
  ['in AWS', inAws],
  ['locally', local],
])('signing %s', (_where, access) => {
  it('signs an upload form exactly as @aws-sdk/s3-presigned-post does', async () => {
    const key = 'verzoeken/AVG-7K3M-Q9TZ/0123456789abcdefghjkmnpqrs';
    const conditions: Array<['content-length-range', number, number] | Record<string, string>> = [
      ['content-length-range', 1, 1000],
      { 'Content-Type': 'application/octet-stream' },
    ];
    const fields = { 'Content-Type': 'application/octet-stream', success_action_redirect: 'https://avg.regio.nl/portaal/verzoeken/AVG-7K3M-Q9TZ' };
    vi.useFakeTimers({ now: NOW });
    const sdk = await createPresignedPost(sdkClient(access), { Bucket: access.bucket, Key: key, Conditions: conditions, Fields: fields, Expires: 900 });
    const ours = presignUploadForm(access, { key, conditions, fields, expiresSeconds: 900, now: NOW });
    expect(ours.fields).toEqual(sdk.fields);
    expect(Object.keys(ours.fields)).toEqual(Object.keys(sdk.fields));
    expect(ours.url).toBe(sdk.url);
  });

  it('signs a download link exactly as @aws-sdk/s3-request-presigner does', async () => {
    const key = 'verzoeken/AVG-7K3M-Q9TZ/0123456789abcdefghjkmnpqrs';
    const disposition = 'attachment; filename="Leerlingdossier 2025.pdf"';
    vi.useFakeTimers({ now: NOW });
    const sdk = await getSignedUrl(
      sdkClient(access),
      new GetObjectCommand({ Bucket: access.bucket, Key: key, ResponseContentDisposition: disposition, ResponseContentType: 'application/pdf' }),
      { expiresIn: 60, signingDate: NOW },
    );
    const ours = await presignDownload(access, { key, fileName: 'Leerlingdossier 2025.pdf', mediaType: 'application/pdf', expiresSeconds: 60, now: NOW });
    expect(new URL(ours).origin + new URL(ours).pathname).toBe(new URL(sdk).origin + new URL(sdk).pathname);
    expect(Object.fromEntries(new URL(ours).searchParams)).toEqual(Object.fromEntries(new URL(sdk).searchParams));
  });
});

describe('through the files distribution (AWS)', () => {
  const viaCloudFront: BucketAccess = { ...inAws, publicUrl: 'https://d111111abcdef8.cloudfront.net' };
  it('posts and downloads at the distribution, signed exactly as for the bucket itself (CloudFront forwards to its host)', async () => {
    const key = 'verzoeken/AVG-7K3M-Q9TZ/0123456789abcdefghjkmnpqrs';
    const input = { key, conditions: [], fields: { success_action_redirect: 'https://avg.regio.nl/x' }, expiresSeconds: 900, now: NOW };
    const direct = presignUploadForm(inAws, input);
    const through = presignUploadForm(viaCloudFront, input);
    expect(through.url).toBe('https://d111111abcdef8.cloudfront.net/');
    expect(through.fields).toEqual(direct.fields);
    const download = { key, fileName: 'Dossier.pdf', mediaType: 'application/pdf', expiresSeconds: 60, now: NOW };
    const [linkDirect, linkThrough] = [new URL(await presignDownload(inAws, download)), new URL(await presignDownload(viaCloudFront, download))];
    expect(linkThrough.origin).toBe('https://d111111abcdef8.cloudfront.net');
    expect(linkThrough.pathname + linkThrough.search).toBe(linkDirect.pathname + linkDirect.search);
  });
});

describe('the conditions of every upload form we sign', () => {
  it('fix the bucket, the key, the size range, the content type, the redirect and the expiry', () => {
    const form = uploadFormFor(local, {
      reference: 'AVG-7K3M-Q9TZ',
      documentId: '0123456789abcdefghjkmnpqrs',
      redirect: 'http://localhost:3000/portaal/verzoeken/AVG-7K3M-Q9TZ?gelukt=document',
      now: NOW,
    });
    const policy = JSON.parse(Buffer.from(form.fields.Policy!, 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };
    expect(policy.expiration).toBe(new Date(NOW.getTime() + DOCUMENT_LIMITS.uploadFormSeconds * 1000).toISOString().replace('.000Z', 'Z'));
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { bucket: 'avg-documenten' },
        { key: 'verzoeken/AVG-7K3M-Q9TZ/0123456789abcdefghjkmnpqrs' },
        ['content-length-range', 1, DOCUMENT_LIMITS.maxFileBytes],
        { 'Content-Type': 'application/octet-stream' },
        { success_action_redirect: 'http://localhost:3000/portaal/verzoeken/AVG-7K3M-Q9TZ?gelukt=document' },
      ]),
    );
    // Nothing a browser could choose: no starts-with condition at all.
    expect(policy.conditions.filter((condition) => Array.isArray(condition) && condition[0] === 'starts-with')).toEqual([]);
    expect(form.fields.key).toBe('verzoeken/AVG-7K3M-Q9TZ/0123456789abcdefghjkmnpqrs');
  });
});
