/**
 * Widget analytics: impressions, opens, actions, dismissals and snoozes, queued in memory and sent
 * in batches to `POST /v1/events`, where the creditor's `GET /v1/admin/metrics` turns them into the
 * funnel. Events name the element, the invoices and the action, never anything about the person
 * beyond the token's customer.
 *
 * When the page is hidden or unloaded the queue goes out at once with `fetch(…, { keepalive: true })`
 * rather than `navigator.sendBeacon`: a beacon cannot carry the `Authorization` header the API
 * requires, and the alternatives (the token in the URL or body, or a cookie) would put the customer
 * token where logs and other origins can see it. A keepalive request outlives the page like a
 * beacon does, keeps the header, and has the same 64 kB budget, which 100 events stay far below.
 */
import { AnalyticsEventsAccepted, type AnalyticsEvent as ContractAnalyticsEvent } from '../contract/events';
import { type Configuration, getConfiguration, whenConfigured } from './config';

/** An event as an element reports it; the time is added when it is recorded. */
export interface AnalyticsEventInput {
  type: ContractAnalyticsEvent['type'];
  element: ContractAnalyticsEvent['element'];
  /** The invoices the event concerns; left out when empty. */
  invoiceIds?: readonly string[];
  /** Which action, for events of type `action`. */
  action?: ContractAnalyticsEvent['action'];
}

/** The contract's batch limit. */
const maxBatch = 100;
/** Send early once this many are waiting, so a busy page never builds a large queue. */
const eagerBatch = 20;
/** How long an event may wait for others to share its request. */
const flushDelayMs = 5_000;
/** The contract allows at most 50 invoice ids per event. */
const maxInvoiceIds = 50;

let queue: ContractAnalyticsEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

/**
 * Record one event. Never throws and never waits: the event is queued and sent with the next batch
 * (within a few seconds, or at once when the page is hidden).
 */
export function trackEvent(input: AnalyticsEventInput): void {
  const event: ContractAnalyticsEvent = {
    type: input.type,
    element: input.element,
    at: new Date().toISOString(),
  };
  if (input.invoiceIds !== undefined && input.invoiceIds.length > 0) {
    event.invoiceIds = [...new Set(input.invoiceIds)].slice(0, maxInvoiceIds);
  }
  if (input.type === 'action' && input.action !== undefined) {
    event.action = input.action;
  }
  queue.push(event);
  listenForPageHide();
  if (queue.length >= eagerBatch) {
    void flushAnalytics();
  } else {
    timer ??= setTimeout(() => void flushAnalytics(), flushDelayMs);
  }
}

/**
 * Send everything queued now, through the API client (token refresh, retries, timeouts). Resolves
 * when the requests have settled; a batch that fails is dropped, not retried forever: analytics must
 * never cost the customer anything. Waits for `configure()` when it has not happened yet.
 */
export async function flushAnalytics(): Promise<void> {
  clearTimer();
  if (queue.length === 0) {
    return;
  }
  const configuration = getConfiguration() ?? (await whenConfigured());
  const sends: Promise<unknown>[] = [];
  for (const events of takeBatches()) {
    sends.push(
      configuration.client
        .request(AnalyticsEventsAccepted, { method: 'POST', path: '/events', json: { events } })
        .catch(() => undefined),
    );
  }
  await Promise.all(sends);
}

/** Forget queued events. For tests only. @internal */
export function resetAnalytics(): void {
  clearTimer();
  queue = [];
}

/** The queued events, oldest first. For tests only. @internal */
export function pendingAnalytics(): readonly ContractAnalyticsEvent[] {
  return queue;
}

function clearTimer(): void {
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
}

function takeBatches(): ContractAnalyticsEvent[][] {
  const batches: ContractAnalyticsEvent[][] = [];
  while (queue.length > 0) {
    batches.push(queue.splice(0, maxBatch));
  }
  return batches;
}

function listenForPageHide(): void {
  if (listening || typeof window === 'undefined') {
    return;
  }
  listening = true;
  // `pagehide` covers unload and the back-forward cache; `visibilitychange` covers a tab that is
  // closed from the background or a phone that switches apps, where `pagehide` may never come.
  window.addEventListener('pagehide', sendBeforeLeaving);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      sendBeforeLeaving();
    }
  });
}

/** The page is going away: send with `keepalive` so the requests survive it. */
function sendBeforeLeaving(): void {
  clearTimer();
  const configuration = getConfiguration();
  if (configuration === undefined || queue.length === 0) {
    return;
  }
  for (const events of takeBatches()) {
    sendWithKeepalive(configuration, events);
  }
}

function sendWithKeepalive(configuration: Configuration, events: ContractAnalyticsEvent[]): void {
  const url = `${configuration.api.replace(/\/+$/, '')}/events`;
  // The token is normally in memory already, so this resolves in a microtask, while the page is
  // still there to start the request.
  configuration.client.tokens
    .getToken()
    .then((token) =>
      fetch(url, {
        method: 'POST',
        keepalive: true,
        credentials: 'omit',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ events }),
      }),
    )
    .catch(() => undefined);
}
