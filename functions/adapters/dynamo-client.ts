import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Environment } from './environment';

export function createDocumentClient(
  env: Pick<Environment, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'> & Partial<Pick<Environment, 'DYNAMODB_REQUEST_TIMEOUT_MS'>>,
): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: env.AWS_REGION,
    ...(env.DYNAMODB_ENDPOINT
      ? // DynamoDB Local accepts any credentials; with -sharedDb they all see one database.
        { endpoint: env.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    // A public form must answer within API Gateway's 30 s: fail fast and tell the user.
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1000, requestTimeout: env.DYNAMODB_REQUEST_TIMEOUT_MS ?? 2000, throwOnRequestTimeout: true },
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
