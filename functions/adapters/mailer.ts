import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { RenderedMail } from '#core/mail-rendering';
import type { Environment } from './environment';

export interface Mailer {
  /** Sends one mail; resolves with the provider's message id, rejects when it was not accepted. */
  send(mail: RenderedMail): Promise<string>;
}

export function createSesMailer(env: Pick<Environment, 'AWS_REGION' | 'SES_ENDPOINT' | 'MAIL_FROM' | 'SES_CONFIGURATION_SET'>): Mailer {
  const ses = new SESClient({
    region: env.AWS_REGION,
    ...(env.SES_ENDPOINT ? { endpoint: env.SES_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    // The outbox retries later; one slow attempt must not hold up a page.
    maxAttempts: 2,
  });
  return {
    async send(mail) {
      const result = await ses.send(
        new SendEmailCommand({
          Source: mail.fromName ? `${displayName(mail.fromName)} <${env.MAIL_FROM}>` : env.MAIL_FROM,
          Destination: { ToAddresses: [mail.to].flat() },
          ...(mail.replyTo ? { ReplyToAddresses: [mail.replyTo] } : {}),
          Message: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
          },
          ConfigurationSetName: env.SES_CONFIGURATION_SET,
        }),
      );
      return result.MessageId ?? '';
    },
  };
}

/** A display name as a header takes it: quoted when plain ASCII, else RFC 2047 encoded ("Privacyloket Zeeuws-Vlaanderen" or "=?utf-8?B?…?="). */
export function displayName(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/["\\]/g, '')}"`;
  return `=?utf-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
}
