/**
 * AWS list prices for eu-west-1 (Europe, Ireland), on-demand, USD, without
 * free tiers, savings plans or volume tiers beyond the first. The benchmark
 * could not browse the pricing pages: each price says where it comes from and
 * whether it was confirmed from a published copy ("confirmed") or is the
 * best-known value that must still be checked against the page ("to check").
 * Update the numbers here (and only here) when AWS changes them.
 */
export const PRICES_AS_OF = 'November 2026 (prices as published for eu-west-1; entries marked "to check" must be verified on the page)';

export interface Price {
  /** USD per `per` units of `unit`. */
  usd: number;
  per: number;
  unit: string;
  page: string;
  status: string;
}

export const PRICES = {
  lambdaArmGbSecond: {
    usd: 0.0000133334,
    per: 1,
    unit: 'GB-second, arm64 (first 7.5 billion GB-s per month)',
    page: 'https://aws.amazon.com/lambda/pricing/',
    status: 'us-east-1 value confirmed (2024-2026 copies of the page); eu-west-1 lists the same price: to check',
  },
  lambdaRequests: {
    usd: 0.2,
    per: 1_000_000,
    unit: 'requests',
    page: 'https://aws.amazon.com/lambda/pricing/',
    status: 'to check (same in every commercial region)',
  },
  httpApiRequests: {
    usd: 1.11,
    per: 1_000_000,
    unit: 'HTTP API requests (first 300 million per month, 512 KB increments)',
    page: 'https://aws.amazon.com/api-gateway/pricing/',
    status: 'to check (us-east-1 is $1.00, confirmed)',
  },
  dynamoWriteRequestUnits: {
    usd: 0.7063,
    per: 1_000_000,
    unit: 'write request units, on-demand, Standard table class',
    page: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    status: 'to check (after the 1 Nov 2024 on-demand price cut; us-east-1 is $0.625)',
  },
  dynamoReadRequestUnits: {
    usd: 0.1413,
    per: 1_000_000,
    unit: 'read request units, on-demand, Standard table class',
    page: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    status: 'to check (us-east-1 is $0.125)',
  },
  sesOutboundMail: {
    usd: 0.1,
    per: 1_000,
    unit: 'outbound e-mails (no attachments)',
    page: 'https://aws.amazon.com/ses/pricing/',
    status: 'to check (the same in every region)',
  },
  kmsRequests: {
    usd: 0.03,
    per: 10_000,
    unit: 'KMS API requests (symmetric key)',
    page: 'https://aws.amazon.com/kms/pricing/',
    status: 'to check',
  },
  cloudWatchLogsIngestion: {
    usd: 0.57,
    per: 1,
    unit: 'GB ingested (Standard log class; Lambda logs: first tier of vended-log pricing)',
    page: 'https://aws.amazon.com/cloudwatch/pricing/',
    status: 'to check (us-east-1 is $0.50)',
  },
  xrayTracesRecorded: {
    usd: 5.0,
    per: 1_000_000,
    unit: 'traces recorded (first 100,000 per month free, not counted here)',
    page: 'https://aws.amazon.com/xray/pricing/',
    status: 'to check',
  },
  cloudFrontHttpsRequests: {
    usd: 0.012,
    per: 10_000,
    unit: 'HTTPS requests, Europe and United States edge locations',
    page: 'https://aws.amazon.com/cloudfront/pricing/',
    status: 'to check (pay-as-you-go price; the always-free tier of 10 million requests a month is not counted)',
  },
  cloudFrontDataTransferOut: {
    usd: 0.085,
    per: 1,
    unit: 'GB to the internet, Europe, first 10 TB per month',
    page: 'https://aws.amazon.com/cloudfront/pricing/',
    status: 'to check (the always-free 1 TB a month is not counted)',
  },
  wafWebAclMonth: {
    usd: 5.0,
    per: 1,
    unit: 'web ACL per month',
    page: 'https://aws.amazon.com/waf/pricing/',
    status: 'to check',
  },
  wafRuleMonth: {
    usd: 1.0,
    per: 1,
    unit: 'rule per web ACL per month',
    page: 'https://aws.amazon.com/waf/pricing/',
    status: 'to check',
  },
  wafRequests: {
    usd: 0.6,
    per: 1_000_000,
    unit: 'requests inspected',
    page: 'https://aws.amazon.com/waf/pricing/',
    status: 'to check',
  },
  cognitoPlusMau: {
    usd: 0.02,
    per: 1,
    unit: 'monthly active user, Plus feature plan (no free tier)',
    page: 'https://aws.amazon.com/cognito/pricing/',
    status: 'confirmed from a transcription of the page read 2026-09-20 (Essentials $0.015, Lite $0.0055)',
  },
} as const satisfies Record<string, Price>;

/** What `quantity` units cost at `price`. */
export function cost(price: Price, quantity: number): number {
  return (price.usd / price.per) * quantity;
}
