import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, startSesEmulator } from '#infra/local/emulators';
import { startCognitoLocal } from '#infra/local/identity';
import { freePort } from '#infra/local/ports';
import { seedPortalUsers } from '#infra/local/seed-users';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoUrl: string;
    sesUrl: string;
    cognitoUrl: string;
    /** The seeded pool, client and users (seed-users.ts), shared by every test file. */
    portalUsersFile: string;
  }
}

/**
 * One real DynamoDB Local, one SES emulator and one cognito-local for the run.
 * Each test file gets its own table; all share one seeded user pool, which
 * they only read (signing in changes nothing that another file relies on).
 */
export default async function setup(project: TestProject) {
  const cognitoDir = mkdtempSync(join(tmpdir(), 'cognito-test-'));
  const [dynamo, ses, cognito] = await Promise.all([
    startDynamoDbLocal({ port: await freePort() }),
    startSesEmulator({ port: await freePort() }),
    startCognitoLocal({ port: await freePort(), dataDir: cognitoDir }),
  ]);
  const portalUsersFile = join(cognitoDir, 'portal-users.json');
  await seedPortalUsers({ endpoint: cognito.url, usersFile: portalUsersFile, regionsFile: resolve(import.meta.dirname, '../../config/regions.json') });
  project.provide('dynamoUrl', dynamo.url);
  project.provide('sesUrl', ses.url);
  project.provide('cognitoUrl', cognito.url);
  project.provide('portalUsersFile', portalUsersFile);
  return async () => {
    await Promise.all([dynamo.stop(), ses.stop(), cognito.stop()]);
    rmSync(cognitoDir, { recursive: true, force: true });
  };
}
