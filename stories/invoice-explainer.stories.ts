import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/invoice-explainer/define';
import { configure } from '../src/client/config';
import type { InvoiceDetail } from '../src/contract/invoice';

/**
 * The explainer against canned API answers: each story names an invoice id and a stand-in `fetch`
 * answers `GET /v1/invoices/{id}` with the matching fixture below, so every state renders without
 * a server. The fixtures follow the contract (`InvoiceDetail`) and the law of each creditor's
 * country: Norwegian purregebyr and forsinkelsesrente, Dutch wettelijke rente and the
 * 14-dagenbrief, German Mahngebühr and Verzugszinsen, British late payment compensation.
 */

type Fixture = InvoiceDetail;

const nok = (amount: number) => ({ amount, currency: 'NOK' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const gbp = (amount: number) => ({ amount, currency: 'GBP' });

const norwegian: Fixture = {
  id: 'story-nb',
  number: '2025-0042',
  currency: 'NOK',
  total: nok(399_080),
  outstanding: nok(349_080),
  issueDate: '2026-09-20',
  dueDate: '2026-10-04',
  daysOverdue: 29,
  status: 'part_paid',
  stage: 'reminder',
  creditor: { name: 'Fjordlys Energi AS', country: 'NO', url: 'https://fjordlys.example/hjelp' },
  lines: [
    {
      id: 'l1',
      description: 'Strøm, september',
      quantity: 1201.5,
      unitPrice: nok(120),
      amount: nok(144_180),
      deliveredOn: '2026-09-30',
      reference: 'Måler 7070',
    },
    { id: 'l2', description: 'Fastbeløp', quantity: 1, unitPrice: nok(4_900), amount: nok(4_900) },
    {
      id: 'l3',
      description: 'Montering av hurtiglader',
      quantity: 1,
      unitPrice: nok(250_000),
      amount: nok(250_000),
      deliveredOn: '2026-09-12',
    },
  ],
  references: { order: 'ORD-5521', contract: 'K-2231', purchaseOrder: 'PO-8812' },
  charges: [
    { kind: 'reminder_fee', amount: nok(3_750), basis: 'no.inkassoloven.purregebyr', addedOn: '2026-10-20' },
    {
      kind: 'late_interest',
      amount: nok(3_440),
      basis: 'no.forsinkelsesrenteloven',
      rate: 12,
      period: { from: '2026-10-05', to: '2026-11-02' },
      addedOn: '2026-11-02',
    },
  ],
  payments: [{ amount: nok(50_000), receivedOn: '2026-10-25', method: 'bank_transfer' }],
  timeline: [
    { at: '2026-10-20', type: 'reminder.sent', stage: 'reminder', channel: 'email', fee: nok(3_750) },
    { at: '2026-10-25', type: 'payment.received', amount: nok(50_000) },
  ],
  nextStep: { kind: 'final', date: '2026-11-10', fee: nok(3_750), descriptionKey: 'nextStep.final' },
  payment: {
    bankAccount: { accountNumber: '12345678903', holder: 'Fjordlys Energi AS' },
    reference: { scheme: 'kid', value: '0010020250042', display: '0010020250042' },
    amount: nok(356_270),
  },
  documentUrl: 'https://fjordlys.example/faktura/2025-0042.pdf',
};

const dutch: Fixture = {
  id: 'story-nl',
  number: '2026-0101',
  currency: 'EUR',
  total: eur(12_500),
  outstanding: eur(12_500),
  issueDate: '2026-09-01',
  dueDate: '2026-09-15',
  daysOverdue: 48,
  status: 'open',
  stage: 'final',
  creditor: { name: 'Tulp & Co B.V.', country: 'NL' },
  lines: [
    {
      id: 'b1',
      description: 'Tulpenbollen, gemengd (100 stuks)',
      quantity: 8,
      unitPrice: eur(1_250),
      amount: eur(10_000),
      deliveredOn: '2026-08-28',
    },
    { id: 'b2', description: 'Verzendkosten', quantity: 1, unitPrice: eur(2_500), amount: eur(2_500) },
  ],
  references: { order: 'WEB-778812' },
  charges: [
    {
      kind: 'late_interest',
      amount: eur(99),
      basis: 'nl.bw.6-119',
      rate: 6,
      period: { from: '2026-09-16', to: '2026-11-02' },
      addedOn: '2026-11-02',
    },
  ],
  payments: [],
  timeline: [
    { at: '2026-09-30', type: 'reminder.sent', stage: 'reminder', channel: 'email' },
    { at: '2026-10-19', type: 'reminder.sent', stage: 'final', channel: 'letter' },
  ],
  nextStep: {
    kind: 'collection',
    date: '2026-11-03',
    fee: eur(4_000),
    descriptionKey: 'nextStep.collection',
  },
  payment: {
    bankAccount: { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', holder: 'Tulp & Co B.V.' },
    reference: { scheme: 'nl', value: '5000056789012345', display: '5000 0567 8901 2345' },
    amount: eur(12_599),
    epcQr: 'BCD\n002\n1\nSCT\nABNANL2A\nTulp & Co B.V.\nNL91ABNA0417164300\nEUR125.99\n\n\n5000056789012345',
  },
};

const german: Fixture = {
  id: 'story-de',
  number: 'SW-2026-18834',
  currency: 'EUR',
  total: eur(18_940),
  outstanding: eur(18_940),
  issueDate: '2026-09-10',
  dueDate: '2026-09-24',
  daysOverdue: 39,
  status: 'open',
  stage: 'firm',
  creditor: { name: 'Stadtwerke Sonnenfeld GmbH', country: 'DE' },
  lines: [
    {
      id: 'g1',
      description: 'Erdgas, Abschlag September',
      quantity: 1,
      unitPrice: eur(12_400),
      amount: eur(12_400),
      deliveredOn: '2026-09-30',
    },
    {
      id: 'g2',
      description: 'Wasser und Abwasser, Abrechnung Q3',
      quantity: 31.4,
      unitPrice: eur(208),
      amount: eur(6_540),
      reference: 'Zähler 4711-0815',
    },
  ],
  references: { contract: 'Kundennummer 100-223344' },
  charges: [
    { kind: 'reminder_fee', amount: eur(250), basis: 'de.bgb.286', addedOn: '2026-10-22' },
    {
      kind: 'late_interest',
      amount: eur(124),
      basis: 'de.bgb.288',
      rate: 6.27,
      period: { from: '2026-09-25', to: '2026-11-02' },
      addedOn: '2026-11-02',
    },
  ],
  payments: [],
  timeline: [
    { at: '2026-10-08', type: 'reminder.sent', stage: 'reminder', channel: 'letter' },
    { at: '2026-10-22', type: 'reminder.sent', stage: 'firm', channel: 'letter', fee: eur(250) },
  ],
  nextStep: { kind: 'final', date: '2026-11-05', fee: eur(250), descriptionKey: 'nextStep.final' },
  payment: {
    bankAccount: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', holder: 'Stadtwerke Sonnenfeld GmbH' },
    reference: { scheme: 'rf', value: 'RF18539007547034', display: 'RF18 5390 0754 7034' },
    amount: eur(19_314),
  },
  documentUrl: 'https://stadtwerke-sonnenfeld.example/rechnungen/SW-2026-18834.pdf',
};

const british: Fixture = {
  id: 'story-en',
  number: 'INV-30917',
  currency: 'GBP',
  total: gbp(264_000),
  outstanding: gbp(264_000),
  issueDate: '2026-08-20',
  dueDate: '2026-09-19',
  daysOverdue: 44,
  status: 'open',
  stage: 'firm',
  creditor: { name: 'Thames Office Supplies Ltd', country: 'GB' },
  lines: [
    {
      id: 'u1',
      description: 'Ergonomic office chairs',
      quantity: 12,
      unitPrice: gbp(18_500),
      amount: gbp(222_000),
      deliveredOn: '2026-08-18',
    },
    {
      id: 'u2',
      description: 'Assembly and delivery',
      quantity: 1,
      unitPrice: gbp(42_000),
      amount: gbp(42_000),
      deliveredOn: '2026-08-18',
    },
  ],
  references: { order: 'SO-55120', purchaseOrder: 'PO-2026-0311' },
  charges: [
    {
      kind: 'compensation',
      amount: gbp(7_000),
      basis: 'gb.late-payment-act.fixed-sum',
      addedOn: '2026-09-20',
    },
    {
      kind: 'late_interest',
      amount: gbp(3_738),
      basis: 'gb.late-payment-act',
      rate: 11.75,
      period: { from: '2026-09-20', to: '2026-11-02' },
      addedOn: '2026-11-02',
    },
  ],
  payments: [],
  timeline: [
    { at: '2026-09-26', type: 'reminder.sent', stage: 'reminder', channel: 'email' },
    { at: '2026-10-17', type: 'reminder.sent', stage: 'firm', channel: 'email' },
  ],
  nextStep: { kind: 'final', date: '2026-11-09', descriptionKey: 'nextStep.final' },
  payment: {
    bankAccount: { accountNumber: '31926819', holder: 'Thames Office Supplies Ltd' },
    reference: { scheme: 'rf', value: 'RF7130917', display: 'RF71 3091 7' },
    amount: gbp(274_738),
  },
  documentUrl: 'https://thames-office.example/invoices/INV-30917.pdf',
};

const noCharges: Fixture = {
  ...norwegian,
  id: 'story-no-charges',
  number: '2025-0057',
  total: nok(99_000),
  outstanding: nok(99_000),
  issueDate: '2026-10-25',
  dueDate: '2026-11-08',
  daysOverdue: -6,
  status: 'open',
  stage: 'upcoming',
  lines: [
    { id: 'l1', description: 'Strøm, oktober', quantity: 1, unitPrice: nok(99_000), amount: nok(99_000) },
  ],
  references: {},
  charges: [],
  payments: [],
  timeline: [],
  nextStep: { kind: 'reminder', date: '2026-11-09', descriptionKey: 'nextStep.reminder' },
  payment: { ...norwegian.payment, amount: nok(99_000) },
  documentUrl: undefined,
};

const manyLinesCount = 60;
const manyLines: Fixture = {
  ...british,
  id: 'story-many-lines',
  number: 'INV-31002',
  total: gbp(manyLinesCount * 1_499),
  outstanding: gbp(manyLinesCount * 1_499),
  lines: Array.from({ length: manyLinesCount }, (_, index) => ({
    id: `m${index + 1}`,
    description: `Printer toner cartridge, black, high yield (order line ${index + 1})`,
    quantity: 1,
    unitPrice: gbp(1_499),
    amount: gbp(1_499),
    deliveredOn: `2026-08-${String((index % 28) + 1).padStart(2, '0')}`,
    reference: `DN-2026-08-${String(index + 1).padStart(4, '0')}-WAREHOUSE-SOUTHWARK`,
  })),
  charges: [],
  timeline: [],
  nextStep: { kind: 'reminder', date: '2026-11-09', descriptionKey: 'nextStep.reminder' },
  payment: { ...british.payment, amount: gbp(manyLinesCount * 1_499) },
};

const paid: Fixture = {
  ...norwegian,
  id: 'story-paid',
  outstanding: nok(0),
  status: 'paid',
  stage: 'upcoming',
  daysOverdue: 0,
  charges: [],
  payments: [
    { amount: nok(50_000), receivedOn: '2026-10-25', method: 'bank_transfer' },
    { amount: nok(349_080), receivedOn: '2026-10-30', method: 'card' },
  ],
  nextStep: { kind: 'none', date: null, descriptionKey: 'nextStep.none' },
  payment: { ...norwegian.payment, amount: nok(0) },
};

const disputed: Fixture = {
  ...norwegian,
  id: 'story-disputed',
  disputed: nok(250_000),
  status: 'disputed',
  stage: 'paused',
  pauseReason: 'dispute',
  timeline: [...norwegian.timeline, { at: '2026-10-28', type: 'dispute.opened', reference: 'D-7QK2' }],
  nextStep: { kind: 'dispute_answer', date: '2026-11-11', descriptionKey: 'nextStep.dispute_answer' },
  payment: { ...norwegian.payment, amount: nok(106_270) },
};

const fixtures = new Map<string, Fixture>(
  [norwegian, dutch, german, british, noCharges, manyLines, paid, disputed].map((fixture) => [
    fixture.id,
    fixture,
  ]),
);

/** Answers `GET …/invoices/{id}` from the fixtures; `story-loading` never answers, `story-error` fails. */
const storyFetch: typeof fetch = async (input) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  const id = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  if (id === 'story-loading') {
    return new Promise<Response>(() => {});
  }
  const fixture = fixtures.get(id);
  if (fixture === undefined) {
    const problem = {
      type: 'about:blank',
      title: 'Not found',
      status: 404,
      code: 'not_found',
      detail: `No invoice ${id}`,
    };
    return new Response(JSON.stringify(problem), {
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
    });
  }
  return new Response(JSON.stringify(fixture), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
};

/** A token of the right shape for the client; the canned `fetch` never checks it. */
const storyToken =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdG9yeS1jdXN0b21lciIsImF1ZCI6ImFtaWNhYmxlIiwiZXhwIjo0MTAyNDQ0ODAwfQ.c3Rvcnlib29rLW9ubHk';

const meta: Meta = {
  title: 'Elements/Invoice explainer',
  component: 'amicable-invoice-explainer',
  decorators: [
    (story) => {
      // Other stories configure the SDK for their own canned answers; take it back for these.
      configure({ api: '/v1', getToken: async () => storyToken, fetch: storyFetch, timeoutMs: 5_000 });
      return story();
    },
  ],
  args: { invoice: 'story-en', lang: 'en' },
  argTypes: {
    invoice: { control: 'select', options: [...fixtures.keys(), 'story-loading', 'story-error'] },
    lang: { control: 'select', options: ['en', 'nb-NO', 'nl-NL', 'de-DE'] },
  },
  render: (args) =>
    html`<amicable-invoice-explainer invoice=${String(args.invoice)} lang=${String(args.lang)}></amicable-invoice-explainer>`,
};

export default meta;

type Story = StoryObj;

/** A British business invoice: late payment compensation and statutory interest under the Late Payment Act. */
export const RichEnglish: Story = {};

/** Norwegian: purregebyr and forsinkelsesrente, a part payment, and the inkassovarsel as the next step. */
export const RichNorwegian: Story = { args: { invoice: 'story-nb', lang: 'nb-NO' } };

/** Dutch: wettelijke rente after the 14-dagenbrief, and the incassokosten that would follow. */
export const RichDutch: Story = { args: { invoice: 'story-nl', lang: 'nl-NL' } };

/** German: Mahngebühr and Verzugszinsen, with the next Mahnung and its fee. */
export const RichGerman: Story = { args: { invoice: 'story-de', lang: 'de-DE' } };

/** The same Norwegian invoice explained to an English reader: the legal terms keep their local names. */
export const NorwegianInvoiceInEnglish: Story = { args: { invoice: 'story-nb', lang: 'en' } };

/** Not yet due: nothing added, no reminders, the first reminder ahead. */
export const NoCharges: Story = { args: { invoice: 'story-no-charges', lang: 'en' } };

/** Sixty lines with long, unbreakable references. */
export const ManyLines: Story = { args: { invoice: 'story-many-lines', lang: 'en' } };

/** Part of the invoice is disputed: that part waits for the creditor's answer, the rest stays payable. */
export const Disputed: Story = { args: { invoice: 'story-disputed', lang: 'nb-NO' } };

/** Paid in full: no actions, no bank details. */
export const Paid: Story = { args: { invoice: 'story-paid', lang: 'en' } };

/** While the API answers. */
export const Loading: Story = { args: { invoice: 'story-loading', lang: 'en' } };

/** The API failed: a calm message and a retry. */
export const LoadFailed: Story = { args: { invoice: 'story-error', lang: 'en' } };

/** A 320 px portal column: everything reflows, popovers shift to stay on screen. */
export const Narrow: Story = {
  args: { invoice: 'story-nb', lang: 'nb-NO' },
  render: (args) => html`<div style="width: 320px; max-width: 100%">
    <amicable-invoice-explainer invoice=${String(args.invoice)} lang=${String(args.lang)}></amicable-invoice-explainer>
  </div>`,
};

/** Themed through the public tokens. */
export const Themed: Story = {
  args: { invoice: 'story-de', lang: 'de-DE' },
  render: (args) => html`<amicable-invoice-explainer
    invoice=${String(args.invoice)}
    lang=${String(args.lang)}
    style="--amicable-color-accent: #6b2c91; --amicable-radius: 2px; --amicable-font-family: Georgia, serif; --amicable-color-surface-muted: #f6f0fa"
  ></amicable-invoice-explainer>`,
};

/** Dark colours set by the host. */
export const Dark: Story = {
  args: { invoice: 'story-nl', lang: 'nl-NL' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (args) => html`<div style="padding: 1rem; background: #111">
    <amicable-invoice-explainer
      invoice=${String(args.invoice)}
      lang=${String(args.lang)}
      style="--amicable-color-surface: #1f1f1f; --amicable-color-surface-muted: #2b2c2e; --amicable-color-text: #e3e3e3; --amicable-color-text-muted: #bdc1c6; --amicable-color-border: #5f6368; --amicable-color-accent: #a8c7fa; --amicable-color-on-accent: #062e6f; --amicable-color-danger: #f2b8b5; --amicable-color-success: #6dd58c"
    ></amicable-invoice-explainer>
  </div>`,
};
