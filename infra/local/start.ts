import { resolve } from 'node:path';
import { LOCAL_BUCKET } from './s3';
import { ROOT, startLocalSystem } from './system';

/** `npm start`: the whole system on this machine, until Ctrl-C. */
const port = Number(process.env.PORT ?? 3000);
const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 8000);
const sesPort = Number(process.env.SES_PORT ?? 8005);
const cognitoPort = Number(process.env.COGNITO_PORT ?? 9229);
const s3Port = Number(process.env.S3_PORT ?? 4569);

try {
  const system = await startLocalSystem({
    port,
    dynamoPort,
    sesPort,
    cognitoPort,
    s3Port,
    s3DataDir: resolve(ROOT, '.local-data/s3'),
    tableName: process.env.TABLE_NAME ?? 'avg-verzoeken',
    dataDir: resolve(ROOT, '.local-data/dynamodb'),
    sweepDaily: true,
    cognitoDataDir: resolve(ROOT, '.local-data/cognito'),
    portalUsersFile: resolve(ROOT, '.local-data/portal-users.json'),
  });
  const example = system.portalUsers.users[0];
  console.log(`
AVG-verzoeken draait lokaal.

  Formulier (voor ouders en jongeren):  ${system.baseUrl}/verzoek
  Het formulier in het Engels:          ${system.baseUrl}/en/verzoek
  JSON API:                             POST ${system.baseUrl}/api/verzoeken
  Portaal (inloggen):                   ${system.baseUrl}/portaal/inloggen
  Beheer van een regio:                 ${system.baseUrl}/portaal/beheer
  Formulier van één regio:              ${system.baseUrl}/verzoek?regio=goeree-overflakkee
  Mailbox (SES-emulator):               ${system.sesUrl}
  DynamoDB Local:                       ${system.dynamoUrl}
  cognito-local (inloggen portaal):     ${system.cognitoUrl}
  S3-server (bestanden, bucket ${LOCAL_BUCKET}): ${system.s3Url}

Portaalgebruikers: <partij-id>.contact@portaal.example en <partij-id>.fg@portaal.example,
bijvoorbeeld ${example?.email ?? '-'}; beheerders: <regio-id>.beheer@portaal.example,
bijvoorbeeld goeree-overflakkee.beheer@portaal.example. Wachtwoord: ${system.portalUsers.password}
Code voor de tweede stap:             npm run totp -- <e-mailadres>

Dagelijkse ronde (herinneringen):     elke dag om 07:00; als een andere dag: npm run sweep -- --today JJJJ-MM-DD

Stoppen: Ctrl-C
`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await system.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(`\nCould not start: ${(error as Error).message}\n`);
  process.exit(1);
}
