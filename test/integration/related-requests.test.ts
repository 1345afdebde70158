import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTableInput, ensureTable } from '../../infra/local/table';
import { signIn } from '#test-support/portal-session';
import { routedRequest, startTestApp, type TestApp } from '#test-support/local-app';

let app: TestApp;
const sessions: Record<string, { cookie: string; csrf: string }> = {};
const emails = { swv: 'swv-go.contact@portaal.example', rgo: 'rgo.contact@portaal.example', kindwijs: 'kindwijs.contact@portaal.example' };

beforeAll(async () => {
  app = await startTestApp();
  for (const [who, email] of Object.entries(emails)) sessions[who] = await signIn(app, email);
}, 120_000);
afterAll(async () => app?.stop());

const casePage = async (who: keyof typeof emails, reference: string) =>
  (await fetch(`${app.baseUrl}/portaal/verzoeken/${reference}`, { headers: { cookie: sessions[who]!.cookie } })).text();
const linksTo = (page: string, reference: string) => page.includes(`href="/portaal/verzoeken/${reference}"`);

describe('related requests: two parents, one child', () => {
  it('links two requests about the same child in the same overleg, both ways, each with its own deadline and requester, and only for parties routed both', async () => {
    // A name of this test's own, so no other request in the table shares the child.
    const surname = `Vries ${randomUUID().slice(0, 6)}`;
    const mother = await routedRequest(app, { child: { name: `Sem de ${surname}`, dateOfBirth: '2013-05-17' }, variablePartyId: 'rgo' });
    // The other parent spells the name differently and asks through another school board of the same overleg.
    const father = await routedRequest(app, {
      child: { name: ` sem  DE ${surname.replace('Vries', 'Vriés')}`, dateOfBirth: '2013-05-17' },
      variablePartyId: 'kindwijs',
      requester: { role: 'ouder', name: 'Peter de Vries', email: `vader-${randomUUID().slice(0, 8)}@voorbeeld.nl` },
    });
    // The same name with another date of birth is another child.
    const other = await routedRequest(app, { child: { name: `Sem de ${surname}`, dateOfBirth: '2014-05-17' } });

    const forMother = await casePage('swv', mother.reference);
    const forFather = await casePage('swv', father.reference);
    expect(forMother).toContain('Gerelateerd verzoek');
    expect(linksTo(forMother, father.reference)).toBe(true);
    expect(linksTo(forFather, mother.reference)).toBe(true);
    expect(linksTo(forMother, other.reference)).toBe(false);
    expect(linksTo(await casePage('swv', other.reference), mother.reference)).toBe(false);
    // Never merged: each keeps its own requester.
    expect(forMother).toContain('Marieke de Vries');
    expect(forMother).not.toContain('Peter de Vries');
    expect(forFather).toContain('Peter de Vries');

    // RGO was routed the mother's request only: it does not learn of the father's.
    const forRgo = await casePage('rgo', mother.reference);
    expect(forRgo).toContain(mother.reference);
    expect(forRgo).not.toContain(father.reference);
    expect(forRgo).not.toContain('Gerelateerd verzoek');
    expect(await casePage('kindwijs', father.reference)).not.toContain(mother.reference);

    // The index key names the child only as a hash.
    const indexKeys = (await app.items()).flatMap((item) => (typeof item.GSI5PK === 'string' ? [item.GSI5PK] : []));
    expect(indexKeys.length).toBeGreaterThan(0);
    expect(indexKeys.every((key) => /^CHILD#[0-9a-f]{64}$/.test(key))).toBe(true);
  });
});

describe('a local table made before an index was added', () => {
  it('gets the missing index when npm start finds the table again', async () => {
    const db = new DynamoDBClient({ endpoint: app.system.dynamoUrl, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const tableName = `old-${randomUUID()}`;
    const input = createTableInput(tableName);
    await db.send(
      new CreateTableCommand({
        ...input,
        AttributeDefinitions: input.AttributeDefinitions!.filter((attribute) => !attribute.AttributeName!.startsWith('GSI5')),
        GlobalSecondaryIndexes: input.GlobalSecondaryIndexes!.filter((index) => index.IndexName !== 'GSI5'),
      }),
    );
    try {
      expect(await ensureTable(db, tableName)).toBe('existed');
      const { Table } = await db.send(new DescribeTableCommand({ TableName: tableName }));
      expect((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort()).toEqual(['GSI1', 'GSI2', 'GSI3', 'GSI4', 'GSI5']);
    } finally {
      await db.send(new DeleteTableCommand({ TableName: tableName }));
      db.destroy();
    }
  });
});
