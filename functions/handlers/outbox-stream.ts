import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '#logger';
import { getDelivery } from '#adapters/mail-delivery';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';

/**
 * Every item that enters the pending index (a new outbox mail, or a submitted
 * request whose tokens, mail and audit event are still to be written) reaches
 * this function through the table stream (filtered to those inserts). A send that fails is scheduled for a retry by
 * the delivery code itself; a record this function cannot handle at all is
 * reported as a batch item failure, retried by Lambda, and finally parked in
 * the dead-letter queue, which raises an alarm. Nothing is dropped silently.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const runtime = await refreshConfiguration(getRuntime());
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const image = record.dynamodb?.NewImage;
      if (!image) continue;
      await getDelivery(runtime).deliverItems([unmarshall(image as Record<string, AttributeValue>)], runtime.clock.now());
    } catch (error) {
      logger.error('outbox stream record failed', { error: (error as Error).name, sequence: record.dynamodb?.SequenceNumber });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures };
};
