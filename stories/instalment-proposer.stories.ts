import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../components/instalment-proposer/define';
import type { AmicableInstalmentProposer } from '../components/instalment-proposer/instalment-proposer';
import { configure } from '../src/client/config';
import type { Plan, PlanPolicy, PlanQuote } from '../src/contract/plan';
import type { PaymentPromise } from '../src/contract/promise';
import { checkPlan, suggestPlan } from '../src/domain/plan-policy';
import { scheduleByCount } from '../src/domain/schedule';

/**
 * The instalment proposer in each of its states: loading, the plan form (by count, by amount, with
 * a fee and fortnightly instalments), a proposal that goes to the creditor, validation errors, a
 * plan agreed at once, a plan awaiting the creditor, the promise form and its confirmation, a plan
 * that already exists, a failed load, and every locale.
 *
 * Storybook has no server, so the API is faked at the network boundary only (a `fetch` given to
 * `configure`, as the other elements' stories do). The fake answers with the domain's own
 * schedule and policy check, so what a story shows is what the reference API would answer.
 */

interface ProposerArgs {
  /** `lang` on the element; empty follows the toolbar's locale. */
  lang: string;
  mode: 'plan' | 'promise';
  /** A plan fee and fortnightly instalments, as a creditor may offer. */
  feeAndBiweekly: boolean;
}

type Behaviour = 'answer' | 'hang' | 'fail' | 'already-planned';

const invoiceId = 'inv-2026-0042';
const nok = (amount: number) => ({ amount, currency: 'NOK' });

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function policyOf(args: Pick<ProposerArgs, 'feeAndBiweekly'>): PlanPolicy {
  return {
    minInstalment: nok(20_000),
    maxCount: 6,
    maxMonths: 6,
    maxFirstDueDays: 30,
    allowBiweekly: args.feeAndBiweekly,
    graceDays: 14,
    reviewDays: 5,
    ...(args.feeAndBiweekly ? { fee: nok(5_000) } : {}),
  };
}

/** The CONTRACT's invoice: 1 441,00 kr and 49,00 kr, a 37,50 kr reminder fee, 13,21 kr interest so far. */
function quoteFor(args: Pick<ProposerArgs, 'feeAndBiweekly'>): PlanQuote {
  const policy = policyOf(args);
  const total = nok(152_750);
  const suggested = suggestPlan(total, policy, today());
  return {
    invoiceIds: [invoiceId],
    total,
    policy,
    earliestFirstDueDate: today(),
    latestFirstDueDate: daysFromToday(policy.maxFirstDueDays),
    suggested: {
      count: suggested.count,
      frequency: suggested.frequency,
      firstDueDate: suggested.firstDueDate,
      instalments: suggested.instalments.map((instalment) => ({ ...instalment })),
    },
    waivedInterest: nok(1_321),
    creditor: { name: 'Fjordlys Energi AS', country: 'NO' },
    promise: { amount: nok(154_071), earliestDate: today(), latestDate: daysFromToday(14), maxDays: 14 },
  };
}

const transfer = {
  bankAccount: { accountNumber: '12345678903', holder: 'Fjordlys Energi AS' },
  reference: { scheme: 'kid' as const, value: '10010000423', display: '1001 0000 423' },
};

/** The plan the fake API makes from a `POST /v1/plans` body, by the domain's rules. */
function planFrom(
  body: { count: number; firstDueDate: string; frequency?: 'monthly' | 'biweekly' },
  args: ProposerArgs,
): Plan {
  const quote = quoteFor(args);
  const fee = quote.policy.fee;
  const instalments = scheduleByCount({
    total: quote.total,
    ...(fee ? { fee } : {}),
    count: body.count,
    firstDueDate: body.firstDueDate,
    frequency: body.frequency ?? 'monthly',
  });
  const verdict = checkPlan({ instalments }, { total: quote.total, policy: quote.policy, today: today() });
  const pending = verdict.decision === 'review';
  return {
    id: 'plan_story',
    status: pending ? 'pending' : 'accepted',
    invoiceIds: [invoiceId],
    total: quote.total,
    ...(fee ? { fee } : {}),
    frequency: body.frequency ?? 'monthly',
    instalments: instalments.map((instalment) => ({ ...instalment, status: 'due' as const })),
    createdAt: new Date().toISOString(),
    ...(pending
      ? { respondBy: daysFromToday(5), reviewReasons: verdict.breaches.map((breach) => breach.rule) }
      : {}),
    payment: transfer,
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const problem = (status: number, code: string, detail: string) =>
  json(
    status,
    { type: `urn:amicable:problem:${code}`, title: code, status, code, detail },
    'application/problem+json',
  );

/** Configures the SDK against the fake API. */
function configureFake(args: ProposerArgs, behaviour: Behaviour = 'answer'): void {
  configure({
    api: '/v1',
    getToken: async () => 'story.customer.token',
    timeoutMs: 2_147_483_647,
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(String(input), init);
      const url = new URL(request.url, location.href);
      if (behaviour === 'hang') return new Promise<Response>(() => {});
      if (behaviour === 'fail') return problem(503, 'internal_error', 'Unavailable');
      if (url.pathname === '/v1/plans/quote') {
        if (behaviour === 'already-planned') {
          return problem(409, 'conflict', 'Invoice 2026-0042 already has an agreed plan');
        }
        return json(200, quoteFor(args));
      }
      if (url.pathname === '/v1/plans' && request.method === 'POST') {
        return json(201, planFrom(await request.json(), args));
      }
      if (url.pathname === '/v1/promises' && request.method === 'POST') {
        const body = (await request.json()) as { date: string };
        const promise: PaymentPromise = {
          id: 'prom_story',
          invoiceIds: [invoiceId],
          date: body.date,
          amount: nok(154_071),
          status: 'active',
          createdAt: new Date().toISOString(),
          paid: nok(0),
          payment: transfer,
        };
        return json(201, promise);
      }
      return problem(404, 'not_found', 'There is nothing at this address');
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Driving the form in `play`, the way a customer would.

async function proposerIn(canvas: HTMLElement): Promise<AmicableInstalmentProposer> {
  const element = canvas.querySelector<AmicableInstalmentProposer>('amicable-instalment-proposer');
  if (!element) throw new Error('no <amicable-instalment-proposer> in the story');
  for (let tries = 0; tries < 100 && element.shadowRoot?.querySelector('form') == null; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await element.updateComplete;
  return element;
}

function control<E extends HTMLElement>(element: AmicableInstalmentProposer, selector: string): E {
  const found = element.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

async function setField(element: AmicableInstalmentProposer, selector: string, value: string): Promise<void> {
  const field = control<HTMLInputElement | HTMLSelectElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function send(element: AmicableInstalmentProposer): Promise<void> {
  control<HTMLButtonElement>(element, '[part="submit"]').click();
  for (
    let tries = 0;
    tries < 100 && element.shadowRoot?.querySelector('[part="result"]') == null;
    tries += 1
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// ---------------------------------------------------------------------------------------------

const meta: Meta<ProposerArgs> = {
  title: 'Elements/Instalment proposer',
  component: 'amicable-instalment-proposer',
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'nb-NO', 'nl-NL', 'de-DE'] },
    mode: { control: 'inline-radio', options: ['plan', 'promise'] },
    feeAndBiweekly: { control: 'boolean' },
  },
  args: { lang: '', mode: 'plan', feeAndBiweekly: false },
  render: (args) => {
    configureFake(args);
    return html`<amicable-instalment-proposer
      invoices=${invoiceId}
      mode=${args.mode}
      lang=${args.lang || nothing}
      @amicable-plan-proposed=${(event: CustomEvent) => console.info('amicable-plan-proposed', event.detail)}
      @amicable-promise-made=${(event: CustomEvent) => console.info('amicable-promise-made', event.detail)}
    ></amicable-instalment-proposer>`;
  },
};

export default meta;

type Story = StoryObj<ProposerArgs>;

/** The form as it opens: the gentlest plan within the policy, the policy beside it. */
export const Default: Story = {};

/** Split by what the customer can manage each time: the schedule follows as they type. */
export const ByAmount: Story = {
  play: async ({ canvasElement }) => {
    const element = await proposerIn(canvasElement);
    control<HTMLInputElement>(element, '#split-amount').click();
    await element.updateComplete;
    await setField(element, '#amount', '400');
  },
};

/** A creditor who charges a plan fee (added to the first instalment) and offers every two weeks. */
export const WithFeeAndFortnightly: Story = {
  args: { feeAndBiweekly: true },
  play: async ({ canvasElement }) => {
    const element = await proposerIn(canvasElement);
    control<HTMLInputElement>(element, '#frequency-biweekly').click();
    await element.updateComplete;
  },
};

/** More instalments than the policy allows: the creditor will decide, and the form says so first. */
export const OutsidePolicy: Story = {
  play: async ({ canvasElement }) => {
    const element = await proposerIn(canvasElement);
    await setField(element, '#count', '7');
  },
};

/** Sending refused: an amount below the minimum and a first date too far away. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const element = await proposerIn(canvasElement);
    control<HTMLInputElement>(element, '#split-amount').click();
    await element.updateComplete;
    await setField(element, '#amount', '100');
    await setField(element, '#firstDueDate', daysFromToday(120));
    control<HTMLButtonElement>(element, '[part="submit"]').click();
    await element.updateComplete;
  },
};

/** Within the policy: agreed at once, with the schedule and how to pay each instalment. */
export const Agreed: Story = {
  play: async ({ canvasElement }) => {
    const element = await proposerIn(canvasElement);
    await setField(element, '#count', '3');
    await send(element);
  },
};

/** Beyond the policy: sent to the creditor, who answers by the date given. */
export const AwaitingCreditor: Story = {
  play: async ({ canvasElement }) => {
    const element = await proposerIn(canvasElement);
    await setField(element, '#count', '7');
    await send(element);
  },
};

/** A promise to pay everything on one date (the banner's "choose a date"). */
export const PromiseForm: Story = { args: { mode: 'promise' } };

/** The promise made. */
export const PromiseConfirmed: Story = {
  args: { mode: 'promise' },
  play: async ({ canvasElement }) => {
    const element = await proposerIn(canvasElement);
    await setField(element, '#promiseDate', daysFromToday(7));
    await send(element);
  },
};

/** A plan already covers the invoice: said calmly, nothing to fill in. */
export const AlreadyPlanned: Story = {
  render: (args) => {
    configureFake(args, 'already-planned');
    return html`<amicable-instalment-proposer invoices=${invoiceId} lang=${args.lang || nothing}></amicable-instalment-proposer>`;
  },
};

/** While the options load. */
export const Loading: Story = {
  render: (args) => {
    configureFake(args, 'hang');
    return html`<amicable-instalment-proposer invoices=${invoiceId} lang=${args.lang || nothing}></amicable-instalment-proposer>`;
  },
};

/** The options could not be loaded: a calm message and a way to try again (and one `amicable-error`). */
export const LoadFailed: Story = {
  render: (args) => {
    configureFake(args, 'fail');
    return html`<amicable-instalment-proposer invoices=${invoiceId} lang=${args.lang || nothing}></amicable-instalment-proposer>`;
  },
};

// Locales
export const English: Story = { args: { lang: 'en' } };
export const Norwegian: Story = { args: { lang: 'nb-NO' } };
export const Dutch: Story = { args: { lang: 'nl-NL' } };
export const German: Story = { args: { lang: 'de-DE' } };
export const NorwegianPromise: Story = { args: { lang: 'nb-NO', mode: 'promise' } };
