import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegionConfigFile } from '#adapters/region-config-file';
import { assertPortFree, freePort } from '#infra/local/ports';

describe('start-up checks', () => {
  it('stops on a broken region file, naming the file, the path inside it and the problem', async () => {
    const config = JSON.parse(readFileSync('config/regions.json', 'utf8'));
    config.regions[0].casusoverleggen[1].coordinator = 'swv-onbekend';
    const file = join(mkdtempSync(join(tmpdir(), 'regions-')), 'regions.json');
    writeFileSync(file, JSON.stringify(config));
    const error = await loadRegionConfigFile(file).catch((thrown: Error) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('regions[0].casusoverleggen[1].coordinator');
    expect((error as Error).message).toContain('swv-onbekend');
  });

  it('stops on a file that is not JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'regions-')), 'regions.json');
    writeFileSync(file, '{ "regions": [');
    await expect(loadRegionConfigFile(file)).rejects.toThrow(file);
  });

  it('loads the shipped configuration with the four example regions and their ids', async () => {
    const config = await loadRegionConfigFile('config/regions.json');
    const shared = JSON.parse(readFileSync('../shared/regions/example-regions.json', 'utf8'));
    expect(config.regions.map((region) => region.id)).toEqual(shared.regions.map((region: { id: string }) => region.id));
    const ids = (regions: Array<{ parties: Array<{ id: string }>; casusoverleggen: Array<{ id: string }> }>) =>
      regions.flatMap((region) => [...region.parties.map((party) => party.id), ...region.casusoverleggen.map((overleg) => overleg.id)]);
    expect(ids(config.regions)).toEqual(ids(shared.regions));
  });

  it('says which port is in use and how to choose another', async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      await expect(assertPortFree(port, 'web server', 'PORT')).rejects.toThrow(`Port ${port} (web server) is already in use`);
      await expect(assertPortFree(port, 'web server', 'PORT')).rejects.toThrow('PORT=<port> npm start');
    } finally {
      blocker.close();
    }
  });
});
