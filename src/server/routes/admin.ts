import type { AppDeps } from '../context';
import type { OperationRouter } from '../operations';
import { listAbandonedEvents, type RedeliveryRefusal, RedeliveryRefused, redeliverEvents } from '../outbox';
import { problems } from '../problem';
import { accountStageIn, loadCustomerState, noteStageChange } from '../state';
import {
  findCustomer,
  pauseCustomer,
  requireCustomer,
  resumeCustomer,
  upsertCustomer,
} from '../store/customers';
import { insertPayment, upsertInvoice } from '../store/invoices';
import { computeMetrics } from '../store/metrics';
import { requireSettings, upsertSettings } from '../store/settings';
import { readTimeline, recordTimeline, type WriteContext } from '../timeline';
import { adminCustomer, adminInvoice, stageOfAccount } from '../views';

const REFUSAL_MESSAGES: Record<RedeliveryRefusal['reason'], string> = {
  unknown: 'There is no such event',
  delivered: 'This event was delivered: there is nothing to send again',
  pending: 'This event has not been abandoned: it is still being retried',
};

async function adminCustomerView(tx: WriteContext, customerId: string) {
  const state = await loadCustomerState(tx.trx, {
    creditorId: tx.creditorId,
    customerId,
    now: tx.now,
    cardPayments: false,
  });
  return adminCustomer(state.customer, stageOfAccount(state.invoices), state.context.pause);
}

async function adminInvoiceView(tx: WriteContext, customerId: string, invoiceId: string) {
  const state = await loadCustomerState(tx.trx, {
    creditorId: tx.creditorId,
    customerId,
    now: tx.now,
    cardPayments: false,
    invoiceId,
  });
  const invoice = state.invoices[0];
  if (!invoice) throw problems.notFound(`There is no invoice ${invoiceId}`);
  return adminInvoice(invoice);
}

/** The creditor's back office: settings, customers, invoices, pauses, timeline, metrics, webhook redelivery. */
export function registerAdminRoutes(router: OperationRouter, deps: AppDeps): void {
  router.write('upsertSettings', async ({ body }, tx) => upsertSettings(tx, body));

  router.write('upsertCustomer', async ({ params, body }, tx) => {
    await requireSettings(tx.trx, tx.creditorId);
    await upsertCustomer(tx, params.id, body);
    return adminCustomerView(tx, params.id);
  });

  router.write('upsertInvoice', async ({ params, body }, tx) => {
    await requireSettings(tx.trx, tx.creditorId);
    const existingCustomer = await findCustomer(tx.trx, tx.creditorId, body.customerId);
    const before = existingCustomer ? await accountStageIn(tx, body.customerId) : undefined;
    const { changed } = await upsertInvoice(tx, params.id, body);
    if (changed && before) await noteStageChange(tx, body.customerId, before, [params.id]);
    return adminInvoiceView(tx, body.customerId, params.id);
  });

  router.write('recordPayment', async ({ params, body }, tx) => {
    const invoice = await tx.trx
      .selectFrom('invoices')
      .select(['customer_id', 'currency', 'number'])
      .where('creditor_id', '=', tx.creditorId)
      .where('id', '=', params.id)
      .executeTakeFirst();
    if (!invoice) throw problems.notFound(`There is no invoice ${params.id}`);
    if (body.amount.currency !== invoice.currency) {
      throw problems.unprocessable(`Record the payment in the invoice currency ${invoice.currency}`, [
        { path: 'amount.currency', message: `Use ${invoice.currency}` },
      ]);
    }
    const before = await accountStageIn(tx, invoice.customer_id);
    await insertPayment(tx, {
      customerId: invoice.customer_id,
      invoiceId: params.id,
      source: 'admin',
      payment: body,
    });
    await recordTimeline(tx, invoice.customer_id, 'payment.received', {
      actor: 'creditor',
      at: new Date(`${body.receivedOn}T00:00:00.000Z`),
      invoiceIds: [params.id],
      summary: `Payment received for invoice ${invoice.number}`,
      data: { amount: body.amount, method: body.method ?? 'bank_transfer' },
    });
    await noteStageChange(tx, invoice.customer_id, before, [params.id]);
    return adminInvoiceView(tx, invoice.customer_id, params.id);
  });

  router.write('pauseCustomer', async ({ params, body }, tx) => {
    await requireCustomer(tx.trx, tx.creditorId, params.id);
    const before = await accountStageIn(tx, params.id);
    if (await pauseCustomer(tx, params.id, body ?? {})) await noteStageChange(tx, params.id, before);
    return adminCustomerView(tx, params.id);
  });

  router.write('resumeCustomer', async ({ params, body }, tx) => {
    await requireCustomer(tx.trx, tx.creditorId, params.id);
    const before = await accountStageIn(tx, params.id);
    if (await resumeCustomer(tx, params.id, body ?? {})) await noteStageChange(tx, params.id, before);
    return adminCustomerView(tx, params.id);
  });

  router.read('getCustomerTimeline', async ({ params }) => {
    await requireCustomer(deps.db, deps.creditorId, params.id);
    return { customerId: params.id, entries: await readTimeline(deps.db, deps.creditorId, params.id) };
  });

  router.read('getMetrics', async ({ query }) => {
    const creditor = await requireSettings(deps.db, deps.creditorId);
    return computeMetrics(deps.db, deps.creditorId, creditor.settings.currency, query);
  });

  router.read('listAbandonedWebhooks', async () => listAbandonedEvents(deps.db, deps.creditorId));

  // Whole or nothing: one refused id refuses the request (422 naming each), and the transaction
  // rolls back, so a creditor never has to work out which half of a list went out.
  router.write('redeliverWebhooks', async ({ body }, tx) => {
    try {
      return { redelivered: (await redeliverEvents(tx, body.eventIds)).length };
    } catch (error) {
      if (!(error instanceof RedeliveryRefused)) throw error;
      throw problems.unprocessable(
        `Only abandoned events can be redelivered; nothing was changed. Refused: ${error.refusals
          .map((refusal) => refusal.eventId)
          .join(', ')}`,
        error.refusals.map((refusal) => ({
          path: `eventIds.${refusal.index}`,
          message: `${REFUSAL_MESSAGES[refusal.reason]} (${refusal.eventId})`,
        })),
      );
    }
  });
}
