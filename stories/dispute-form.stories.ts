import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../components/dispute-form/define';
import type { AmicableDisputeForm } from '../components/dispute-form/dispute-form';
import { configure } from '../src/client/config';
import type { Dispute, DisputeReason } from '../src/contract/dispute';
import type { InvoiceDetail } from '../src/contract/invoice';

/**
 * The dispute form in each of its states: loading, the form (whole invoice, lines pre-selected
 * from the explainer, an amount), attachments, validation errors, sending with upload progress, a
 * file the server refuses, a failed send, a failed load, the confirmation, and every locale.
 *
 * Storybook has no server, so the API is faked at the network boundary only: a `fetch` for the
 * invoice (given to `configure`, as the banner's stories do) and, because the upload goes through
 * `XMLHttpRequest` for its progress events, a stand-in `XMLHttpRequest` for `POST /v1/disputes`.
 * The element, the client, the contract checks and the upload code are the real ones.
 */

interface DisputeArgs {
  /** `lang` on the element; empty follows the toolbar's locale. */
  lang: string;
  /** Pre-selected line ids, comma-separated (as the invoice explainer passes them). */
  lines: string;
}

type Upload = 'succeed' | 'stall' | 'refuse-second-file' | 'drop-connection';

const invoiceId = 'inv-2026-0042';
const nok = (amount: number) => ({ amount, currency: 'NOK' });

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The part already under dispute, as the fake API last stored it. */
let disputedNow = 0;

function invoiceDetail(): InvoiceDetail {
  return {
    id: invoiceId,
    number: '2026-0042',
    currency: 'NOK',
    total: nok(149_000),
    outstanding: nok(149_000),
    ...(disputedNow > 0 ? { disputed: nok(disputedNow) } : {}),
    issueDate: daysFromToday(-24),
    dueDate: daysFromToday(-10),
    daysOverdue: 10,
    status: disputedNow > 0 ? 'disputed' : 'open',
    stage: 'reminder',
    creditor: { name: 'Fjordlys Energi AS', country: 'NO' },
    lines: [
      {
        id: 'l1',
        description: 'Strøm, september',
        quantity: 1,
        unitPrice: nok(144_100),
        amount: nok(144_100),
        deliveredOn: daysFromToday(-26),
      },
      { id: 'l2', description: 'Fastbeløp', quantity: 1, unitPrice: nok(4_900), amount: nok(4_900) },
    ],
    references: { contract: 'K-2231' },
    charges: [],
    payments: [],
    timeline: [],
    nextStep: { kind: 'firm', date: daysFromToday(4), fee: nok(3_750), descriptionKey: 'nextStep.firm' },
    payment: {
      bankAccount: { accountNumber: '12345678903', holder: 'Fjordlys Energi AS' },
      reference: { scheme: 'kid', value: '10010000423', display: '1001 0000 423' },
      amount: nok(149_000 - disputedNow),
    },
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** Configures the SDK against the fake invoice API: answering, never answering, or failing. */
function configureFake(load: 'answer' | 'hang' | 'fail' = 'answer'): void {
  disputedNow = 0;
  configure({
    api: '/v1',
    getToken: async () => 'story.customer.token',
    // The "sending" story shows an upload that never finishes; no timeout should end it.
    timeoutMs: 2_147_483_647,
    fetch: async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (load === 'hang') return new Promise<Response>(() => {});
      if (load === 'fail') {
        return json(
          503,
          { type: 'about:blank', title: 'Unavailable', status: 503, code: 'internal_error' },
          'application/problem+json',
        );
      }
      if (url.pathname === `/v1/invoices/${invoiceId}`) return json(200, invoiceDetail());
      return json(
        404,
        { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' },
        'application/problem+json',
      );
    },
  });
}

/** The dispute the fake API stores for a form. */
function storedDispute(form: FormData): Dispute {
  const lineIds = form.getAll('lineIds').map(String);
  const amountField = form.get('amount');
  const lineAmounts: Record<string, number> = { l1: 144_100, l2: 4_900 };
  const amount =
    typeof amountField === 'string'
      ? (JSON.parse(amountField) as { amount: number }).amount
      : lineIds.length > 0
        ? lineIds.reduce((sum, id) => sum + (lineAmounts[id] ?? 0), 0)
        : 149_000;
  return {
    id: 'dsp_story',
    reference: 'D-7K3M-Q2',
    status: 'open',
    invoiceId,
    reason: String(form.get('reason')) as DisputeReason,
    lineIds,
    amount: nok(amount),
    message: String(form.get('message')),
    respondBy: daysFromToday(14),
    createdAt: new Date().toISOString(),
    attachments: form.getAll('files').map((file, index) => ({
      id: `att_${index}`,
      name: (file as File).name,
      size: (file as File).size,
      type: (file as File).type || 'application/pdf',
    })),
  };
}

/**
 * Enough of `XMLHttpRequest` for the upload: progress events on `upload` in steps, then an answer.
 * Installed by the stories of this file only (no other element sends through XHR).
 */
function installFakeUpload(behaviour: Upload): void {
  class FakeUpload extends EventTarget {
    readonly upload = new EventTarget();
    status = 0;
    responseText = '';
    responseURL = '';
    responseType = '';
    #headers: Record<string, string> = {};
    #aborted = false;

    open(_method: string, url: string): void {
      this.responseURL = new URL(url, location.href).href;
    }

    setRequestHeader(): void {}

    getResponseHeader(name: string): string | null {
      return this.#headers[name.toLowerCase()] ?? null;
    }

    abort(): void {
      this.#aborted = true;
    }

    send(body: FormData): void {
      const files = body.getAll('files') as File[];
      const total = files.reduce((sum, file) => sum + file.size, 600);
      const steps = behaviour === 'stall' ? 6 : 10;
      let step = 0;
      const tick = () => {
        if (this.#aborted) return;
        step += 1;
        const loaded = Math.round((total * step) / 10);
        this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
        if (step < steps) {
          setTimeout(tick, 250);
          return;
        }
        if (behaviour === 'stall') return;
        if (behaviour === 'drop-connection') {
          this.dispatchEvent(new ProgressEvent('error'));
          return;
        }
        this.upload.dispatchEvent(new ProgressEvent('load'));
        this.#answer(body, files);
      };
      setTimeout(tick, 250);
    }

    #answer(body: FormData, files: File[]): void {
      if (behaviour === 'refuse-second-file' && files.length > 1) {
        this.status = 415;
        this.#headers['content-type'] = 'application/problem+json';
        this.responseText = JSON.stringify({
          type: 'urn:amicable:problem:unsupported_media_type',
          title: 'Unsupported media type',
          status: 415,
          code: 'unsupported_media_type',
          detail: 'Only PDF, PNG and JPEG files can be attached',
          errors: [{ path: 'files.1', message: `"${files[1]!.name}" is not a file type we accept` }],
        });
      } else {
        const dispute = storedDispute(body);
        disputedNow += dispute.amount.amount;
        this.status = 201;
        this.#headers['content-type'] = 'application/json';
        this.responseText = JSON.stringify(dispute);
      }
      this.dispatchEvent(new ProgressEvent('load'));
    }
  }
  window.XMLHttpRequest = FakeUpload as unknown as typeof XMLHttpRequest;
}

// ---------------------------------------------------------------------------------------------
// Driving the form in `play`, the way a customer would.

async function formIn(canvas: HTMLElement): Promise<AmicableDisputeForm> {
  const element = canvas.querySelector<AmicableDisputeForm>('amicable-dispute-form');
  if (!element) throw new Error('no <amicable-dispute-form> in the story');
  for (let tries = 0; tries < 100 && element.shadowRoot?.querySelector('form') == null; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await element.updateComplete;
  return element;
}

function control<E extends HTMLElement>(element: AmicableDisputeForm, selector: string): E {
  const found = element.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

async function fillIn(
  element: AmicableDisputeForm,
  options: { scope?: 'lines' | 'amount'; files?: File[] } = {},
) {
  control<HTMLInputElement>(element, '#reason-wrong_amount').click();
  if (options.scope === 'lines') {
    control<HTMLInputElement>(element, '#scope-lines').click();
    await element.updateComplete;
    control<HTMLInputElement>(element, '#line-1').click();
  }
  const message = control<HTMLTextAreaElement>(element, '#message');
  message.value = 'The fixed fee was cancelled in August, but it is still on the invoice.';
  message.dispatchEvent(new InputEvent('input', { bubbles: true }));
  if (options.files) {
    const transfer = new DataTransfer();
    for (const file of options.files) transfer.items.add(file);
    const input = control<HTMLInputElement>(element, 'input[type="file"]');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await element.updateComplete;
}

async function send(element: AmicableDisputeForm): Promise<void> {
  control<HTMLButtonElement>(element, '[part="submit"]').click();
  await element.updateComplete;
}

const pdfFile = (name: string, size = 180_000) =>
  new File([new Uint8Array(size).fill(32)], name, { type: 'application/pdf' });

// ---------------------------------------------------------------------------------------------

const meta: Meta<DisputeArgs> = {
  title: 'Elements/Dispute form',
  component: 'amicable-dispute-form',
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'nb-NO', 'nl-NL', 'de-DE'] },
    lines: { control: 'text' },
  },
  args: { lang: '', lines: '' },
  render: (args) => {
    configureFake();
    installFakeUpload('succeed');
    return html`<amicable-dispute-form
      invoice=${invoiceId}
      lang=${args.lang || nothing}
      lines=${args.lines || nothing}
      @amicable-dispute-opened=${(event: CustomEvent) => console.info('amicable-dispute-opened', event.detail)}
    ></amicable-dispute-form>`;
  },
};

export default meta;

type Story = StoryObj<DisputeArgs>;

/** The form as it opens: the whole invoice chosen, nothing else filled in. */
export const Default: Story = {};

/** Opened from a line of the invoice explainer: that line is chosen. */
export const FromAnInvoiceLine: Story = { args: { lines: 'l2' } };

/** Disputing an amount rather than lines, with the most that can be disputed as a hint. */
export const AnAmount: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    control<HTMLInputElement>(element, '#scope-amount').click();
    await element.updateComplete;
  },
};

/** Files added; one refused on the spot (not PDF, PNG or JPEG). */
export const WithAttachments: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillIn(element, {
      files: [
        pdfFile('kontrakt.pdf'),
        pdfFile('kontoutskrift-august.pdf', 2_400_000),
        new File(['x'], 'notes.docx'),
      ],
    });
  },
};

/** Send pressed with nothing filled in: the summary takes focus, each field says what it needs. */
export const ValidationErrors: Story = {
  args: { lines: 'none-of-these' },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    control<HTMLInputElement>(element, '#scope-lines').click();
    await element.updateComplete;
    await send(element);
  },
};

/** Sending: each file's upload progress (this fake upload stops at 60 % so the state stays). */
export const Sending: Story = {
  render: (args, context) => {
    const template = meta.render!(args, context);
    installFakeUpload('stall');
    return template;
  },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillIn(element, { files: [pdfFile('kontrakt.pdf', 900_000), pdfFile('bilde.pdf', 600_000)] });
    await send(element);
  },
};

/** Sent: the reference, what happens now, the answer date, and what stays payable. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillIn(element, { scope: 'lines', files: [pdfFile('kontrakt.pdf')] });
    await send(element);
  },
};

/** The server recognised a file as something else than its name says: it is marked, nothing was stored. */
export const FileRefusedByServer: Story = {
  render: (args, context) => {
    const template = meta.render!(args, context);
    installFakeUpload('refuse-second-file');
    return template;
  },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillIn(element, { files: [pdfFile('kvittering.pdf'), pdfFile('kontoutskrift.pdf')] });
    await send(element);
  },
};

/** The connection dropped: a calm message, and everything written is still there to send again. */
export const SendFailed: Story = {
  render: (args, context) => {
    const template = meta.render!(args, context);
    installFakeUpload('drop-connection');
    return template;
  },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillIn(element, {});
    await send(element);
  },
};

/** While the invoice loads. */
export const Loading: Story = {
  render: () => {
    configureFake('hang');
    return html`<amicable-dispute-form invoice=${invoiceId}></amicable-dispute-form>`;
  },
};

/** The invoice could not be loaded: a calm message and a way to try again (and one `amicable-error`). */
export const LoadFailed: Story = {
  render: () => {
    configureFake('fail');
    return html`<amicable-dispute-form
      invoice=${invoiceId}
      @amicable-error=${(event: CustomEvent) => console.info('amicable-error', event.detail)}
    ></amicable-dispute-form>`;
  },
};

// Locales
export const English: Story = { args: { lang: 'en' } };
export const Norwegian: Story = { args: { lang: 'nb-NO', lines: 'l1' } };
export const Dutch: Story = { args: { lang: 'nl-NL' } };
export const German: Story = { args: { lang: 'de-DE' } };
export const NorwegianSent: Story = {
  args: { lang: 'nb-NO' },
  play: Sent.play,
};

// Theming
export const Themed: Story = {
  render: () => {
    configureFake();
    installFakeUpload('succeed');
    return html`<amicable-dispute-form
      invoice=${invoiceId}
      style="--amicable-color-accent: #6b2c91; --amicable-radius: 0; --amicable-font-family: Georgia, serif"
    ></amicable-dispute-form>`;
  },
};

export const Dark: Story = {
  parameters: { backgrounds: { default: 'dark' } },
  render: () => {
    configureFake();
    installFakeUpload('succeed');
    return html`<div style="padding: 1rem; background: #111">
      <amicable-dispute-form
        invoice=${invoiceId}
        style="--amicable-color-surface: #1f1f1f; --amicable-color-surface-muted: #2b2c2e; --amicable-color-text: #e3e3e3; --amicable-color-text-muted: #bdc1c6; --amicable-color-border: #5f6368; --amicable-color-accent: #a8c7fa; --amicable-color-on-accent: #062e6f; --amicable-color-danger: #f2b8b5; --amicable-color-success: #6dd58c"
      ></amicable-dispute-form>
    </div>`;
  },
};
