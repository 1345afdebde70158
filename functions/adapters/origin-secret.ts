/**
 * The values CloudFront's origin header may carry: the origin secret's
 * current value and, during a rotation, the previous one (docs/operations.md).
 *
 * In AWS the secret is read through the AWS Parameters and Secrets Lambda
 * Extension, a layer that answers on localhost and caches, so the value is
 * never in an environment variable and the functions carry no Secrets Manager
 * client. The stack sets ORIGIN_VERIFY_SECRET_ARN on the route functions only;
 * locally it is unset, as there is no edge to go around.
 */
const CACHE_MS = 5 * 60_000;
const EXTENSION_TIMEOUT_MS = 2_000;

let cached: { secretId: string; values: string[]; until: number } | undefined;

/** Reading the secret failed: the request is answered 503 (nothing was done), never let through. */
export class OriginSecretUnavailableError extends Error {
  override name = 'ServiceUnavailable';
}

export async function acceptedOriginSecrets(env: NodeJS.ProcessEnv = process.env, now: number = Date.now()): Promise<string[] | undefined> {
  const secretId = env.ORIGIN_VERIFY_SECRET_ARN;
  if (!secretId) return undefined;
  if (cached?.secretId === secretId && cached.until > now) return cached.values;
  const values = await readFromExtension(secretId, env);
  cached = { secretId, values, until: now + CACHE_MS };
  return values;
}

async function readFromExtension(secretId: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  let secretString: unknown;
  try {
    const response = await fetch(`http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`, {
      // The extension only answers a caller that shows the function's own session token.
      headers: { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' },
      signal: AbortSignal.timeout(EXTENSION_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`extension answered ${response.status}`);
    secretString = ((await response.json()) as { SecretString?: unknown }).SecretString;
  } catch (error) {
    // No cause attached: a timeout here says nothing about whether a write happened (none was tried).
    throw new OriginSecretUnavailableError(`origin secret not readable: ${(error as Error).name}`);
  }
  const parsed = typeof secretString === 'string' ? (JSON.parse(secretString) as { current?: unknown; previous?: unknown }) : {};
  const values = [parsed.current, parsed.previous].filter((value): value is string => typeof value === 'string' && value.length >= 32);
  if (values.length === 0) throw new OriginSecretUnavailableError('origin secret has no current value');
  return values;
}

/** For tests: forget the cached value. */
export function forgetOriginSecrets(): void {
  cached = undefined;
}
