import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AvgVerzoekenStack } from './stack';

/**
 * The CDK app (`npx cdk synth`, run through cdk.json). Environment-agnostic: no
 * account, region or lookups, so synth works offline and without credentials;
 * the deploy credentials decide where it goes.
 */
const app = new App();

const context = (key: string, fallback: string): string => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value.length > 0 ? value : fallback;
};

new AvgVerzoekenStack(app, 'AvgVerzoeken', {
  description: 'AVG/GDPR privacy-rights requests for Dutch school and youth-care covenants',
  mailFromDomain: context('mailFromDomain', 'avg-verzoeken.example'),
  publicBaseUrl: context('publicBaseUrl', 'https://avg-verzoeken.example'),
});

// cdk-nag 3 runs as a policy-validation plugin during synth: an unacknowledged
// error fails the synth; acknowledgements sit next to the resources in stack.ts.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
