import * as z from 'zod/mini';
import { CustomerAction, ElementName, InvoiceIds, Timestamp } from './primitives';

/** What happened to a widget: shown, opened, acted on, dismissed or snoozed. */
export const AnalyticsEventType = z.enum(['impression', 'open', 'action', 'dismiss', 'snooze']);
export type AnalyticsEventType = z.infer<typeof AnalyticsEventType>;

/** One widget event; `action` is given exactly when `type` is `action`. No personal data. */
export const AnalyticsEvent = z
  .strictObject({
    type: AnalyticsEventType,
    element: ElementName,
    at: Timestamp,
    invoiceIds: z.optional(InvoiceIds),
    action: z.optional(CustomerAction),
  })
  .check(
    z.superRefine((event, ctx) => {
      if (event.type === 'action' && event.action === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'Say which action was taken',
          path: ['action'],
          input: undefined,
        });
      }
      if (event.type !== 'action' && event.action !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'Only events of type "action" carry an action',
          path: ['action'],
          input: event.action,
        });
      }
    }),
  );
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>;

/** `POST /v1/events` body: 1–100 widget events. */
export const AnalyticsEventsRequest = z.strictObject({
  events: z.array(AnalyticsEvent).check(z.minLength(1), z.maxLength(100)),
});
export type AnalyticsEventsRequest = z.infer<typeof AnalyticsEventsRequest>;

/** `POST /v1/events` answer: how many events were recorded. */
export const AnalyticsEventsAccepted = z.object({ accepted: z.int().check(z.gte(0)) });
export type AnalyticsEventsAccepted = z.infer<typeof AnalyticsEventsAccepted>;
