import { z } from 'zod';

/**
 * What every function reads from its environment. In AWS the CDK stack sets
 * these; locally the launcher does, adding the emulator endpoints.
 */
const environmentSchema = z.object({
  TABLE_NAME: z.string().min(1),
  /** The verified SES identity mails are sent from. */
  MAIL_FROM: z.email(),
  /** Where requesters and contact persons open links from mails, without trailing slash. */
  PUBLIC_BASE_URL: z.url().transform((url) => url.replace(/\/+$/, '')),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  /** Local only: DynamoDB Local and the SES emulator. Never set in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  SES_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).default('eu-west-1'),
});

export type Environment = z.infer<typeof environmentSchema>;

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    throw new Error(
      `Missing or invalid environment: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  return result.data;
}
