import type { AnalyticsEvent, AnalyticsEventType } from '../../contract/events';
import type { AppDeps } from '../context';
import { newId } from '../ids';
import type { OperationRouter } from '../operations';
import { problems } from '../problem';
import { loadCustomerState } from '../state';
import { requireCustomer } from '../store/customers';
import { recordTimeline, type WriteContext } from '../timeline';
import { accountSummary, invoiceDetail } from '../views';

const TIMELINE_TYPE: Record<AnalyticsEventType, string> = {
  impression: 'notice.shown',
  open: 'notice.opened',
  action: 'notice.action',
  dismiss: 'notice.dismissed',
  snooze: 'notice.snoozed',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The event's own time, unless the browser's clock is far off: then when we received it. */
function eventInstant(event: AnalyticsEvent, received: Date): Date {
  const at = new Date(event.at);
  const skew = at.getTime() - received.getTime();
  return skew > DAY_MS || skew < -30 * DAY_MS ? received : at;
}

async function recordAnalytics(
  tx: WriteContext,
  customerId: string,
  events: AnalyticsEvent[],
): Promise<number> {
  const mentioned = [...new Set(events.flatMap((event) => event.invoiceIds ?? []))];
  // Only the customer's own invoice ids are kept: the browser may say anything.
  const own =
    mentioned.length === 0
      ? new Set<string>()
      : new Set(
          (
            await tx.trx
              .selectFrom('invoices')
              .select('id')
              .where('creditor_id', '=', tx.creditorId)
              .where('customer_id', '=', customerId)
              .where('id', 'in', mentioned)
              .execute()
          ).map((row) => row.id),
        );
  const received = tx.now.toISOString();
  const shownToday = new Set<string>();
  for (const event of events) {
    const at = eventInstant(event, tx.now);
    const invoiceIds = (event.invoiceIds ?? []).filter((id) => own.has(id));
    let onTimeline = true;
    if (event.type === 'impression') {
      // A notice shows on every page view; the timeline wants the first showing per element a day.
      const day = at.toISOString().slice(0, 10);
      const key = `${event.element}|${day}`;
      const earlier = shownToday.has(key)
        ? true
        : (await tx.trx
            .selectFrom('analytics_events')
            .select('id')
            .where('creditor_id', '=', tx.creditorId)
            .where('customer_id', '=', customerId)
            .where('type', '=', 'impression')
            .where('element', '=', event.element)
            .where('at', '>=', `${day}T00:00:00.000Z`)
            .where('at', '<=', `${day}T23:59:59.999Z`)
            .executeTakeFirst()) !== undefined;
      shownToday.add(key);
      onTimeline = !earlier;
    }
    await tx.trx
      .insertInto('analytics_events')
      .values({
        creditor_id: tx.creditorId,
        id: newId('ae'),
        customer_id: customerId,
        type: event.type,
        element: event.element,
        at: at.toISOString(),
        invoice_ids_json: JSON.stringify(invoiceIds),
        received_at: received,
      })
      .execute();
    if (onTimeline) {
      await recordTimeline(tx, customerId, TIMELINE_TYPE[event.type], {
        actor: 'customer',
        at,
        ...(invoiceIds.length > 0 ? { invoiceIds } : {}),
        data: { element: event.element, ...(event.action ? { action: event.action } : {}) },
      });
    }
  }
  return events.length;
}

/** What the customer's browser calls with a customer token; everything scoped to the token's `sub`. */
export function registerCustomerRoutes(router: OperationRouter, deps: AppDeps): void {
  const stateOf = (customerId: string, invoiceId?: string) =>
    loadCustomerState(deps.db, {
      creditorId: deps.creditorId,
      customerId,
      now: deps.clock(),
      cardPayments: deps.config.stripe !== undefined,
      ...(invoiceId === undefined ? {} : { invoiceId }),
    });

  router.read('getAccount', async ({ customerId }) => {
    const state = await stateOf(customerId);
    return accountSummary(state.invoices, state.attachments, state.context);
  });

  router.read('getInvoice', async ({ customerId, params }) => {
    const state = await stateOf(customerId, params.id);
    const invoice = state.invoices[0];
    // Another customer's invoice is simply not found: its existence is not revealed.
    if (!invoice) throw problems.notFound(`There is no invoice ${params.id}`);
    return invoiceDetail(invoice, state.context);
  });

  router.write('recordEvents', async ({ customerId, body }, tx) => {
    await requireCustomer(tx.trx, tx.creditorId, customerId);
    return { accepted: await recordAnalytics(tx, customerId, body.events) };
  });
}
