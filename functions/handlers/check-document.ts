import { caseFiles } from '#adapters/case-store';
import { documentObjects } from '#adapters/document-objects';
import { eicarStandIn } from '#adapters/malware-stand-in';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { checkUploadedObject, type CheckResult, recordScan } from '#application/check-document';

/**
 * The document bucket's events through EventBridge: S3's "Object Created" for
 * every upload, and GuardDuty Malware Protection's scan result for it. Locally
 * the S3-compatible server's event per created object arrives in the same
 * shape (infra/local/s3.ts). Throws only on failures worth a retry (EventBridge
 * retries, then the dead-letter queue).
 */
export interface BucketEvent {
  'detail-type': string;
  detail: {
    bucket?: { name: string };
    object?: { key: string; size?: number };
    s3ObjectDetails?: { bucketName: string; objectKey: string };
    scanResultDetails?: { scanResultStatus: string };
  };
}

const deps = once(() => {
  const runtime = getRuntime();
  return {
    ...runtime,
    cases: caseFiles(runtime.table),
    objects: documentObjects(runtime.env),
    ...(runtime.env.MALWARE_SCAN === 'eicar-stand-in' ? { scanLocally: eicarStandIn } : {}),
  };
});

const VERDICTS: Record<string, 'clean' | 'found' | 'failed'> = { NO_THREATS_FOUND: 'clean', THREATS_FOUND: 'found' };

export async function handler(event: BucketEvent): Promise<CheckResult> {
  const runtime = await refreshConfiguration(deps());
  if (event['detail-type'] === 'Object Created' && event.detail.object) {
    // Our keys are letters, digits, dashes and slashes only, so their URL encoding in the event changes nothing.
    return checkUploadedObject(runtime, event.detail.object.key);
  }
  if (event['detail-type'] === 'GuardDuty Malware Protection Object Scan Result' && event.detail.s3ObjectDetails) {
    const verdict = VERDICTS[event.detail.scanResultDetails?.scanResultStatus ?? ''] ?? 'failed';
    return recordScan(runtime, event.detail.s3ObjectDetails.objectKey, verdict);
  }
  return 'ignored';
}
