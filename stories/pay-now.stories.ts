import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../components/pay-now/define';
import { configure } from '../src/client/config';
import {
  type ConfirmResultLike,
  type PaymentElementLike,
  type StripeLike,
  setStripeFactory,
} from '../src/client/stripe-loader';
import type { AccountSummary } from '../src/contract/account';
import type { InvoiceDetail } from '../src/contract/invoice';
import type { Payment } from '../src/contract/payment';
import { epcQrPayload, kidMod10, rfReference } from '../src/domain';

/**
 * `<amicable-pay-now>` in every state. Storybook has no server and cannot reach js.stripe.com, so
 * a stand-in `fetch` answers the API (account, invoice, payments) and a stand-in Stripe.js is
 * injected at the loader boundary; the element, the client and the schema checks are real.
 */
type Scenario = 'card' | 'bankOnly' | 'euro' | 'partial' | 'stripeBlocked' | 'nothingToPay' | 'error';
type Outcome = 'succeeded' | 'declined' | 'requires_action' | 'processing';

interface PayNowArgs {
  scenario: Scenario;
  /** What the stand-in Stripe answers when the customer pays. */
  outcome: Outcome;
  /** `lang` on the element; empty follows the toolbar's locale. */
  lang: string;
}

const nok = (amount: number) => ({ amount, currency: 'NOK' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function invoice(scenario: Scenario): InvoiceDetail {
  const euro = scenario === 'euro';
  const amount = euro ? eur(12_550) : nok(147_850);
  const reference = euro ? rfReference('000000042026000101') : kidMod10('000010010020250042');
  return {
    id: 'story-invoice',
    number: euro ? '2026-0101' : '2025-0042',
    currency: amount.currency,
    total: amount,
    outstanding: amount,
    issueDate: daysFromToday(-44),
    dueDate: daysFromToday(-30),
    daysOverdue: 30,
    status: 'open',
    stage: 'reminder',
    creditor: { name: euro ? 'Tulp & Co B.V.' : 'Fjordlys Energi AS' },
    lines: [],
    references: {},
    charges: [],
    payments: [],
    timeline: [],
    nextStep: { kind: 'none', date: null, descriptionKey: 'nextStep.none' },
    payment: euro
      ? {
          bankAccount: { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', holder: 'Tulp & Co B.V.' },
          reference: { scheme: 'rf', value: reference, display: reference.replace(/(.{4})/g, '$1 ').trim() },
          amount,
          epcQr: epcQrPayload({
            bic: 'ABNANL2A',
            name: 'Tulp & Co B.V.',
            iban: 'NL91ABNA0417164300',
            amount,
            reference,
          }),
        }
      : {
          bankAccount: { accountNumber: '12345678903', holder: 'Fjordlys Energi AS' },
          reference: { scheme: 'kid', value: reference, display: reference },
          amount: scenario === 'nothingToPay' ? nok(0) : amount,
        },
  };
}

function account(scenario: Scenario): AccountSummary {
  const detail = invoice(scenario);
  return {
    customer: {
      id: 'story-customer',
      name: 'Kari Nordmann',
      locale: 'nb-NO',
      kind: 'consumer',
      country: 'NO',
    },
    creditor: detail.creditor,
    stage: 'reminder',
    tone: { style: 'direct', formality: 'informal' },
    currency: detail.currency,
    totals: { overdue: detail.total, open: detail.total, disputed: { amount: 0, currency: detail.currency } },
    invoices: [],
    nextStep: detail.nextStep,
    plan: null,
    disputes: [],
    promise: null,
    actions: ['view', 'pay', 'plan', 'dispute'],
    paymentOptions: {
      card: scenario !== 'bankOnly' && scenario !== 'euro',
      bankTransfer: true,
      partial: scenario === 'partial',
    },
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

function configureStandInApi(scenario: Scenario): void {
  const payment: Payment = {
    id: 'pay_story',
    status: 'requires_payment_method',
    amount: invoice(scenario).payment.amount,
    provider: 'stripe',
    clientSecret: 'pi_story_secret_story',
    publishableKey: 'pk_test_story',
    invoiceIds: ['story-invoice'],
  };
  const standInFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname.replace(/^\/story-api\/v1/, '');
    if (scenario === 'error') {
      return json(
        503,
        { type: 'about:blank', title: 'Unavailable', status: 503, code: 'internal_error' },
        'application/problem+json',
      );
    }
    if (path === '/account') return json(200, account(scenario));
    if (path.startsWith('/invoices/')) return json(200, invoice(scenario));
    if (path === '/payments' && request.method === 'POST') {
      const body = (await request.json()) as { amount?: Payment['amount'] };
      return json(201, { ...payment, amount: body.amount ?? payment.amount });
    }
    if (path.startsWith('/payments/'))
      return json(200, { ...payment, status: 'succeeded', clientSecret: null, publishableKey: null });
    if (path === '/events') return json(202, { accepted: 1 });
    return json(
      404,
      { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' },
      'application/problem+json',
    );
  };
  configure({
    api: '/story-api/v1',
    getToken: () => Promise.resolve('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdG9yeSJ9.c3Rvcnktb25seQ'),
    fetch: standInFetch,
    timeoutMs: 600_000,
  });
}

/** A stand-in Stripe.js: a labelled field where Stripe's iframe would be, and the chosen outcome on pay. */
function standInStripe(outcome: Outcome): StripeLike {
  return {
    elements: () => ({
      create: () => {
        const ready: ((event: unknown) => void)[] = [];
        let frame: HTMLElement | undefined;
        const element: PaymentElementLike = {
          mount(target) {
            frame = document.createElement('label');
            frame.style.cssText = 'display:grid;gap:4px;font:inherit;';
            frame.textContent = 'Card number (Stripe renders its own form here)';
            const input = document.createElement('input');
            input.placeholder = '4242 4242 4242 4242';
            input.style.cssText = 'padding:8px;border:1px solid #c4c7c5;border-radius:8px;';
            frame.append(input);
            target.append(frame);
            setTimeout(() => {
              for (const handler of ready) handler({});
            }, 300);
          },
          on(event, handler) {
            if (event === 'ready') ready.push(handler);
            return element;
          },
          destroy() {
            frame?.remove();
          },
        };
        return element;
      },
    }),
    async confirmPayment(): Promise<ConfirmResultLike> {
      await new Promise((resolve) => setTimeout(resolve, outcome === 'requires_action' ? 1_500 : 600));
      if (outcome === 'declined') {
        return {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'insufficient_funds',
            message: 'Your card has insufficient funds.',
          },
        };
      }
      return {
        paymentIntent: { id: 'pi_story', status: outcome === 'processing' ? 'processing' : 'succeeded' },
      };
    },
  };
}

const meta: Meta<PayNowArgs> = {
  title: 'Elements/Pay now',
  component: 'amicable-pay-now',
  argTypes: {
    scenario: {
      control: 'select',
      options: ['card', 'bankOnly', 'euro', 'partial', 'stripeBlocked', 'nothingToPay', 'error'],
    },
    outcome: { control: 'inline-radio', options: ['succeeded', 'declined', 'requires_action', 'processing'] },
    lang: { control: 'select', options: ['', 'en', 'nb-NO', 'nl-NL', 'de-DE'] },
  },
  args: { scenario: 'card', outcome: 'succeeded', lang: '' },
  render: (args) => {
    configureStandInApi(args.scenario);
    setStripeFactory(
      args.scenario === 'stripeBlocked'
        ? () => new Promise(() => {}) // js.stripe.com blocked: never answers
        : () => Promise.resolve(standInStripe(args.outcome)),
    );
    return html`<amicable-pay-now invoices="story-invoice" lang=${args.lang || nothing}></amicable-pay-now>`;
  },
};

export default meta;

type Story = StoryObj<PayNowArgs>;

export const CardOrBankTransfer: Story = {};
export const CardDeclined: Story = { args: { outcome: 'declined' } };
export const ThreeDSecure: Story = { args: { outcome: 'requires_action' } };
export const BankStillProcessing: Story = { args: { outcome: 'processing' } };
export const BankTransferOnly: Story = { args: { scenario: 'bankOnly' } };
export const EuroWithQrCode: Story = { args: { scenario: 'euro', lang: 'nl-NL' } };
export const PartPayment: Story = { args: { scenario: 'partial' } };
export const StripeBlocked: Story = { args: { scenario: 'stripeBlocked' } };
export const NothingToPay: Story = { args: { scenario: 'nothingToPay' } };
export const ApiUnavailable: Story = { args: { scenario: 'error' } };
export const Norwegian: Story = { args: { lang: 'nb-NO' } };
export const Dutch: Story = { args: { scenario: 'euro', lang: 'nl-NL' } };
