import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { refuseUnlessThroughEdge } from '#handlers/http/origin-verify';
import { ClientRateLimit } from '#infra/local/client-rate-limit';

const eventWith = (headers: Record<string, string>) => ({ headers }) as unknown as APIGatewayProxyEventV2;

describe('requests that went around CloudFront (AWS)', () => {
  it('are refused with 403 without the origin secret, or with a wrong one', () => {
    expect(refuseUnlessThroughEdge(eventWith({}), 'geheim-van-cloudfront')?.statusCode).toBe(403);
    expect(refuseUnlessThroughEdge(eventWith({ 'x-origin-verify': 'geraden' }), 'geheim-van-cloudfront')?.statusCode).toBe(403);
    expect(refuseUnlessThroughEdge(eventWith({ 'x-origin-verify': 'geheim-van-cloudfront-' }), 'geheim-van-cloudfront')?.statusCode).toBe(403);
  });

  it('pass with the secret CloudFront adds', () => {
    expect(refuseUnlessThroughEdge(eventWith({ 'x-origin-verify': 'geheim-van-cloudfront' }), 'geheim-van-cloudfront')).toBeUndefined();
  });

  it('pass locally, where there is no edge and no secret', () => {
    expect(refuseUnlessThroughEdge(eventWith({}), undefined)).toBeUndefined();
  });
});

describe('the local per-client limit', () => {
  const at = (minute: number, second: number) => new Date(Date.UTC(2026, 10, 22, 9, minute, second));

  it('allows a client its limit per minute, then refuses until the next minute', () => {
    let now = at(1, 15);
    const limit = new ClientRateLimit(3, () => now);
    expect([1, 2, 3, 4].map(() => limit.hit('192.0.2.1').allowed)).toEqual([true, true, true, false]);
    expect(limit.hit('192.0.2.1').retryAfterSeconds).toBe(45);
    now = at(2, 0);
    expect(limit.hit('192.0.2.1').allowed).toBe(true);
  });

  it('counts each client on its own', () => {
    const limit = new ClientRateLimit(1, () => at(3, 0));
    expect(limit.hit('192.0.2.1').allowed).toBe(true);
    expect(limit.hit('192.0.2.1').allowed).toBe(false);
    expect(limit.hit('192.0.2.2').allowed).toBe(true);
  });
});
