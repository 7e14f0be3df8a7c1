import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/dispute-form/define';
import type { AmicableDisputeOpenedEvent } from '../../../components/base/events/amicable-dispute-opened';
import type { AmicableErrorEvent } from '../../../components/base/events/amicable-error';
import { AmicableDisputeForm } from '../../../components/dispute-form/dispute-form';
import { fileProgress, MESSAGE_MAX_LENGTH } from '../../../components/dispute-form/draft';
import { formatDate, formatFileSize } from '../../../src/client/i18n/format';
import { Message } from '../../../src/contract/primitives';
import { formatMoney } from '../../../src/domain/money';
import { configureFor, timelineOf } from '../support/api';
import { spyOnWarnings, type WarningSpy } from '../support/console';
import { accountOf, type SeededInvoice, seedTwoLineInvoice } from './seed';

const encoder = new TextEncoder();
const PDF = encoder.encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const HTML = encoder.encode('<!doctype html><title>x</title><script>alert(1)</script>');

const pdf = (name = 'kvittering.pdf', bytes: Uint8Array<ArrayBuffer> = PDF) =>
  new File([bytes], name, { type: 'application/pdf' });

/** `text` with every run of white space (no-break spaces included) as one plain space, trimmed. */
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const nok = (amount: number, locale = 'en') => norm(formatMoney({ amount, currency: 'NOK' }, locale));
const formatFileSizeEn = (bytes: number) => formatFileSize(bytes, 'en');

function one<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = element.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${element.localName}>`);
  return found;
}

function all<E extends Element = HTMLElement>(element: Element, selector: string): E[] {
  return [...(element.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mount(
  seeded: SeededInvoice,
  options: { lang?: string; lines?: string } = {},
): Promise<AmicableDisputeForm> {
  configureFor(seeded.customerId);
  const element = await fixture<AmicableDisputeForm>(
    html`<amicable-dispute-form
      invoice=${seeded.invoiceId}
      lang=${options.lang ?? 'en'}
      lines=${options.lines ?? ''}
    ></amicable-dispute-form>`,
  );
  await waitUntil(() => element.shadowRoot?.querySelector('form') !== null, 'the form never showed', {
    timeout: 10_000,
  });
  await element.updateComplete;
  return element;
}

/** Puts files in the picker's input as the browser would after the customer chose them. */
async function pick(element: AmicableDisputeForm, files: File[]): Promise<void> {
  const input = one<HTMLInputElement>(element, 'input[type="file"]');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function drop(element: AmicableDisputeForm, files: File[]): Promise<void> {
  const zone = one(element, '[part="drop-zone"]');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  await element.updateComplete;
  expect(zone.classList.contains('dragging'), 'highlighted while dragging').to.equal(true);
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  await element.updateComplete;
}

async function fill(
  element: AmicableDisputeForm,
  values: { reason?: string; message?: string },
): Promise<void> {
  if (values.reason) one<HTMLInputElement>(element, `#reason-${values.reason}`).click();
  if (values.message !== undefined) {
    const textarea = one<HTMLTextAreaElement>(element, '#message');
    textarea.value = values.message;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
  await element.updateComplete;
}

async function submit(element: AmicableDisputeForm): Promise<void> {
  one<HTMLButtonElement>(element, '[part="submit"]').click();
  await element.updateComplete;
}

describe('<amicable-dispute-form>', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  describe('defaults', () => {
    it('is registered by define.ts and renders nothing without an invoice', async () => {
      expect(customElements.get('amicable-dispute-form')).to.equal(AmicableDisputeForm);
      const element = await fixture<AmicableDisputeForm>(
        html`<amicable-dispute-form></amicable-dispute-form>`,
      );
      await element.updateComplete;
      expect(element.invoice).to.equal('');
      expect(element.lines).to.deep.equal([]);
      expect(element.shadowRoot!.children.length).to.equal(0);
      expect(warnings.calls).to.deep.equal([]);
    });

    it('shows the reasons as a radio group, the whole invoice chosen, an empty message with its count, and no files', async () => {
      const element = await mount(await seedTwoLineInvoice());
      expect(norm(one(element, '[part="heading"]').textContent)).to.equal('Tell us what is wrong');
      const reasons = all<HTMLInputElement>(element, '[part="reason"] input[type="radio"]');
      expect(reasons.map((radio) => radio.value)).to.deep.equal([
        'not_received',
        'wrong_amount',
        'quality',
        'already_paid',
        'not_ordered',
        'other',
      ]);
      expect(reasons.every((radio) => radio.name === 'reason' && !radio.checked)).to.equal(true);
      expect(norm(one(element, '[part="reason"] legend').textContent)).to.equal('What is the problem?');
      const scopes = all<HTMLInputElement>(element, '[part="scope"] > label input');
      expect(scopes.map((radio) => [radio.value, radio.checked])).to.deep.equal([
        ['whole', true],
        ['lines', false],
        ['amount', false],
      ]);
      expect(element.shadowRoot!.querySelector('[part="lines"], [part="amount"]')).to.equal(null);
      expect(norm(one(element, '[part="character-count"]').textContent)).to.equal(
        `0 of ${MESSAGE_MAX_LENGTH.toLocaleString('en')} characters`,
      );
      expect(one(element, '[part="drop-zone"]').localName).to.equal('button');
      expect(element.shadowRoot!.querySelector('[part="files"]')).to.equal(null);
      expect(norm(one(element, '[part="submit"]').textContent)).to.equal('Send message');
      expect(element.matches(':state(loading)')).to.equal(false);
      expect(warnings.litWarnings()).to.deep.equal([]);
    });

    it('keeps its character limit in step with the contract', () => {
      expect(Message.safeParse('x'.repeat(MESSAGE_MAX_LENGTH)).success).to.equal(true);
      expect(Message.safeParse('x'.repeat(MESSAGE_MAX_LENGTH + 1)).success).to.equal(false);
    });
  });

  describe('attributes', () => {
    it('pre-selects the lines named by `lines` (as the explainer opens it), ignoring ids not on the invoice', async () => {
      const seeded = await seedTwoLineInvoice();
      const element = await mount({ ...seeded, invoiceId: ` ${seeded.invoiceId}  ` }, { lines: 'l2, l9' });
      expect(element.invoice).to.equal(seeded.invoiceId);
      expect(element.lines).to.deep.equal(['l2', 'l9']);
      expect(one<HTMLInputElement>(element, '#scope-lines').checked).to.equal(true);
      const boxes = all<HTMLInputElement>(element, '[part="lines"] input[type="checkbox"]');
      expect(boxes.map((box) => [box.value, box.checked])).to.deep.equal([
        ['l1', false],
        ['l2', true],
      ]);
      expect(norm(one(element, '[part="lines"]').textContent)).to.include(`Fastbeløp ${nok(4_900)}`);

      await fill(element, { reason: 'wrong_amount', message: 'The fixed fee was cancelled.' });
      const opened = oneEvent(element, 'amicable-dispute-opened') as Promise<AmicableDisputeOpenedEvent>;
      await submit(element);
      const { detail } = await opened;
      expect(detail.dispute.lineIds).to.deep.equal(['l2']);
      expect(detail.dispute.amount).to.deep.equal({ amount: 4_900, currency: 'NOK' });
    });

    it('starts afresh when `invoice` changes', async () => {
      const first = await seedTwoLineInvoice();
      const element = await mount(first);
      await fill(element, { reason: 'quality', message: 'Draft' });
      await pick(element, [pdf()]);
      expect(all(element, '[part="file"]')).to.have.length(1);

      const second = await seedTwoLineInvoice();
      configureFor(second.customerId);
      element.invoice = second.invoiceId;
      await waitUntil(() => element.invoiceDetail?.id === second.invoiceId, 'the new invoice never loaded', {
        timeout: 10_000,
      });
      await element.updateComplete;
      expect(one<HTMLTextAreaElement>(element, '#message').value).to.equal('');
      expect(all<HTMLInputElement>(element, '[part="reason"] input').some((radio) => radio.checked)).to.equal(
        false,
      );
      expect(all(element, '[part="file"]')).to.have.length(0);
    });
  });

  describe('validation', () => {
    it('shows a summary that takes focus and inline errors tied to their fields; each clears once fixed', async () => {
      const element = await mount(await seedTwoLineInvoice());
      one<HTMLInputElement>(element, '#scope-lines').click();
      await element.updateComplete;
      await submit(element);

      const summary = one(element, '[part="error-summary"]');
      expect(deepActiveElement()).to.equal(summary);
      expect(norm(summary.querySelector('h3')?.textContent)).to.equal('Please check 3 fields');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((link) => norm(link.textContent))).to.deep.equal([
        'Please choose what the problem is.',
        'Please choose at least one line.',
        'Please fill this in.',
      ]);
      expect(element.matches(':state(invalid)')).to.equal(true);

      const message = one<HTMLTextAreaElement>(element, '#message');
      expect(message.getAttribute('aria-invalid')).to.equal('true');
      expect(message.getAttribute('aria-describedby')!.split(' ')).to.include('message-error');
      expect(norm(one(element, '#message-error').textContent)).to.equal('Please fill this in.');
      expect(one(element, '[part="reason"]').getAttribute('aria-describedby')).to.equal('reason-error');

      // A summary link moves focus to its field.
      links[2]!.click();
      expect(deepActiveElement()).to.equal(message);
      links[1]!.click();
      expect(deepActiveElement()).to.equal(one(element, '#line-0'));

      await fill(element, { message: 'The meter reading is wrong.' });
      expect(element.shadowRoot!.querySelector('#message-error')).to.equal(null);
      expect(message.getAttribute('aria-invalid')).to.equal('false');
      expect(norm(one(element, '[part="error-summary"] h3').textContent)).to.equal('Please check 2 fields');
      // Nothing was sent.
      expect(element.dispute).to.equal(undefined);
    });

    it('checks an amount against what can still be disputed', async () => {
      const element = await mount(await seedTwoLineInvoice());
      one<HTMLInputElement>(element, '#scope-amount').click();
      await element.updateComplete;
      expect(norm(one(element, '#amount-hint').textContent)).to.equal(`Up to ${nok(149_000)}.`);
      await fill(element, { reason: 'wrong_amount', message: 'Too much.' });
      const amount = one<HTMLInputElement>(element, '#amount');
      for (const [typed, error] of [
        ['abc', 'Please enter an amount, such as 150 or 150.50.'],
        ['1490.01', `Please enter no more than ${nok(149_000)}.`],
        ['0', `Please enter at least ${nok(1)}.`],
      ] as const) {
        amount.value = typed;
        amount.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await submit(element);
        expect(norm(one(element, '#amount-error').textContent), typed).to.equal(error);
      }
      amount.value = '1 200,50';
      amount.dispatchEvent(new InputEvent('input', { bubbles: true }));
      const opened = oneEvent(element, 'amicable-dispute-opened') as Promise<AmicableDisputeOpenedEvent>;
      await submit(element);
      expect((await opened).detail.dispute.amount).to.deep.equal({ amount: 120_050, currency: 'NOK' });
    });
  });

  describe('attachments', () => {
    it('adds files by picker and by drop, says why a file cannot be added, and removes a file with focus kept', async () => {
      const element = await mount(await seedTwoLineInvoice());
      await pick(element, [pdf('a.pdf'), new File(['<p>'], 'page.html', { type: 'text/html' })]);
      expect(
        all(element, '[part="file"]').map((row) => norm(row.querySelector('.file-name')?.textContent)),
      ).to.deep.equal([`a.pdf (${norm(formatFileSizeEn(PDF.byteLength))})`]);
      expect(norm(one(element, '.notices').textContent)).to.equal(
        'page.html cannot be attached. Please use a PDF, PNG or JPEG file.',
      );

      await drop(element, [pdf('b.pdf'), pdf('c.pdf'), pdf('d.pdf'), pdf('e.pdf'), pdf('f.pdf')]);
      expect(all(element, '[part="file"]')).to.have.length(5);
      expect(norm(one(element, '.notices').textContent)).to.equal('Up to 5 files can be attached.');
      expect(one(element, '[part="drop-zone"]').classList.contains('dragging')).to.equal(false);

      const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.pdf', { type: 'application/pdf' });
      const removeButtons = all<HTMLButtonElement>(element, '[part="remove-file"]');
      const nameOf = (button: Element | null | undefined) =>
        norm(button?.querySelector('.visually-hidden')?.textContent);
      expect(nameOf(removeButtons[1])).to.equal('Remove b.pdf');
      removeButtons[1]!.click();
      await element.updateComplete;
      await waitUntil(() => deepActiveElement() === all(element, '[part="remove-file"]')[1], 'timed out', {
        timeout: 10_000,
      });
      expect(nameOf(deepActiveElement())).to.equal('Remove c.pdf');
      await pick(element, [big]);
      expect(norm(one(element, '.notices').textContent)).to.match(/^huge\.pdf is larger than 10 MB\./);
      expect(all(element, '[part="file"]')).to.have.length(4);
    });

    it('marks a file the server refuses (an HTML page renamed .pdf), and sends once it is removed', async () => {
      const seeded = await seedTwoLineInvoice();
      const element = await mount(seeded);
      await fill(element, { reason: 'already_paid', message: 'Paid on the 3rd; statement attached.' });
      await pick(element, [pdf('kvittering.pdf'), pdf('kontoutskrift.pdf', HTML)]);
      await submit(element);
      await waitUntil(
        () => element.shadowRoot?.querySelector('[part="error-summary"]') !== null,
        'no summary',
        {
          timeout: 10_000,
        },
      );
      const expected = 'kontoutskrift.pdf cannot be attached. Please use a PDF, PNG or JPEG file.';
      expect(norm(one(element, '[part="error-summary"] a').textContent)).to.equal(expected);
      expect(deepActiveElement()).to.equal(one(element, '[part="error-summary"]'));
      const rows = all(element, '[part="file"]');
      expect(norm(rows[1]!.querySelector('.field-error')?.textContent)).to.equal(expected);
      expect(rows[0]!.querySelector('.field-error')).to.equal(null);
      expect((await accountOf(seeded.customerId)).disputes).to.deep.equal([]);

      all<HTMLButtonElement>(element, '[part="remove-file"]')[1]!.click();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="error-summary"]')).to.equal(null);
      const opened = oneEvent(element, 'amicable-dispute-opened') as Promise<AmicableDisputeOpenedEvent>;
      await submit(element);
      const { dispute } = (await opened).detail;
      expect(dispute.attachments.map((attachment) => [attachment.name, attachment.type])).to.deep.equal([
        ['kvittering.pdf', 'application/pdf'],
      ]);
    });

    it("works out each file's upload progress from the bytes sent", () => {
      // 100 bytes of fields, then files of 200 and 100 bytes.
      expect(fileProgress([200, 100], 0, 400)).to.deep.equal([0, 0]);
      expect(fileProgress([200, 100], 200, 400)).to.deep.equal([50, 0]);
      expect(fileProgress([200, 100], 350, 400)).to.deep.equal([100, 50]);
      expect(fileProgress([200, 100], 400, 400)).to.deep.equal([100, 100]);
    });
  });

  describe('sending', () => {
    it('opens the dispute: event, confirmation with reference, answer date and what stays payable; the account shows the line paused and the rest payable', async () => {
      const seeded = await seedTwoLineInvoice();
      const element = await mount(seeded);
      const before = await accountOf(seeded.customerId);
      expect(before.stage).to.equal('reminder');

      one<HTMLInputElement>(element, '#scope-lines').click();
      await element.updateComplete;
      one<HTMLInputElement>(element, '#line-1').click();
      await fill(element, { reason: 'wrong_amount', message: 'The fixed fee was cancelled in August.' });
      await pick(element, [pdf()]);
      const opened = oneEvent(element, 'amicable-dispute-opened') as Promise<AmicableDisputeOpenedEvent>;
      await submit(element);
      expect(norm(one(element, '[part="submit"]').textContent)).to.equal('Sending…');
      expect(one(element, '[part="submit"]').getAttribute('aria-disabled')).to.equal('true');
      const event = await opened;
      expect(event.bubbles && event.composed).to.equal(true);
      const { dispute } = event.detail;
      expect(dispute.reference).to.match(/^D-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{2}$/);
      expect(dispute).to.include({ status: 'open', invoiceId: seeded.invoiceId, reason: 'wrong_amount' });
      expect(dispute.attachments).to.have.length(1);
      expect(element.dispute).to.deep.equal(dispute);

      await waitUntil(
        () => element.shadowRoot?.querySelector('[part="confirmation"]') !== null,
        'timed out',
        { timeout: 10_000 },
      );
      await element.updateComplete;
      const confirmation = one(element, '[part="confirmation"]');
      expect(deepActiveElement()).to.equal(one(element, '#confirmation-heading'));
      expect(norm(confirmation.textContent)).to.equal(
        norm(`Thank you, we have received your message
          Your reference: ${dispute.reference}
          What happens now
          The creditor looks into it and replies. Reminders for the part in question are paused until then.
          You will get an answer by ${formatDate(dispute.respondBy, 'en')}.
          ${nok(144_100)} is not in question and can still be paid.`),
      );
      expect(element.matches(':state(opened)')).to.equal(true);

      const after = await accountOf(seeded.customerId);
      expect(after.totals.disputed).to.deep.equal({ amount: 4_900, currency: 'NOK' });
      expect(after.totals.overdue).to.deep.equal({ amount: 144_100, currency: 'NOK' });
      expect(after.stage).to.equal('reminder');
      expect(after.invoices.find((invoice) => invoice.id === seeded.invoiceId)).to.deep.include({
        stage: 'reminder',
      });
      expect(after.disputes.map((entry) => entry.reference)).to.deep.equal([dispute.reference]);
      expect(warnings.calls).to.deep.equal([]);
    });

    it('sends once when Send is pressed again while sending', async () => {
      const seeded = await seedTwoLineInvoice();
      const element = await mount(seeded);
      await fill(element, { reason: 'not_received', message: 'Nothing arrived.' });
      const button = one<HTMLButtonElement>(element, '[part="submit"]');
      button.click();
      button.click();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => element.dispute !== undefined, 'never opened', { timeout: 10_000 });
      const opened = (await timelineOf(seeded.customerId)).filter((entry) => entry.type === 'dispute.opened');
      expect(opened).to.have.length(1);
    });

    it('after a lost answer, trying again sends the same Idempotency-Key and opens one dispute', async () => {
      const seeded = await seedTwoLineInvoice();
      const element = await mount(seeded);
      await fill(element, { reason: 'already_paid', message: 'Paid on the 3rd.' });
      await pick(element, [pdf()]);

      const keys: string[] = [];
      const prototype = XMLHttpRequest.prototype;
      const { setRequestHeader, addEventListener } = prototype;
      let lost = false;
      prototype.setRequestHeader = function (name: string, value: string) {
        if (name.toLowerCase() === 'idempotency-key') keys.push(value);
        setRequestHeader.call(this, name, value);
      };
      // The server answers, but the answer never reaches the page (a dropped connection).
      prototype.addEventListener = function (
        this: XMLHttpRequest,
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (type !== 'load') return addEventListener.call(this, type, listener, options);
        return addEventListener.call(
          this,
          'load',
          (event: Event) => {
            if (!lost) {
              lost = true;
              this.dispatchEvent(new ProgressEvent('error'));
              return;
            }
            (typeof listener === 'function' ? listener : listener.handleEvent).call(this, event);
          },
          options,
        );
      } as typeof addEventListener;
      try {
        const failed = oneEvent(element, 'amicable-error') as Promise<AmicableErrorEvent>;
        await submit(element);
        expect((await failed).detail).to.include({ code: 'network_error', retryable: true });
        await element.updateComplete;
        expect(norm(one(element, '[part="problem"]').textContent)).to.equal(
          'Your message could not be sent just now. What you wrote is still here, so please try again.',
        );
        expect(one<HTMLTextAreaElement>(element, '#message').value).to.equal('Paid on the 3rd.');

        const opened = oneEvent(element, 'amicable-dispute-opened') as Promise<AmicableDisputeOpenedEvent>;
        await submit(element);
        const { dispute } = (await opened).detail;
        expect(keys).to.have.length(2);
        expect(keys[1]).to.equal(keys[0]);
        const account = await accountOf(seeded.customerId);
        expect(account.disputes.map((entry) => entry.id)).to.deep.equal([dispute.id]);
      } finally {
        prototype.setRequestHeader = setRequestHeader;
        prototype.addEventListener = addEventListener;
      }
      const timeline = await timelineOf(seeded.customerId);
      expect(timeline.filter((entry) => entry.type === 'dispute.opened')).to.have.length(1);
      warnings.restore();
    });

    it('says so calmly and emits amicable-error when the invoice cannot be loaded, and can try again', async () => {
      const seeded = await seedTwoLineInvoice();
      const port = await (await fetch('/__test/closed-port')).text();
      configureFor(seeded.customerId, { api: `http://127.0.0.1:${port}/v1` });
      const errored = new Promise<AmicableErrorEvent>((resolve) =>
        document.addEventListener('amicable-error', (event) => resolve(event as AmicableErrorEvent), {
          once: true,
        }),
      );
      const element = await fixture<AmicableDisputeForm>(
        html`<amicable-dispute-form invoice=${seeded.invoiceId} lang="en"></amicable-dispute-form>`,
      );
      expect((await errored).detail.retryable).to.equal(true);
      await waitUntil(() => element.shadowRoot?.querySelector('[part="problem"]') !== null, 'timed out', {
        timeout: 10_000,
      });
      expect(element.matches(':state(error)')).to.equal(true);
      const problem = one(element, '[part="problem"]');
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(norm(problem.querySelector('p')?.textContent)).to.equal(
        'We could not load this invoice just now. Please try again in a moment.',
      );
      configureFor(seeded.customerId);
      problem.querySelector('button')!.click();
      await waitUntil(() => element.shadowRoot?.querySelector('form') !== null, 'the retry never loaded', {
        timeout: 10_000,
      });
      warnings.restore();
    });
  });

  describe('keyboard', () => {
    it('goes through the whole form and sends it without a mouse', async () => {
      const seeded = await seedTwoLineInvoice();
      configureFor(seeded.customerId);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button><amicable-dispute-form invoice=${seeded.invoiceId} lang="en"></amicable-dispute-form></div>`,
      );
      const element = wrapper.querySelector('amicable-dispute-form')!;
      await waitUntil(() => element.shadowRoot?.querySelector('form') !== null, 'the form never showed', {
        timeout: 10_000,
      });
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(one(element, '#reason-not_received'));
      await sendKeys({ press: 'ArrowDown' });
      expect(one<HTMLInputElement>(element, '#reason-wrong_amount').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(one(element, '#scope-whole'));
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(one<HTMLInputElement>(element, '#scope-lines').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(one(element, '#line-0'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(one<HTMLInputElement>(element, '#line-1').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(one(element, '#message'));
      await sendKeys({ type: 'The fee was cancelled.' });
      await sendKeys({ press: 'Tab' });
      const zone = one(element, '[part="drop-zone"]');
      expect(deepActiveElement()).to.equal(zone);

      // Enter on the drop zone opens the file picker (the native dialog itself is the browser's).
      const input = one<HTMLInputElement>(element, 'input[type="file"]');
      let pickerOpened = 0;
      input.click = () => {
        pickerOpened += 1;
      };
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(pickerOpened).to.equal(2);
      await pick(element, [pdf()]);

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(one(element, '[part="remove-file"]'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(one(element, '[part="submit"]'));
      const opened = oneEvent(element, 'amicable-dispute-opened') as Promise<AmicableDisputeOpenedEvent>;
      await sendKeys({ press: 'Enter' });
      const { dispute } = (await opened).detail;
      expect(dispute.lineIds).to.deep.equal(['l2']);
      expect(dispute.message).to.equal('The fee was cancelled.');
      await element.updateComplete;
      expect(deepActiveElement()).to.equal(one(element, '#confirmation-heading'));
    });

    it('counts characters as they are typed and tells screen readers once typing pauses', async () => {
      const element = await mount(await seedTwoLineInvoice());
      one<HTMLTextAreaElement>(element, '#message').focus();
      await sendKeys({ type: 'Hello' });
      await element.updateComplete;
      const count = one(element, '[part="character-count"]');
      expect(norm(count.textContent)).to.equal('5 of 2,000 characters');
      expect(count.getAttribute('aria-hidden')).to.equal('true');
      const announced = one(element, '#message-count-announced');
      expect(announced.getAttribute('aria-live')).to.equal('polite');
      expect(norm(announced.textContent)).to.equal('');
      await waitUntil(() => norm(announced.textContent) === '5 of 2,000 characters', 'never announced', {
        timeout: 5_000,
      });

      await fill(element, { message: 'x'.repeat(MESSAGE_MAX_LENGTH + 1) });
      expect(count.classList.contains('over')).to.equal(true);
      await fill(element, { reason: 'other' });
      await submit(element);
      expect(norm(one(element, '#message-error').textContent)).to.equal(
        'Please shorten the message to 2,000 characters.',
      );
    });
  });

  describe('accessibility', () => {
    it('passes axe with the form, with errors shown, and with the confirmation', async () => {
      const element = await mount(await seedTwoLineInvoice(), { lines: 'l1' });
      await pick(element, [pdf()]);
      await expect(element).to.be.accessible();
      await submit(element);
      await expect(element).to.be.accessible();
      await fill(element, { reason: 'quality', message: 'Half the month without power.' });
      const opened = oneEvent(element, 'amicable-dispute-opened');
      await submit(element);
      await opened;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  });

  describe('locale', () => {
    it('speaks Norwegian with lang="nb-NO", amounts and dates included', async () => {
      const seeded = await seedTwoLineInvoice({ locale: 'nb-NO' });
      const element = await mount(seeded, { lang: 'nb-NO', lines: 'l1' });
      expect(norm(one(element, '[part="heading"]').textContent)).to.equal('Si fra om noe er feil');
      expect(norm(one(element, '[part="character-count"]').textContent)).to.equal('0 av 2 000 tegn');
      expect(norm(one(element, '[part="lines"]').textContent)).to.include(
        `Strøm, september ${nok(144_100, 'nb-NO')}`,
      );
      await submit(element);
      expect(norm(one(element, '[part="error-summary"] h3').textContent)).to.equal('Kontroller 2 felt');
      expect(norm(one(element, '#message-error').textContent)).to.equal('Fyll ut dette feltet.');
      await fill(element, { reason: 'not_received', message: 'Fikk aldri strømmen.' });
      const opened = oneEvent(element, 'amicable-dispute-opened') as Promise<AmicableDisputeOpenedEvent>;
      await submit(element);
      const { dispute } = (await opened).detail;
      await element.updateComplete;
      const text = norm(one(element, '[part="confirmation"]').textContent);
      expect(text).to.include('Takk, meldingen er mottatt');
      expect(text).to.include(`Referanse: ${dispute.reference}`);
      expect(text).to.include(`Svar kommer innen ${norm(formatDate(dispute.respondBy, 'nb-NO'))}.`);
      expect(text).to.include(`${nok(4_900, 'nb-NO')} er ikke omtvistet og kan fortsatt betales.`);
      expect(warnings.litWarnings()).to.deep.equal([]);
    });
  });
});
