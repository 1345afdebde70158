import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PER_CLIENT_LIMIT } from '#routes';
import { EdgeProtectionStack } from './edge-stack';
import { AvgVerzoekenStack } from './stack';

/**
 * The CDK app (`npx cdk synth`, run through cdk.json): two stacks, the edge's
 * WAF web ACL in us-east-1 (where CloudFront's must be) and the system in
 * `-c region=` (default eu-west-1: the data stays in the EU). No account and
 * no lookups, so synth works offline and without credentials; the deploy
 * credentials decide the account. The web ACL's ARN crosses regions through
 * CDK's cross-region references (SSM parameters written and read by small
 * custom resources).
 */
const app = new App();

const context = (key: string, fallback: string): string => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value.length > 0 ? value : fallback;
};

// Unset: the edge stack's default (a multiple of the per-client limit); set, checked by the stack like the per-client limit.
const networkLimit = context('networkRateLimitPerMinute', '');
const edge = new EdgeProtectionStack(app, 'AvgVerzoekenEdge', {
  description: 'avg-verzoeken: WAF web ACL for the CloudFront distribution (managed rules, per-client and per-network limits)',
  rateLimitPerMinute: Number(context('rateLimitPerMinute', String(PER_CLIENT_LIMIT.perMinute))),
  ...(networkLimit ? { networkRateLimitPerMinute: Number(networkLimit) } : {}),
  crossRegionReferences: true,
});

new AvgVerzoekenStack(app, 'AvgVerzoeken', {
  description: 'AVG/GDPR privacy-rights requests for Dutch school and youth-care covenants',
  env: { region: context('region', 'eu-west-1') },
  crossRegionReferences: true,
  mailFromDomain: context('mailFromDomain', 'avg-verzoeken.example'),
  publicBaseUrl: context('publicBaseUrl', 'https://avg-verzoeken.example'),
  webAclArn: edge.webAcl.attrArn,
  originSecretVersion: context('originSecretVersion', '') || undefined,
});

// cdk-nag 3 runs as a policy-validation plugin during synth: an unacknowledged
// error fails the synth; acknowledgements sit next to their resources in the parts of infra/aws/
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
