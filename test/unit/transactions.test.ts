import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONFLICT_RETRIES, conflictBackoff, type Table, transact } from '#adapters/table';
import { isUnavailable } from '#handlers/http/middleware';

/**
 * Real DynamoDB cancels a transaction that meets a concurrent one with
 * `TransactionConflict`; DynamoDB Local serialises transactions and never
 * does, so the adapter is driven here with the SDK's own error.
 */
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });

function tableAnswering(...answers: Array<Error | 'ok'>): Table & { calls: number } {
  const table = {
    calls: 0,
    name: 'test',
    db: {
      send: () => {
        const answer = answers[Math.min(table.calls++, answers.length - 1)]!;
        return answer === 'ok' ? Promise.resolve({}) : Promise.reject(answer);
      },
    } as unknown as DynamoDBDocumentClient,
  };
  return table;
}

afterEach(() => vi.restoreAllMocks());

describe('a transaction that meets a concurrent one', () => {
  it('is tried again, with a growing random pause, and saved once the other one is done', async () => {
    const waits = vi.spyOn(conflictBackoff, 'wait').mockResolvedValue();
    const table = tableAnswering(cancelled('None', 'TransactionConflict'), cancelled('TransactionConflict'), 'ok');
    expect(await transact(table, [])).toBe('saved');
    expect(table.calls).toBe(3);
    expect(waits.mock.calls.map(([attempt]) => attempt)).toEqual([0, 1]);
  });

  it('is a conflict (409 for the user, nothing half-written) when it still collides after the retries', async () => {
    vi.spyOn(conflictBackoff, 'wait').mockResolvedValue();
    const table = tableAnswering(cancelled('TransactionConflict'));
    expect(await transact(table, [])).toBe('conflict');
    expect(table.calls).toBe(1 + CONFLICT_RETRIES);
  });

  it('is a conflict at once, without retries, when a version condition failed', async () => {
    const waits = vi.spyOn(conflictBackoff, 'wait').mockResolvedValue();
    const table = tableAnswering(cancelled('ConditionalCheckFailed', 'TransactionConflict'));
    expect(await transact(table, [])).toBe('conflict');
    expect(table.calls).toBe(1);
    expect(waits).not.toHaveBeenCalled();
  });

  it('throws anything else on, untried', async () => {
    const table = tableAnswering(Object.assign(new Error('boom'), { name: 'ValidationException' }));
    await expect(transact(table, [])).rejects.toThrow('boom');
    expect(table.calls).toBe(1);
  });

  it('waits at most 25, 50 and 100 ms between the tries', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    vi.useFakeTimers();
    try {
      for (const [attempt, most] of [
        [0, 25],
        [1, 50],
        [2, 100],
      ] as const) {
        let done = false;
        void conflictBackoff.wait(attempt).then(() => (done = true));
        // Timers count whole milliseconds: the longest pause ends within the last one before the bound.
        await vi.advanceTimersByTimeAsync(most - 2);
        expect(done, `attempt ${attempt} before ${most} ms`).toBe(false);
        await vi.advanceTimersByTimeAsync(2);
        expect(done, `attempt ${attempt} at ${most} ms`).toBe(true);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('that is given up on makes a submit answer 503 ("try again"), never a 500', () => {
    expect(isUnavailable(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isUnavailable(cancelled('ConditionalCheckFailed'))).toBe(false);
  });
});
