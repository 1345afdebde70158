import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Runtime } from './runtime';

/**
 * A per-client limit on the public posts (form, API, confirmation, status
 * answers), counted in DynamoDB so every Lambda instance (and the local
 * server) shares it: a fixed one-minute window per client address.
 *
 * The address is personal data, so it is never stored: the key is a hash of
 * the address together with the window, which cannot be linked to the next
 * window, and the counter expires two minutes later.
 */
export class RateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly perMinute: number,
  ) {}

  /** Counts one hit; true while the client is within its limit. */
  async allow(clientAddress: string, now: Date): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    const window = Math.floor(now.getTime() / 60_000);
    const key = createHash('sha256').update(`${clientAddress}|${window}`).digest('hex').slice(0, 32);
    const result = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { PK: `RATE#${key}`, SK: 'RATE' },
        UpdateExpression: 'ADD hits :one SET expiresAt = if_not_exists(expiresAt, :expires)',
        ExpressionAttributeValues: { ':one': 1, ':expires': (window + 2) * 60 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const hits = Number(result.Attributes?.hits ?? 1);
    return { allowed: hits <= this.perMinute, retryAfterSeconds: 60 - Math.floor((now.getTime() % 60_000) / 1000) };
  }
}

const limiters = new WeakMap<Runtime, RateLimiter>();
export function getRateLimiter(runtime: Runtime): RateLimiter {
  let limiter = limiters.get(runtime);
  if (!limiter) limiters.set(runtime, (limiter = new RateLimiter(runtime.db, runtime.env.TABLE_NAME, runtime.env.RATE_LIMIT_PER_MINUTE)));
  return limiter;
}
