import { expect } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { CustomerTimeline } from '../../src/contract/admin';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import type { TestClient, TestDatabase } from './setup';

/** Money in Norwegian kroner, in øre. */
export const nok = (amount: number) => ({ amount, currency: 'NOK' });

/** An outgoing webhook event as the outbox keeps it. */
export interface OutboxEvent {
  type: string;
  customerId: string;
  data: unknown;
}

/**
 * One creditor (Fjordlys's settings) with customers made on demand, and the views a test checks
 * afterwards: the account, the timeline, the outbox. Each call of `seedCustomer` makes a customer of
 * its own with the CONTRACT's invoice (1,490 kr and a 37.50 kr reminder fee), so tests do not meet.
 */
export class CreditorScenario {
  readonly #database: { readonly current: TestDatabase };
  readonly #numberBase: number;
  #seeded = 0;
  /** Set by `open()`; the client every helper uses unless given another. */
  client!: TestClient;

  constructor(
    database: { readonly current: TestDatabase },
    readonly creditorId: string,
    readonly makeClient: () => TestClient,
    /** Where this suite's invoice numbers start, so two suites' numbers never look alike. */
    numberBase = 1000,
  ) {
    this.#database = database;
    this.#numberBase = numberBase;
  }

  /** Make the client and store the creditor's settings (call in `beforeAll`). */
  async open(): Promise<void> {
    this.client = this.makeClient();
    expect((await this.client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS)).status).toBe(200);
  }

  async seedCustomer(
    on: TestClient = this.client,
    invoice: Partial<typeof INVOICE_0042> = {},
  ): Promise<{ customerId: string; invoiceId: string }> {
    this.#seeded += 1;
    const customerId = `cust-${this.#seeded}`;
    const invoiceId = `inv-${this.#seeded}`;
    expect((await on.admin('PUT', `/v1/admin/customers/${customerId}`, KARI)).status).toBe(200);
    const stored = await on.admin('PUT', `/v1/admin/invoices/${invoiceId}`, {
      ...INVOICE_0042,
      number: `2025-${this.#numberBase + this.#seeded}`,
      customerId,
      ...invoice,
    });
    expect(stored.status).toBe(200);
    return { customerId, invoiceId };
  }

  async account(customerId: string, on: TestClient = this.client): Promise<AccountSummary> {
    const response = await on.customer(customerId, 'GET', '/v1/account');
    expect(response.status).toBe(200);
    return AccountSummary.parse(await response.json());
  }

  async timeline(customerId: string) {
    const response = await this.client.admin('GET', `/v1/admin/customers/${customerId}/timeline`);
    return CustomerTimeline.parse(await response.json()).entries;
  }

  /** The customer's outgoing webhook events, oldest first. */
  async outbox(customerId: string): Promise<OutboxEvent[]> {
    const rows = await this.#database.current.db
      .selectFrom('outbox')
      .select('payload_json')
      .where('creditor_id', '=', this.creditorId)
      .orderBy('id')
      .execute();
    return rows
      .map((row) => JSON.parse(row.payload_json) as OutboxEvent)
      .filter((event) => event.customerId === customerId);
  }
}
