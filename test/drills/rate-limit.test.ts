/**
 * Drill 5: one customer token fires a burst far above AMICABLE_RATE_LIMIT (reads and idempotent
 * writes at once), and so does a caller without a token from the same address, while other
 * customers go about their business. The burst gets exactly the limit and then clean 429s that
 * write nothing; everyone else is served.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db';
import { type Answer, DrillClient, type DrillRequest } from './support/client';
import { ADMIN, addDaysToToday, type DrillCustomer, invoiceBody, seedCustomers } from './support/load';
import { cleanUpAll, onCleanUp, startServerProcess, tempDir } from './support/server';

const LIMIT = 20;
const BURST_READS = 60;
const BURST_WRITES = 15;
const OTHERS = 10;

describe('drill: a burst from one token', () => {
  afterAll(cleanUpAll);

  it('holds the limit for that token and keeps serving everyone else', async () => {
    const directory = tempDir('rate');
    const databaseUrl = `sqlite:${join(directory, 'amicable.db')}`;
    const server = await startServerProcess({
      DATABASE_URL: databaseUrl,
      AMICABLE_BLOB_DIR: join(directory, 'blobs'),
      AMICABLE_RATE_LIMIT: String(LIMIT),
    });
    const client = new DrillClient(server.url);
    const [bursting, ...others] = (await seedCustomers(client, OTHERS + 1)) as [
      DrillCustomer,
      ...DrillCustomer[],
    ];
    // The back office is not limited: it sets up an invoice for every write of the drill.
    const invoiceOf = new Map<string, string[]>();
    for (const [index, customer] of [bursting, ...others].entries()) {
      const count = customer === bursting ? BURST_WRITES : 1;
      const ids: string[] = [];
      for (let n = 0; n < count; n += 1) {
        const id = `inv-rate-${index}-${n}`;
        const answer = await client.once({
          method: 'PUT',
          path: `/v1/admin/invoices/${id}`,
          authorization: ADMIN,
          json: invoiceBody(customer.id, `R-${index}-${n}`),
        });
        expect(answer.status).toBe(200);
        ids.push(id);
      }
      invoiceOf.set(customer.id, ids);
    }

    const promise = (customer: DrillCustomer, invoiceId: string): DrillRequest => ({
      method: 'POST',
      path: '/v1/promises',
      authorization: customer.authorization,
      json: { invoiceIds: [invoiceId], date: addDaysToToday(5) },
      idempotencyKey: randomUUID(),
    });
    // Two waves from the bursting token: the first (below the limit) must all be served, writes
    // included; the second overshoots the limit, so some of its writes are refused.
    const read = () =>
      client.once({ method: 'GET', path: '/v1/account', authorization: bursting.authorization });
    const burstInvoices = invoiceOf.get(bursting.id) ?? [];
    const firstWave = Promise.all([
      ...Array.from({ length: 10 }, read),
      ...burstInvoices.slice(0, 5).map((invoiceId) => client.once(promise(bursting, invoiceId))),
    ]);
    // Meanwhile a caller without a token, from the same address, and everyone else: a few reads
    // and a promise each, one after another.
    const anonymous = Array.from({ length: BURST_READS }, () =>
      client.once({ method: 'GET', path: '/v1/account' }),
    );
    const everyoneElse = others.map(async (customer) => {
      const answers: Answer[] = [];
      for (let n = 0; n < 4; n += 1) {
        answers.push(
          await client.once({ method: 'GET', path: '/v1/account', authorization: customer.authorization }),
        );
      }
      answers.push(await client.once(promise(customer, invoiceOf.get(customer.id)?.[0] ?? '')));
      return answers;
    });
    const firstWaveAnswers = await firstWave;
    const secondWaveWrites = burstInvoices
      .slice(5)
      .map((invoiceId) => client.once(promise(bursting, invoiceId)));
    const secondWaveReads = Array.from({ length: BURST_READS - 10 }, read);
    const secondWriteAnswers = await Promise.all(secondWaveWrites);
    const burstAnswers = [
      ...firstWaveAnswers,
      ...(await Promise.all(secondWaveReads)),
      ...secondWriteAnswers,
    ];
    const anonymousAnswers = await Promise.all(anonymous);
    const otherAnswers = (await Promise.all(everyoneElse)).flat();
    // After the burst the token is still held back, and the others still are not.
    const after = await client.once({
      method: 'GET',
      path: '/v1/account',
      authorization: bursting.authorization,
    });
    const otherAfter = await client.once({
      method: 'GET',
      path: '/v1/account',
      authorization: others[0]?.authorization ?? '',
    });

    const statuses = (answers: Answer[]) => {
      const counts: Record<string, number> = {};
      for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
      return counts;
    };
    console.info(
      `[drill rate limit] limit ${LIMIT}/min; burst`,
      statuses(burstAnswers),
      'anonymous',
      statuses(anonymousAnswers),
      'others',
      statuses(otherAnswers),
    );

    expect(client.tally.violations.length, client.tally.violations.slice(0, 5).join('\n')).toBe(0);
    // The bursting token got exactly its limit; the rest were refused cleanly.
    const served = burstAnswers.filter((answer) => answer.status < 300);
    const refused = burstAnswers.filter((answer) => answer.status >= 300);
    expect(served.length).toBe(LIMIT);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect((answer.body as { code?: string }).code).toBe('rate_limited');
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    expect(firstWaveAnswers.map((answer) => answer.status)).toEqual([
      ...Array(10).fill(200),
      ...Array(5).fill(201),
    ]);
    expect(served[0]?.headers.get('ratelimit-policy')).toContain(String(LIMIT));
    expect(after.status).toBe(429);
    // The anonymous caller is limited by its address, which does not hold back the customers.
    expect(anonymousAnswers.filter((answer) => answer.status === 401)).toHaveLength(LIMIT);
    expect(anonymousAnswers.filter((answer) => answer.status === 429)).toHaveLength(BURST_READS - LIMIT);
    // Everyone else was served throughout.
    expect(otherAnswers.map((answer) => answer.status).filter((status) => status >= 300)).toEqual([]);
    expect(otherAfter.status).toBe(200);

    // A refused write wrote nothing: one promise and one remembered key per 201, no more.
    const promisesMade = burstAnswers.filter(
      (answer) => answer.status === 201 && (answer.body as { invoiceIds?: unknown }).invoiceIds !== undefined,
    ).length;
    const db = openDatabase(databaseUrl);
    onCleanUp(() => db.destroy());
    const rows = await db
      .selectFrom('promises')
      .select('id')
      .where('customer_id', '=', bursting.id)
      .execute();
    const keys = await db
      .selectFrom('idempotency_keys')
      .select('key')
      .where('scope', '=', `customer:${bursting.id}`)
      .execute();
    const writesRefused = secondWriteAnswers.filter((answer) => answer.status === 429).length;
    expect(writesRefused).toBeGreaterThan(0);
    expect(rows).toHaveLength(promisesMade);
    expect(keys).toHaveLength(promisesMade);
    expect(server.errorLines()).toEqual([]);
  });
});
