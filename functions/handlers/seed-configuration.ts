import regionsJson from '#config/regions.json';
import { getRuntime } from '#adapters/runtime';
import { regionStore, seedRegions } from '#adapters/region-store';
import { parseRegionConfig, SEED_FILE } from '#core/region-config';
import { logger } from '#logger';

/**
 * The CloudFormation custom resource that gives a new installation its
 * configuration: each region of config/regions.json the table does not have
 * yet becomes its version 1 (a region already there stays as its beheerder
 * made it, so a redeploy changes nothing). Only this function bundles the
 * seed file; every other function reads the table. It answers CloudFormation
 * itself (the custom resource protocol: a PUT of the outcome to the presigned
 * ResponseURL), so it needs no provider framework and its managed policies.
 */
interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  ResponseURL: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  PhysicalResourceId?: string;
}

export const handler = async (event: CustomResourceEvent): Promise<void> => {
  let status: 'SUCCESS' | 'FAILED' = 'SUCCESS';
  let reason = '';
  let added: string[] = [];
  try {
    if (event.RequestType !== 'Delete') {
      const runtime = getRuntime();
      added = await seedRegions(regionStore(runtime.table), parseRegionConfig(regionsJson, SEED_FILE), runtime.clock.now().toISOString());
      logger.info('configuration seeded', { added });
    }
  } catch (error) {
    status = 'FAILED';
    reason = (error as Error).message.slice(0, 500);
    logger.error('configuration not seeded', { error: (error as Error).name });
  }
  const body = JSON.stringify({
    Status: status,
    Reason: reason || JSON.stringify({ added }),
    PhysicalResourceId: event.PhysicalResourceId ?? 'configuration-seed',
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  });
  await fetch(event.ResponseURL, { method: 'PUT', body, headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) } });
};
