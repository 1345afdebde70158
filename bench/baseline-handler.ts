/**
 * The baseline of figure 1 (bench/bundles.ts): a function that holds only the
 * DynamoDB client. Bundled with the stack's esbuild options, like every
 * function of functions/routes.ts, and deployed with the same environment.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});

export const handler = async () => ({ statusCode: 200, body: typeof client.send });
