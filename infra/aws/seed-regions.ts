/**
 * npm run regions:seed -- --table <TableName>: writes each region of
 * config/regions.json that the table does not have yet as its version 1,
 * with the operator's own AWS credentials (AWS_REGION, AWS_PROFILE), without
 * a deploy. What the seed-configuration custom resource does at deploy,
 * for a region added to the seed file between deploys. A region already in
 * the table is left as its beheerder made it.
 */
import { parseArgs } from 'node:util';
import { createDocumentClient } from '#adapters/dynamo-client';
import { loadRegionConfigFile } from '#adapters/region-config-file';
import { regionStore, seedRegions } from '#adapters/region-store';

const { values } = parseArgs({ options: { table: { type: 'string' }, file: { type: 'string', default: 'config/regions.json' } } });
if (!values.table) {
  console.error('Gebruik: npm run regions:seed -- --table <TableName> [--file config/regions.json]');
  process.exit(2);
}
const config = await loadRegionConfigFile(values.file);
const db = createDocumentClient({ AWS_REGION: process.env.AWS_REGION ?? 'eu-west-1', DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT });
const added = await seedRegions(regionStore({ db, name: values.table }), config, new Date().toISOString());
console.log(added.length > 0 ? `Toegevoegd: ${added.join(', ')}` : 'Geen nieuwe regio: de tabel heeft ze alle.');
db.destroy();
