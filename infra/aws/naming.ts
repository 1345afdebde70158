import { Duration, type Stack, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';

export const SERVICE_NAME = 'avg-verzoeken';
export const TIME_ZONE = 'Europe/Amsterdam';

/** Construct ids from function names: "portal-sign-in" becomes "PortalSignIn". */
export function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, char: string) => char.toUpperCase());
}

/** A cdk-nag finding that is accepted on purpose, on one construct and its children. */
export function acknowledge(construct: IConstruct, id: string, reason: string): void {
  Validations.of(construct).acknowledge({ id, reason });
}

/** What both CloudFront distributions accept on purpose: every country, and the default certificate until a domain of its own. */
export function acknowledgeDistribution(distribution: IConstruct): void {
  acknowledge(
    distribution,
    'AwsSolutions-CFR1',
    'Requesters write and download from abroad too (a family on holiday, a parent living elsewhere): no country is refused.',
  );
  acknowledge(
    distribution,
    'AwsSolutions-CFR4',
    'The default *.cloudfront.net certificate does not take a minimum TLS version; a production domain adds its certificate with TLS_V1_2_2021 (README, deploy).',
  );
}

/** An encrypted, TLS-only queue that is itself the failure destination of `what`: kept 14 days, no dead-letter queue of its own. */
export function failureQueue(stack: Stack, id: string, what: string): Queue {
  const queue = new Queue(stack, id, { encryption: QueueEncryption.KMS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
  acknowledge(queue, 'AwsSolutions-SQS3', `This queue is the failure destination of ${what}; a dead-letter queue of its own would only move the problem.`);
  return queue;
}
