import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RunningService } from './emulators';
import { stopChild } from './emulators';
import { waitFor } from './ports';

const require = createRequire(import.meta.url);

/**
 * cognito-local: the local stand-in for the Cognito user pool. It speaks the
 * same API (InitiateAuth, RespondToAuthChallenge, software tokens, groups) and
 * signs RS256 ID tokens that it publishes at `/<poolId>/.well-known/jwks.json`,
 * so the portal verifies them with the same code as in AWS.
 *
 * It keeps its database in `./.cognito` of its working directory, so `dataDir`
 * is that working directory. It names itself in the token issuer as
 * `http://<HOST>:<PORT>`, hence HOST=127.0.0.1 and the URL below must agree.
 */
export async function startCognitoLocal(options: { port: number; dataDir: string }): Promise<RunningService> {
  mkdirSync(options.dataDir, { recursive: true });
  const cli = require.resolve('cognito-local/lib/bin/start.js');
  const child = spawn(process.execPath, [cli], {
    cwd: options.dataDir,
    env: { ...process.env, PORT: String(options.port), HOST: '127.0.0.1', DEBUG: '' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${options.port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(async () => {
    if (exited) throw new Error('cognito-local exited during start-up');
    return (await fetch(`${url}/health`)).ok;
  }, 'cognito-local');
  return { url, stop: () => stopChild(child) };
}
