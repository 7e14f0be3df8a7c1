/**
 * Storybook has no server, so stories configure the SDK with a `fetch` that answers like the
 * reference API would: the one documented exception to "no mocks", at the client boundary only.
 * Everything above it (the ky client, schema validation, token handling, the element) is real.
 */
import { configure } from '../../src/client/config';
import type { AccountSummary } from '../../src/contract/account';
import type { NextStep } from '../../src/contract/invoice';
import type { CustomerAction, Formality, PauseReason, Stage, ToneStyle } from '../../src/contract/primitives';

/** What a story varies. */
export interface AccountScenario {
  stage: Stage;
  pauseReason?: PauseReason;
  style: ToneStyle;
  formality: Formality;
  /** How many overdue invoices (1 or more). */
  invoiceCount?: number;
  /** The customer's own locale, used when nothing on the page names one. */
  customerLocale?: string;
}

/** How the fake API behaves. */
export type FakeBehaviour =
  | { kind: 'account'; account: AccountSummary }
  | { kind: 'loading' }
  | { kind: 'error'; status: number };

const nok = (amount: number) => ({ amount, currency: 'NOK' });

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How many days past due each stage typically is, and what comes next. */
const stageFacts: Record<Stage, { daysOverdue: number; nextStep: NextStep; actions: CustomerAction[] }> = {
  upcoming: {
    daysOverdue: -3,
    nextStep: { kind: 'reminder', date: daysFromToday(4), descriptionKey: 'nextStep.reminder' },
    actions: ['view', 'pay', 'plan', 'dispute'],
  },
  reminder: {
    daysOverdue: 6,
    nextStep: { kind: 'firm', date: daysFromToday(14), fee: nok(3_750), descriptionKey: 'nextStep.firm' },
    actions: ['view', 'pay', 'plan', 'promise', 'dispute'],
  },
  firm: {
    daysOverdue: 20,
    nextStep: { kind: 'final', date: daysFromToday(10), fee: nok(3_750), descriptionKey: 'nextStep.final' },
    actions: ['view', 'pay', 'plan', 'promise', 'dispute'],
  },
  final: {
    daysOverdue: 33,
    nextStep: {
      kind: 'collection',
      date: daysFromToday(14),
      fee: nok(11_250),
      descriptionKey: 'nextStep.collection',
    },
    actions: ['view', 'pay', 'plan', 'promise', 'dispute'],
  },
  collection: {
    daysOverdue: 60,
    nextStep: { kind: 'none', date: null, descriptionKey: 'nextStep.none' },
    actions: ['view', 'pay', 'plan', 'dispute'],
  },
  paused: {
    daysOverdue: 12,
    nextStep: { kind: 'none', date: null, descriptionKey: 'nextStep.none' },
    actions: ['view', 'pay', 'dispute'],
  },
};

const pausedNextSteps: Record<PauseReason, NextStep> = {
  plan: {
    kind: 'instalment_due',
    date: daysFromToday(9),
    amount: nok(50_917),
    descriptionKey: 'nextStep.instalment_due',
  },
  promise: {
    kind: 'promise_due',
    date: daysFromToday(6),
    amount: nok(152_750),
    descriptionKey: 'nextStep.promise_due',
  },
  dispute: { kind: 'dispute_answer', date: daysFromToday(12), descriptionKey: 'nextStep.dispute_answer' },
  creditor: { kind: 'none', date: null, descriptionKey: 'nextStep.none' },
};

/** An account summary as the reference API would send it for `scenario`. */
export function accountFor(scenario: AccountScenario, customerId: string): AccountSummary {
  const facts = stageFacts[scenario.stage];
  const pauseReason = scenario.stage === 'paused' ? (scenario.pauseReason ?? 'plan') : undefined;
  const count = Math.max(1, scenario.invoiceCount ?? 1);
  const invoices = Array.from({ length: count }, (_, index) => {
    const daysOverdue = facts.daysOverdue + index * 7;
    const amount = 144_100 + index * 18_950;
    return {
      id: `inv-2026-${String(42 + index).padStart(4, '0')}`,
      number: `2026-${String(42 + index).padStart(4, '0')}`,
      currency: 'NOK',
      total: nok(amount),
      outstanding: nok(amount),
      ...(pauseReason === 'dispute' ? { disputed: nok(49_000) } : {}),
      issueDate: daysFromToday(-daysOverdue - 14),
      dueDate: daysFromToday(-daysOverdue),
      daysOverdue,
      status: pauseReason === 'dispute' ? ('disputed' as const) : ('open' as const),
      stage: scenario.stage,
      ...(pauseReason === undefined ? {} : { pauseReason }),
    };
  });
  const open = invoices.reduce((sum, invoice) => sum + invoice.outstanding.amount, 0);
  const overdue = scenario.stage === 'upcoming' ? 0 : open;
  return {
    customer: {
      id: customerId,
      name: 'Kari Nordmann',
      locale: scenario.customerLocale ?? 'nb-NO',
      kind: 'consumer',
      country: 'NO',
    },
    creditor: { name: 'Fjordlys Energi AS' },
    stage: scenario.stage,
    ...(pauseReason === undefined ? {} : { pauseReason }),
    tone: { style: scenario.style, formality: scenario.formality },
    currency: 'NOK',
    totals: { overdue: nok(overdue), open: nok(open), disputed: nok(pauseReason === 'dispute' ? 49_000 : 0) },
    invoices,
    nextStep: pauseReason === undefined ? facts.nextStep : pausedNextSteps[pauseReason],
    plan: null,
    disputes: [],
    promise: null,
    actions: facts.actions,
    paymentOptions: { card: false, bankTransfer: true, partial: false },
  };
}

/** An account with nothing open: the banner renders nothing. */
export function emptyAccount(customerId: string): AccountSummary {
  return {
    ...accountFor({ stage: 'upcoming', style: 'direct', formality: 'informal' }, customerId),
    invoices: [],
    totals: { overdue: nok(0), open: nok(0), disputed: nok(0) },
    nextStep: { kind: 'none', date: null, descriptionKey: 'nextStep.none' },
    actions: [],
  };
}

// Shaped like a JWT, which is all the client checks; the fake API never verifies it.
const storyToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdG9yeSJ9.c3Rvcnktb25seQ';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/** Configure the SDK against a fake API that behaves as `behaviour` says. */
export function configureFakeApi(behaviour: FakeBehaviour): void {
  const fakeFetch: typeof fetch = (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    if (path.endsWith('/events')) {
      return Promise.resolve(json(202, { accepted: 1 }));
    }
    switch (behaviour.kind) {
      case 'account':
        return Promise.resolve(json(200, behaviour.account));
      case 'loading':
        // Never answers; gives up only when the element aborts (or the client's timeout fires).
        return new Promise((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
        });
      case 'error':
        return Promise.resolve(
          json(
            behaviour.status,
            {
              type: 'about:blank',
              title: behaviour.status === 404 ? 'Not found' : 'Unavailable',
              status: behaviour.status,
              code: behaviour.status === 404 ? 'not_found' : 'internal_error',
            },
            'application/problem+json',
          ),
        );
    }
  };
  configure({
    api: '/fake-api/v1',
    getToken: () => Promise.resolve(storyToken),
    fetch: fakeFetch,
    timeoutMs: 600_000,
  });
}
