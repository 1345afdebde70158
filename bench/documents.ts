/**
 * bench/documents: moving a 20 MB file through the path the system uses
 * (a browser-style POST with our signed upload form, then our signed
 * download link) against raw S3 calls of @aws-sdk/client-s3 (PutObject,
 * GetObject) on the same local S3-compatible server, in the same run.
 * Prints MB/s for both and the ratio signed/raw per direction.
 *
 * Bound: ratio at least 0.8 both ways (signing must cost next to nothing).
 * Both sides go over node:http (the SDK's own transport), the upload as the
 * multipart body a browser sends.
 * Run: npm run bench:documents   (BENCH_DOCUMENT_RUNS, default 9, after one warm-up round that is not counted)
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type BucketAccess, presignDownload, presignUploadForm } from '#adapters/document-signing';
import { freePort } from '#infra/local/ports';
import { LOCAL_BUCKET, startS3Local } from '#infra/local/s3';
import { ROOT } from '#infra/local/system';
import { isMain, median, writeResult } from './local-system';
import { table } from './support';

export const DOCUMENT_BOUND = 0.8;
const SIZE = 20 * 1024 * 1024;

/**
 * One request on node:http, the transport the SDK's raw calls use too, so the
 * comparison is the signed path against the raw calls, not one HTTP client
 * against another (fetch's streaming of a FormData costs more than the
 * signature does).
 */
function send(
  url: string,
  method: 'GET' | 'POST',
  headers: Record<string, string | number> = {},
  body: Buffer[] = [],
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    // In parts, as a browser streams the file between the fields and the closing boundary: no copy of 20 MB.
    for (const part of body) outgoing.write(part);
    outgoing.end();
  });
}

/** A browser's multipart/form-data body: the form's fields in order, then the file. */
function multipart(fields: Record<string, string>, file: Buffer): { body: Buffer[]; contentType: string } {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const head = `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return { body: [Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)], contentType: `multipart/form-data; boundary=${boundary}` };
}

async function post(url: string, fields: Record<string, string>, file: Buffer, what: string) {
  const { body, contentType } = multipart(fields, file);
  const length = body.reduce((sum, part) => sum + part.length, 0);
  const response = await send(url, 'POST', { 'content-type': contentType, 'content-length': length }, body);
  if (response.status >= 300 && response.status !== 303) throw new Error(`${what}: ${response.status}`);
}

export async function runDocumentBenchmark(log: (line: string) => void = console.log) {
  const runs = Number(process.env.BENCH_DOCUMENT_RUNS ?? 9);
  const s3Local = await startS3Local({ port: await freePort(), root: ROOT, checkUploads: false });
  const access: BucketAccess = {
    bucket: LOCAL_BUCKET,
    region: 'eu-west-1',
    endpoint: s3Local.url,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  };
  const s3 = new S3Client({
    region: 'eu-west-1',
    endpoint: s3Local.url,
    forcePathStyle: true,
    credentials: access.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const bytes = randomBytes(SIZE);
  const timed = async (work: () => Promise<void>) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  const samples = { signedUp: [] as number[], rawUp: [] as number[], unsignedPost: [] as number[], signedDown: [] as number[], rawDown: [] as number[] };
  try {
    // Round 0 warms the server, the connections and the JIT up; it is not counted.
    for (let n = -1; n < runs; n++) {
      const key = `verzoeken/AVG-BNCH-0000/run${n}`;
      // Alternating which goes first, so a warm cache favours neither.
      const signedUp = () =>
        timed(async () => {
          const form = presignUploadForm(access, {
            key: `${key}-signed`,
            conditions: [['content-length-range', 1, SIZE]],
            fields: { 'Content-Type': 'application/octet-stream' },
            expiresSeconds: 900,
            now: new Date(),
          });
          await post(form.url, form.fields, bytes, 'signed upload');
        });
      // The same multipart POST without any signature: what the POST itself costs on this server, apart from signing.
      const unsignedPost = () =>
        timed(async () => {
          await post(`${s3Local.url}/${LOCAL_BUCKET}`, { key: `${key}-unsigned` }, bytes, 'unsigned upload');
        });
      const rawUp = () => timed(async () => void (await s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKET, Key: `${key}-raw`, Body: bytes }))));
      const signedDown = () =>
        timed(async () => {
          const url = await presignDownload(access, {
            key: `${key}-signed`,
            fileName: 'bench.bin',
            mediaType: 'application/octet-stream',
            expiresSeconds: 60,
            now: new Date(),
          });
          const got = await send(url, 'GET');
          if (got.status !== 200 || got.body.length !== SIZE) throw new Error('signed download incomplete');
        });
      const rawDown = () =>
        timed(async () => {
          const got = await (await s3.send(new GetObjectCommand({ Bucket: LOCAL_BUCKET, Key: `${key}-raw` }))).Body!.transformToByteArray();
          if (got.length !== SIZE) throw new Error('raw download incomplete');
        });
      if (n < 0) {
        await signedUp();
        await rawUp();
        await unsignedPost();
        await signedDown();
        await rawDown();
      } else if (n % 2 === 0) {
        samples.signedUp.push(await signedUp());
        samples.rawUp.push(await rawUp());
        samples.unsignedPost.push(await unsignedPost());
        samples.signedDown.push(await signedDown());
        samples.rawDown.push(await rawDown());
      } else {
        samples.unsignedPost.push(await unsignedPost());
        samples.rawUp.push(await rawUp());
        samples.signedUp.push(await signedUp());
        samples.rawDown.push(await rawDown());
        samples.signedDown.push(await signedDown());
      }
    }
  } finally {
    s3.destroy();
    await s3Local.stop();
  }
  const mbps = (ms: number) => SIZE / 1024 / 1024 / (ms / 1000);
  const up = mbps(median(samples.signedUp)) / mbps(median(samples.rawUp));
  const down = mbps(median(samples.signedDown)) / mbps(median(samples.rawDown));
  log(`\nDocuments - 20 MB through the signed path against raw S3 calls, same local server, median of ${runs} (bound: ratio >= ${DOCUMENT_BOUND}):\n`);
  log(
    table([
      {
        direction: 'upload',
        'signed (MB/s)': mbps(median(samples.signedUp)).toFixed(1),
        'raw (MB/s)': mbps(median(samples.rawUp)).toFixed(1),
        ratio: up.toFixed(2),
        '': up >= DOCUMENT_BOUND ? 'ok' : 'UNDER',
      },
      {
        direction: 'download',
        'signed (MB/s)': mbps(median(samples.signedDown)).toFixed(1),
        'raw (MB/s)': mbps(median(samples.rawDown)).toFixed(1),
        ratio: down.toFixed(2),
        '': down >= DOCUMENT_BOUND ? 'ok' : 'UNDER',
      },
    ]),
  );
  const postShare = mbps(median(samples.signedUp)) / mbps(median(samples.unsignedPost));
  log(
    `\nThe same multipart POST without a signature: ${mbps(median(samples.unsignedPost)).toFixed(1)} MB/s; signed/unsigned POST ${postShare.toFixed(2)} (what signing itself costs; a gap beyond it is the server's multipart parsing against a plain PUT).`,
  );
  const result = { upload: up, download: down, signedOverUnsignedPost: postShare, holds: up >= DOCUMENT_BOUND && down >= DOCUMENT_BOUND };
  await writeResult(result);
  return result;
}

if (isMain(import.meta.url)) {
  const result = await runDocumentBenchmark();
  process.exit(result.holds ? 0 : 1);
}
