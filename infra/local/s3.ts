import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import S3rver from '@20minutes/s3rver';
import { bucketEventConsumers } from '#routes';
import type { RunningService } from './emulators';

/**
 * The local S3-compatible server (`@20minutes/s3rver`, in this process) with
 * the document bucket, and the bucket's events: every created object is
 * handed to the checking function in the shape EventBridge gives it in AWS.
 * What this server does not do that S3 does is listed in docs/documents.md
 * (it accepts any POST policy, serves objects without a signature, and has
 * no encryption or GuardDuty).
 */
export const LOCAL_BUCKET = 'avg-documenten';

export async function startS3Local(options: {
  port: number;
  root: string;
  dataDir?: string;
  /** Hand each new object to the checking function (the benchmark measures the bucket alone). */
  checkUploads?: boolean;
}): Promise<RunningService & { checked: () => Promise<void> }> {
  const directory = options.dataDir ?? mkdtempSync(join(tmpdir(), 's3-local-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({ port: options.port, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: LOCAL_BUCKET }] });
  const { port } = await server.run();
  const running = new Set<Promise<unknown>>();
  server.on('event', (event: { Records: Array<{ eventName: string; s3: { bucket: { name: string }; object: { key: string; size?: number } } }> }) => {
    for (const record of event.Records) {
      if (!record.eventName.startsWith('ObjectCreated:') || options.checkUploads === false) continue;
      const check = (async () => {
        const { handler } = (await import(resolve(options.root, bucketEventConsumers['check-document'].entry))) as {
          handler: (event: unknown) => Promise<unknown>;
        };
        await handler({ 'detail-type': 'Object Created', detail: { bucket: { name: record.s3.bucket.name }, object: record.s3.object } });
      })()
        .catch((error: unknown) => console.error('[local] check-document:', (error as Error).name))
        .finally(() => running.delete(check));
      running.add(check);
    }
  });
  return {
    url: `http://127.0.0.1:${port}`,
    /** Waits for the checks under way (tests: after an upload, before looking at the result). */
    checked: async () => {
      while (running.size > 0) await Promise.all(running);
    },
    stop: () => server.close(),
  };
}
