import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, startSesEmulator } from '../../infra/local/emulators';
import { freePort } from '../../infra/local/ports';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoUrl: string;
    sesUrl: string;
  }
}

/** One real DynamoDB Local and one SES emulator for the run; each test file gets its own table. */
export default async function setup(project: TestProject) {
  const [dynamo, ses] = await Promise.all([startDynamoDbLocal({ port: await freePort() }), startSesEmulator({ port: await freePort() })]);
  project.provide('dynamoUrl', dynamo.url);
  project.provide('sesUrl', ses.url);
  return async () => {
    await Promise.all([dynamo.stop(), ses.stop()]);
  };
}
