import type { Stack } from 'aws-cdk-lib';
import { ConfigurationSet, ConfigurationSetTlsPolicy, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';

export interface Mail {
  configurationSet: ConfigurationSet;
  mailIdentity: EmailIdentity;
  configurationSetArn: string;
  mailFrom: string;
}

/** SES: the sender domain's identity and a configuration set that requires TLS and suppresses bounces. */
export function createMail(stack: Stack, mailFromDomain: string): Mail {
  const configurationSet = new ConfigurationSet(stack, 'MailConfigurationSet', {
    tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    reputationMetrics: true,
    suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
  });
  const mailIdentity = new EmailIdentity(stack, 'MailIdentity', {
    identity: Identity.domain(mailFromDomain),
    configurationSet,
  });
  const configurationSetArn = stack.formatArn({
    service: 'ses',
    resource: 'configuration-set',
    resourceName: configurationSet.configurationSetName,
  });
  const mailFrom = `noreply@${mailFromDomain}`;
  return { configurationSet, mailIdentity, configurationSetArn, mailFrom };
}
