/**
 * bench/documents: moving a 20 MB file through the path the system uses
 * (a browser-style POST with our signed upload form, then our signed
 * download link) against raw S3 calls of @aws-sdk/client-s3 (PutObject,
 * GetObject) on the same local S3-compatible server, in the same run.
 * Prints MB/s for both and the ratio signed/raw per direction.
 *
 * Bound: ratio at least 0.8 both ways (signing must cost next to nothing).
 * Run: npm run bench:documents   (BENCH_DOCUMENT_RUNS, default 5)
 */
import { randomBytes } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type BucketAccess, presignDownload, presignUploadForm } from '#adapters/document-signing';
import { freePort } from '#infra/local/ports';
import { LOCAL_BUCKET, startS3Local } from '#infra/local/s3';
import { ROOT } from '#infra/local/system';
import { isMain, median, writeResult } from './local-system';
import { table } from './support';

export const DOCUMENT_BOUND = 0.8;
const SIZE = 20 * 1024 * 1024;

export async function runDocumentBenchmark(log: (line: string) => void = console.log) {
  const runs = Number(process.env.BENCH_DOCUMENT_RUNS ?? 5);
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
    for (let n = 0; n < runs; n++) {
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
          const body = new FormData();
          for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
          body.append('file', new Blob([bytes]), 'bench.bin');
          const response = await fetch(form.url, { method: 'POST', body });
          if (!response.ok) throw new Error(`signed upload: ${response.status}`);
        });
      // The same multipart POST without any signature: what the POST itself costs on this server, apart from signing.
      const unsignedPost = () =>
        timed(async () => {
          const body = new FormData();
          body.append('key', `${key}-unsigned`);
          body.append('file', new Blob([bytes]), 'bench.bin');
          const response = await fetch(`${s3Local.url}/${LOCAL_BUCKET}`, { method: 'POST', body });
          if (!response.ok) throw new Error(`unsigned upload: ${response.status}`);
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
          const got = Buffer.from(await (await fetch(url)).arrayBuffer());
          if (got.length !== SIZE) throw new Error('signed download incomplete');
        });
      const rawDown = () =>
        timed(async () => {
          const got = await (await s3.send(new GetObjectCommand({ Bucket: LOCAL_BUCKET, Key: `${key}-raw` }))).Body!.transformToByteArray();
          if (got.length !== SIZE) throw new Error('raw download incomplete');
        });
      if (n % 2 === 0) {
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
    `\nThe same multipart POST without a signature: ${mbps(median(samples.unsignedPost)).toFixed(1)} MB/s; signed/unsigned POST ${postShare.toFixed(2)} (what signing itself costs; the rest of the upload gap is the server's multipart parsing against a plain PUT).`,
  );
  const result = { upload: up, download: down, signedOverUnsignedPost: postShare, holds: up >= DOCUMENT_BOUND && down >= DOCUMENT_BOUND };
  await writeResult(result);
  return result;
}

if (isMain(import.meta.url)) {
  const result = await runDocumentBenchmark();
  process.exit(result.holds ? 0 : 1);
}
