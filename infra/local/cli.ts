/**
 * Shared by the command-line tools that work against a running `npm start`
 * (the sweep, the year seed): where the local system is, and a plain message
 * when it is not running.
 */
export function useRunningLocalSystem(): void {
  Object.assign(process.env, {
    TABLE_NAME: process.env.TABLE_NAME ?? 'avg-verzoeken',
    MAIL_FROM: process.env.MAIL_FROM ?? 'noreply@avg-verzoeken.example',
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT ?? `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`,
    SES_ENDPOINT: process.env.SES_ENDPOINT ?? `http://127.0.0.1:${process.env.SES_PORT ?? 8005}`,
    S3_ENDPOINT: process.env.S3_ENDPOINT ?? `http://127.0.0.1:${process.env.S3_PORT ?? 4569}`,
    DOCUMENTS_BUCKET: process.env.DOCUMENTS_BUCKET ?? 'avg-documenten',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    // DynamoDB Local has no TTL: the sweep deletes what TTL would.
    EMULATE_TTL: 'true',
  });
}

export function failAndExplain(error: unknown, what: string): never {
  const name = (error as Error).name;
  if (name === 'ResourceNotFoundException' || (error as { code?: string }).code === 'ECONNREFUSED' || name === 'TimeoutError') {
    console.error('Het lokale systeem draait niet of heeft nog geen tabel. Start het eerst met: npm start');
  } else {
    console.error(`${what} failed: ${name}: ${(error as Error).message}`);
  }
  process.exit(1);
}
