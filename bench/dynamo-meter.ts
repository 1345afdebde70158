/**
 * A metering proxy in front of DynamoDB Local. Every call the system makes
 * goes through it; it adds `ReturnConsumedCapacity: INDEXES` to each call
 * that supports it and sums what DynamoDB Local reports (table and indexes),
 * per operation. Responses are passed through unchanged. DynamoDB Local does
 * not check request signatures, so changing the body is harmless.
 *
 * Used by bench/cost.ts only: the hop costs time, so the throughput benchmark
 * talks to DynamoDB Local directly.
 */
import { createServer, type IncomingMessage, request as httpRequest, type Server } from 'node:http';
import { freePort } from '#infra/local/ports';

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
  TableName?: string;
  Table?: { CapacityUnits?: number };
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

export interface Meter {
  readUnits: number;
  writeUnits: number;
  /** Of the write units, those spent on global secondary indexes. */
  indexWriteUnits: number;
  calls: Record<string, number>;
  /** Calls whose answer carried no ConsumedCapacity (would be undercounted). */
  unreported: number;
}

const emptyMeter = (): Meter => ({ readUnits: 0, writeUnits: 0, indexWriteUnits: 0, calls: {}, unreported: 0 });

export interface MeteringProxy {
  url: string;
  /** What was counted since the last take(), and start counting afresh. */
  take(): Meter;
  stop(): Promise<void>;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export async function startMeteringProxy(upstreamUrl: string): Promise<MeteringProxy> {
  const upstream = new URL(upstreamUrl);
  let meter = emptyMeter();

  const count = (operation: string, body: Buffer) => {
    meter.calls[operation] = (meter.calls[operation] ?? 0) + 1;
    if (!READS.has(operation) && !WRITES.has(operation)) return;
    let consumed: Capacity | Capacity[] | undefined;
    try {
      consumed = (JSON.parse(body.toString('utf8')) as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
    } catch {
      return;
    }
    if (!consumed) {
      // Failed calls (a condition that did not hold) still cost in AWS; DynamoDB Local does not say how much.
      meter.unreported++;
      return;
    }
    for (const entry of Array.isArray(consumed) ? consumed : [consumed]) {
      const total = entry.CapacityUnits ?? (entry.ReadCapacityUnits ?? 0) + (entry.WriteCapacityUnits ?? 0);
      const indexes = Object.values(entry.GlobalSecondaryIndexes ?? {}).reduce((sum, index) => sum + (index.CapacityUnits ?? 0), 0);
      if (READS.has(operation)) meter.readUnits += total;
      else {
        meter.writeUnits += total;
        meter.indexWriteUnits += indexes;
      }
    }
  };

  const server: Server = createServer(async (req, res) => {
    try {
      let body = await readAll(req);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? 'unknown';
      if (READS.has(operation) || WRITES.has(operation)) {
        const input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        input.ReturnConsumedCapacity = 'INDEXES';
        body = Buffer.from(JSON.stringify(input));
      }
      const headers = { ...req.headers, host: upstream.host, 'content-length': String(body.length) };
      const forward = httpRequest({ hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers }, async (answer) => {
        const answerBody = await readAll(answer);
        count(operation, answerBody);
        res.writeHead(answer.statusCode ?? 500, answer.headers);
        res.end(answerBody);
      });
      forward.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      forward.end(body);
    } catch {
      res.writeHead(500);
      res.end();
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    take() {
      const taken = meter;
      meter = emptyMeter();
      return taken;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
