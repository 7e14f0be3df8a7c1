/**
 * The creditor's webhook receiver, as a drill needs it: it can answer 200, answer 500, or be gone
 * altogether (connections refused), and it remembers every delivery and whether it was signed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, verifyWebhookSignature } from '../../../src/server/webhooks';
import { freePort, onCleanUp } from './server';

export type ReceiverMode = 'up' | 'failing' | 'down';

/** One request the receiver got. */
export interface Delivery {
  eventId: string;
  type: string;
  answered: number;
  signed: boolean;
  /** The body's `id` is the header's. */
  consistent: boolean;
}

export interface Receiver {
  url: string;
  secret: string;
  readonly deliveries: Delivery[];
  /** `up`: 200; `failing`: 500; `down`: not listening (connections are refused). */
  setMode(mode: ReceiverMode): Promise<void>;
  /** How many times each event was accepted (answered 2xx). */
  accepted(): Map<string, number>;
}

export async function startReceiver(secret: string): Promise<Receiver> {
  const port = await freePort();
  const deliveries: Delivery[] = [];
  let mode: ReceiverMode = 'up';
  let server: Server | undefined;

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const payload = Buffer.concat(chunks).toString('utf8');
      const eventId = String(request.headers[EVENT_ID_HEADER.toLowerCase()] ?? '');
      let body: { id?: unknown; type?: unknown } = {};
      try {
        body = JSON.parse(payload) as typeof body;
      } catch {
        // counted as inconsistent below
      }
      const answered = mode === 'up' ? 200 : 500;
      deliveries.push({
        eventId,
        type: String(body.type),
        answered,
        signed: verifyWebhookSignature({
          payload,
          header: request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined,
          secret,
        }),
        consistent: body.id === eventId,
      });
      response.writeHead(answered, { 'Content-Type': 'text/plain' });
      response.end(answered === 200 ? 'ok' : 'receiver failing');
    });
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer(handle);
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        server = listening;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      const closing = server;
      server = undefined;
      if (!closing) return resolve();
      closing.close(() => resolve());
      closing.closeAllConnections();
    });

  await listen();
  onCleanUp(close);
  return {
    url: `http://127.0.0.1:${port}/amicable-events`,
    secret,
    deliveries,
    async setMode(next) {
      if (next === 'down') await close();
      mode = next;
      if (next !== 'down' && !server) await listen();
    },
    accepted() {
      const counts = new Map<string, number>();
      for (const delivery of deliveries) {
        if (delivery.answered < 300) counts.set(delivery.eventId, (counts.get(delivery.eventId) ?? 0) + 1);
      }
      return counts;
    },
  };
}
