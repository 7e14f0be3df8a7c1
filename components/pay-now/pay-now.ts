import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createIdempotencyKey } from '../../src/client/api/idempotency';
import { isAbortError, isHttpError } from '../../src/client/errors';
import { formatDate, negotiateLocale } from '../../src/client/i18n/format';
import type { CatalogView } from '../../src/client/i18n/parts';
import { payNowCopy } from '../../src/client/i18n/sources/pay-now';
import { validationCopy } from '../../src/client/i18n/sources/validation';
import {
  type ElementsLike,
  loadStripeClient,
  type PaymentElementLike,
  STRIPE_LOAD_TIMEOUT_MS,
  type StripeLike,
  StripeUnavailableError,
} from '../../src/client/stripe-loader';
import type { InvoiceDetail } from '../../src/contract/invoice';
import { minimumCardAmount, type Payment } from '../../src/contract/payment';
import { formatIban } from '../../src/domain/epc-qr';
import { formatMoney, type Money } from '../../src/domain/money';
import { AmicableElement } from '../base/amicable-element';
import { ConfigurationController } from '../base/configuration-controller';
import { hoverableButtonStyles } from '../base/controls.styles';
import { AmicablePaidEvent } from '../base/events/amicable-paid';
import { AmicablePaymentFailedEvent } from '../base/events/amicable-payment-failed';
import { IdList, type IdListInput, idListConverter } from '../base/id-list';
import { closestLang } from '../base/locale';
import { adoptCreditorWording, LocalizeController } from '../base/localize';
import { baseStyles } from '../base/tokens.styles';
import { parseAmount, plainAmount } from './amount';
import { createPayment, getPayment, loadPayNowData, type PayNowData } from './api';
import { appearanceFromTokens } from './appearance';
import { copyText } from './clipboard';
import { payNowStyles } from './pay-now.styles';
import { encodeEpcQr, type QrSymbol, qrPath, withEpcAmount } from './qr';

/** The copy this element renders with. */
type PayNowMessages = CatalogView<'payNow' | 'validation'>;

/** Where the card form is in its life. */
type CardState =
  | 'idle'
  | 'starting'
  | 'loading'
  | 'ready'
  | 'confirming'
  | 'declined'
  | 'start-failed'
  | 'processing';

type Method = 'card' | 'bank';

/** The slot the light-DOM mount node uses: Stripe Elements refuse to mount inside a shadow root. */
const MOUNT_SLOT = 'payment-element';
/** How often, and how many times, a payment the bank is still settling is checked. */
const PROCESSING_POLL_MS = 2_000;
const PROCESSING_POLLS = 15;

/** Today as `YYYY-MM-DD` in the reader's time zone (for the receipt). */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Pay what is due (or a part, where the creditor allows) with Stripe's Payment Element, or by
 * bank transfer with the structured reference (KID, betalingskenmerk or RF) and, for euro
 * accounts, an EPC QR code. Stripe.js is loaded only when the customer chooses card or wallet,
 * under our own timeout: when it cannot load (blocked, offline) the element says so plainly and
 * shows the bank transfer instead.
 *
 * The Payment Element is mounted into a node the element creates in its own light DOM and slots
 * into its shadow tree, because Stripe Elements cannot be mounted inside a shadow root. For the
 * same reason, `<amicable-pay-now>` itself must not be placed inside a shadow root.
 *
 * @tag amicable-pay-now
 * @summary Pay overdue invoices by card or wallet (Stripe Payment Element) or by bank transfer with a structured reference and QR code.
 *
 * @property {string | string[]} invoices - The invoices to pay, by id: a string separated by commas or spaces (`"inv-1, inv-2"`, as the attribute too) or an array (`['inv-1', 'inv-2']`); reads back as a frozen array of the valid ids. Entries that are not ids are left out with one console warning. Empty: every overdue invoice.
 *
 * @slot payment-element - Used by the element itself for Stripe's Payment Element; leave it empty.
 *
 * @csspart base - The whole flow.
 * @csspart heading - The heading.
 * @csspart total - The amount to pay (when no part payment is offered).
 * @csspart amount - The choice between the full amount and a part.
 * @csspart amount-input - The field for a part amount.
 * @csspart methods - The choice between card or wallet and bank transfer.
 * @csspart notice - A plain message: bank transfer only, card payment unavailable, nothing to pay.
 * @csspart card - The card or wallet panel.
 * @csspart payment-element - The frame around Stripe's Payment Element.
 * @csspart pay-button - The button that pays (or tries again after a decline).
 * @csspart declined - The explanation after a decline.
 * @csspart bank-transfer - The bank transfer details.
 * @csspart transfer - One invoice's transfer details.
 * @csspart copy-button - Each copy button.
 * @csspart reference - The structured payment reference.
 * @csspart qr - The EPC QR code figure (euro accounts).
 * @csspart receipt - The confirmation after paying.
 *
 * @cssproperty --amicable-color-accent - Primary button; also Stripe's primary colour.
 * @cssproperty --amicable-color-on-accent - Text on the primary button.
 * @cssproperty --amicable-color-text - Text; also Stripe's text colour.
 * @cssproperty --amicable-color-text-muted - Hints; also Stripe's secondary text colour.
 * @cssproperty --amicable-color-surface - Background; also Stripe's background (a dark one selects Stripe's night theme).
 * @cssproperty --amicable-color-surface-muted - Background of the transfer details.
 * @cssproperty --amicable-color-border - Borders of fields and panels.
 * @cssproperty --amicable-color-focus - Focus ring.
 * @cssproperty --amicable-color-danger - Errors and the decline explanation; also Stripe's danger colour.
 * @cssproperty --amicable-color-success - The receipt's edge; also Stripe's success colour.
 * @cssproperty --amicable-radius - Corner radius, here and in Stripe's fields.
 * @cssproperty --amicable-font-family - Font family, here and in Stripe's fields (installed fonts only).
 * @cssproperty --amicable-font-size - Base font size.
 * @cssproperty --amicable-space-1 - Smallest gap; half of it is Stripe's spacing unit.
 * @cssproperty --amicable-space-2 - Gaps between lines.
 * @cssproperty --amicable-space-4 - Gaps between sections; panel padding.
 *
 * @event {AmicablePaidEvent} amicable-paid - A card or wallet payment succeeded (or is being settled by the bank). `detail`: `{ payment, invoiceIds }`.
 * @event {AmicablePaymentFailedEvent} amicable-payment-failed - A card or wallet payment was declined or not completed. `detail`: `{ paymentId, code, message }`.
 * @event {AmicableErrorEvent} amicable-error - Loading failed, or card payment could not be offered. `detail`: `{ code, message, retryable }`.
 */
export class AmicablePayNow extends AmicableElement {
  static override styles = [...baseStyles, hoverableButtonStyles, payNowStyles];

  readonly #invoices = new IdList(this, 'invoices');

  /**
   * The invoices to pay, by id: as an attribute or a string, separated by commas or spaces
   * (`"inv-1, inv-2"`); as a property, also an array (`['inv-1', 'inv-2']`). Reads back as the
   * array of ids. Entries that are not ids are left out with a console warning. Empty: every
   * overdue invoice.
   */
  @property({ converter: idListConverter })
  get invoices(): readonly string[] {
    return this.#invoices.ids;
  }
  set invoices(value: IdListInput) {
    this.#invoices.set(value);
  }

  @state() private method: Method | undefined;
  @state() private cardState: CardState = 'idle';
  /** Card payment cannot be offered now: Stripe.js did not load, or the server has no Stripe. */
  @state() private cardUnavailable = false;
  @state() private amountMode: 'full' | 'part' = 'full';
  @state() private partText = '';
  @state() private partTouched = false;
  @state() private declineMessage = '';
  @state() private paid: Payment | undefined;
  /** What the polite live region says ("Copied"). */
  @state() private announcement = '';
  /** The copy button that just copied, by key, to show "Copied" on it for a moment. */
  @state() private justCopied = '';

  readonly #configured = new ConfigurationController(this);
  #payment: Payment | undefined;
  #stripe: StripeLike | undefined;
  #elements: ElementsLike | undefined;
  #paymentElement: PaymentElementLike | undefined;
  #mountNode: HTMLElement | undefined;
  /** What the current card form was set up for (invoices and amount); a change needs a new payment. */
  #setupKey = '';
  /** One Idempotency-Key per (invoices, amount), so "try again" never starts a second payment. */
  readonly #idempotencyKeys = new Map<string, string>();
  /** Bumped whenever the card form is torn down, so late answers of an older setup are ignored. */
  #generation = 0;
  readonly #qrSymbols = new Map<string, QrSymbol | 'pending' | 'failed'>();
  #announcementTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #localize = new LocalizeController(this, {
    copy: [payNowCopy, validationCopy],
    onError: (error) => this.emitError(error),
    localeKnown: () =>
      this.#data.status === TaskStatus.COMPLETE ||
      this.#data.status === TaskStatus.ERROR ||
      this.#hasOwnLocale(),
  });

  readonly #data = new Task(this, {
    // The configuration in force when the request starts: `configure()` may run again (a new login).
    task: async ([configured, invoices]: readonly [boolean, readonly string[]], { signal }) => {
      const configuration = this.#configured.configuration;
      if (!configured || configuration === undefined) return undefined;
      return loadPayNowData(configuration.client, invoices, signal);
    },
    args: () => [this.#configured.configuration !== undefined, this.invoices] as const,
    onComplete: (data) => {
      if (data !== undefined) {
        this.setCustomerLocale(data.account.customer.locale);
        adoptCreditorWording(data.account.creditor);
      }
      this.#resetFlow();
    },
    onError: (error) => {
      if (!isAbortError(error)) this.emitError(error);
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#data.abort();
    this.#tearDownCard();
    clearTimeout(this.#announcementTimer);
  }

  #hasOwnLocale(): boolean {
    return closestLang(this) !== undefined || this.#configured.configuration?.locale !== undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const messages = this.#localize.messages;
    if (messages === undefined) return nothing;
    const status = this.#data.status;
    if (status === TaskStatus.ERROR) {
      return html`<div class="base" part="base">
        <p class="notice" part="notice" role="alert">${messages.common.errorFallback}</p>
        <button type="button" class="secondary" @click=${() => void this.#data.run()}>${messages.common.retry}</button>
      </div>`;
    }
    const data = this.#data.value;
    if (status !== TaskStatus.COMPLETE || data === undefined) {
      return html`<div class="base" part="base"><p class="progress" role="status">${messages.common.loading}</p></div>`;
    }
    return html`<section class="base" part="base" aria-labelledby="heading">
      <h2 class="heading" part="heading" id="heading">${messages.payNow.heading}</h2>
      ${
        this.paid !== undefined
          ? this.#renderReceipt(messages, this.paid)
          : data.invoices.length === 0
            ? html`<p class="notice" part="notice">${messages.payNow.nothingToPay}</p>`
            : this.#renderForm(messages, data)
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState('loading', this.#data.status === TaskStatus.PENDING);
    this.setState('card-unavailable', this.cardUnavailable);
    this.setState('declined', this.cardState === 'declined');
    this.setState('processing', this.cardState === 'processing');
    this.setState('paid', this.paid !== undefined);
  }

  // -------------------------------------------------------------------------------------------
  // Amounts

  #total(data: PayNowData): Money {
    const currency = data.invoices[0]?.payment.amount.currency ?? data.account.currency;
    return {
      amount: data.invoices.reduce((sum, invoice) => sum + invoice.payment.amount.amount, 0),
      currency,
    };
  }

  #partAllowed(data: PayNowData): boolean {
    return data.account.paymentOptions.partial;
  }

  /** The part amount typed, checked: the amount, or what is wrong with it. */
  #part(data: PayNowData, messages: PayNowMessages): { amount?: number; error?: string } {
    const total = this.#total(data);
    const locale = this.#localize.formatLocale;
    const min = Math.min(minimumCardAmount(total.currency), total.amount);
    const amount = parseAmount(this.partText, total.currency, locale);
    if (this.partText.trim() === '') return { error: messages.validation.required };
    if (amount === undefined) return { error: messages.validation.amountInvalid };
    if (amount < min) {
      return {
        error: messages.validation.amountTooLow({
          min: formatMoney({ amount: min, currency: total.currency }, locale),
        }),
      };
    }
    if (amount > total.amount) {
      return { error: messages.validation.amountTooHigh({ max: formatMoney(total, locale) }) };
    }
    return { amount };
  }

  /** The amount the customer chose, or `undefined` while the part typed is not valid. */
  #chosenAmount(data: PayNowData, messages: PayNowMessages): Money | undefined {
    const total = this.#total(data);
    if (this.amountMode === 'full' || !this.#partAllowed(data)) return total;
    const { amount } = this.#part(data, messages);
    return amount === undefined ? undefined : { amount, currency: total.currency };
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  #renderForm(messages: PayNowMessages, data: PayNowData): TemplateResult {
    const cardOffered = data.account.paymentOptions.card && !this.cardUnavailable;
    const showBank = !cardOffered || this.method === 'bank';
    return html`
      ${this.#renderAmount(messages, data)}
      ${
        cardOffered
          ? html`<fieldset class="methods" part="methods">
              <legend>${messages.payNow.method}</legend>
              ${this.#radio('method', 'card', this.method === 'card', messages.payNow.card, () => this.#chooseMethod('card'))}
              ${this.#radio('method', 'bank', this.method === 'bank', messages.payNow.bankTransfer, () => this.#chooseMethod('bank'))}
            </fieldset>`
          : this.cardUnavailable
            ? html`<div class="notice warning" part="notice" role="alert">
                <p>${messages.payNow.cardUnavailable}</p>
                <button type="button" class="link" @click=${this.#handleRetryCard}>${messages.payNow.tryAgain}</button>
              </div>`
            : html`<p class="notice" part="notice">${messages.payNow.bankTransferOnly}</p>`
      }
      ${cardOffered ? this.#renderCard(messages, data) : nothing}
      ${showBank ? this.#renderBank(messages, data) : nothing}
    `;
  }

  #radio(name: string, value: string, checked: boolean, label: string, onChange: () => void): TemplateResult {
    return html`<label class="choice">
      <input type="radio" name=${name} value=${value} .checked=${checked} @change=${onChange} />
      <span>${label}</span>
    </label>`;
  }

  #renderAmount(messages: PayNowMessages, data: PayNowData): TemplateResult {
    const locale = this.#localize.formatLocale;
    const total = this.#total(data);
    if (!this.#partAllowed(data)) {
      return html`<p class="total" part="total">
        <span>${messages.payNow.amountToPay}</span> <strong>${formatMoney(total, locale)}</strong>
      </p>`;
    }
    const min = Math.min(minimumCardAmount(total.currency), total.amount);
    const part = this.amountMode === 'part' ? this.#part(data, messages) : {};
    const showError = this.amountMode === 'part' && this.partTouched && part.error !== undefined;
    return html`<fieldset class="amount" part="amount">
      <legend>${messages.payNow.amountToPay}</legend>
      ${this.#radio(
        'amount',
        'full',
        this.amountMode === 'full',
        messages.payNow.fullAmount({ amount: formatMoney(total, locale) }),
        () => this.#chooseAmountMode('full'),
      )}
      ${this.#radio('amount', 'part', this.amountMode === 'part', messages.payNow.partAmount, () => this.#chooseAmountMode('part'))}
      ${
        this.amountMode === 'part'
          ? html`<div class="part">
              <label for="part-amount">${messages.payNow.partAmount} (${total.currency})</label>
              <input
                id="part-amount"
                part="amount-input"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                .value=${this.partText}
                aria-invalid=${showError ? 'true' : 'false'}
                aria-describedby="part-hint${showError ? ' part-error' : ''}"
                @input=${this.#handlePartInput}
                @change=${this.#handlePartCommit}
              />
              <p class="hint" id="part-hint">
                ${messages.payNow.partAmountHint({
                  min: formatMoney({ amount: min, currency: total.currency }, locale),
                  max: formatMoney(total, locale),
                })}
              </p>
              ${showError ? html`<p class="error" id="part-error">${part.error}</p>` : nothing}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #renderCard(messages: PayNowMessages, data: PayNowData): TemplateResult {
    const locale = this.#localize.formatLocale;
    const state = this.cardState;
    const amount = this.#payment?.amount ?? this.#chosenAmount(data, messages);
    const formShown = state === 'ready' || state === 'confirming' || state === 'declined';
    return html`<div class="card" part="card" ?hidden=${this.method !== 'card'}>
      ${
        state === 'starting' || state === 'loading'
          ? html`<p class="progress" role="status">${messages.payNow.loadingCardForm}</p>`
          : nothing
      }
      <div class="mount" part="payment-element" ?hidden=${!formShown}><slot name=${MOUNT_SLOT}></slot></div>
      ${
        state === 'start-failed'
          ? html`<div class="notice warning" role="alert">
              <p>${messages.payNow.startFailed}</p>
              <button type="button" class="secondary" @click=${this.#handleRetryCard}>${messages.payNow.tryAgain}</button>
            </div>`
          : nothing
      }
      ${
        state === 'declined'
          ? html`<div class="declined" part="declined" role="alert">
              <p class="declined-heading">${messages.payNow.declinedHeading}</p>
              <p>${messages.payNow.declinedBody}</p>
              ${this.declineMessage ? html`<p class="provider-message">${this.declineMessage}</p>` : nothing}
            </div>`
          : nothing
      }
      ${
        formShown && amount !== undefined
          ? html`<div class="actions">
              <button
                type="button"
                class="primary"
                part="pay-button"
                aria-disabled=${state === 'confirming' ? 'true' : 'false'}
                @click=${this.#handlePay}
              >
                ${
                  state === 'confirming'
                    ? messages.payNow.processing
                    : state === 'declined'
                      ? messages.payNow.tryAgain
                      : messages.payNow.payButton({ amount: formatMoney(amount, locale) })
                }
              </button>
              ${
                state === 'declined'
                  ? html`<button type="button" class="secondary" @click=${() => this.#chooseMethod('bank')}>
                      ${messages.payNow.useBankTransfer}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        state === 'processing'
          ? html`<div class="processing" role="status">
              <p class="processing-heading">${messages.payNow.processingHeading}</p>
              <p>${messages.payNow.processingBody}</p>
            </div>`
          : nothing
      }
    </div>`;
  }

  #renderBank(messages: PayNowMessages, data: PayNowData): TemplateResult {
    const single = data.invoices.length === 1;
    const chosen = single ? this.#chosenAmount(data, messages) : undefined;
    return html`<div class="bank" part="bank-transfer">
      ${data.invoices.map((invoice) =>
        this.#renderTransfer(messages, invoice, single ? undefined : invoice.number, chosen),
      )}
      <p class="hint">${messages.payNow.bankTransferNote}</p>
    </div>`;
  }

  #renderTransfer(
    messages: PayNowMessages,
    invoice: InvoiceDetail,
    heading: string | undefined,
    chosen: Money | undefined,
  ): TemplateResult {
    const locale = this.#localize.formatLocale;
    const { bankAccount, reference } = invoice.payment;
    const amount = chosen ?? invoice.payment.amount;
    const key = invoice.id;
    const payload =
      invoice.payment.epcQr === undefined
        ? undefined
        : chosen === undefined || chosen.amount === invoice.payment.amount.amount
          ? invoice.payment.epcQr
          : withEpcAmount(invoice.payment.epcQr, chosen.amount);
    const schemeLabel = messages.payNow.referenceSchemes[reference.scheme];
    return html`<div class="transfer" part="transfer">
      ${heading === undefined ? nothing : html`<h3 class="transfer-heading">${messages.payNow.invoiceHeading({ number: heading })}</h3>`}
      <dl class="details">
        ${this.#row(messages, `${key}-holder`, messages.payNow.accountHolder, bankAccount.holder)}
        ${
          bankAccount.iban
            ? this.#row(
                messages,
                `${key}-iban`,
                messages.payNow.iban,
                formatIban(bankAccount.iban),
                bankAccount.iban,
              )
            : nothing
        }
        ${
          bankAccount.accountNumber
            ? this.#row(
                messages,
                `${key}-account`,
                messages.payNow.accountNumber,
                formatAccountNumber(bankAccount.accountNumber),
                bankAccount.accountNumber.replace(/\D/g, ''),
              )
            : nothing
        }
        ${bankAccount.bic ? this.#row(messages, `${key}-bic`, messages.payNow.bic, bankAccount.bic) : nothing}
        ${this.#row(
          messages,
          `${key}-amount`,
          messages.payNow.amount,
          formatMoney(amount, locale),
          plainAmount(amount.amount, amount.currency, locale),
        )}
        ${this.#row(messages, `${key}-reference`, schemeLabel, reference.display, reference.value, 'reference')}
      </dl>
      <p class="hint">${messages.payNow.referenceHint}</p>
      ${payload === undefined ? nothing : this.#renderQr(messages, payload)}
    </div>`;
  }

  #row(
    messages: PayNowMessages,
    key: string,
    label: string,
    shown: string,
    copyValue?: string,
    part?: string,
  ): TemplateResult {
    const copied = this.justCopied === key;
    return html`<div class="row">
      <dt>${label}</dt>
      <dd>
        <span class="value" part=${part ?? nothing} id=${`value-${key}`}>${shown}</span>
        ${
          copyValue === undefined
            ? nothing
            : html`<button
                type="button"
                class="copy"
                part="copy-button"
                data-copy=${key}
                @click=${() => void this.#handleCopy(key, copyValue, messages)}
              >
                ${copied ? messages.payNow.copied : messages.payNow.copy({ label })}
              </button>`
        }
      </dd>
    </div>`;
  }

  #renderQr(messages: PayNowMessages, payload: string): TemplateResult | typeof nothing {
    const symbol = this.#qrSymbols.get(payload);
    if (symbol === undefined) {
      this.#qrSymbols.set(payload, 'pending');
      encodeEpcQr(payload).then(
        (encoded) => {
          this.#qrSymbols.set(payload, encoded);
          this.requestUpdate();
        },
        (error: unknown) => {
          // Without the code, the transfer details above still say everything.
          this.#qrSymbols.set(payload, 'failed');
          this.emitError(error);
        },
      );
      return nothing;
    }
    if (symbol === 'pending' || symbol === 'failed') return nothing;
    // Always dark on white, whatever the theme: banking apps' scanners expect it.
    return html`<figure class="qr" part="qr">
      <svg
        role="img"
        aria-label=${messages.payNow.qrAlt}
        viewBox="0 0 ${symbol.size} ${symbol.size}"
        shape-rendering="crispEdges"
        data-payload=${payload}
      >
        <rect width=${symbol.size} height=${symbol.size} fill="#ffffff"></rect>
        <path d=${qrPath(symbol.modules)} fill="#000000"></path>
      </svg>
      <figcaption>
        <span class="qr-heading">${messages.payNow.qrHeading}</span>
        <span>${messages.payNow.qrHint}</span>
      </figcaption>
    </figure>`;
  }

  #renderReceipt(messages: PayNowMessages, payment: Payment): TemplateResult {
    const locale = this.#localize.formatLocale;
    return html`<div class="receipt" part="receipt">
      <h3 class="receipt-heading" tabindex="-1">${messages.payNow.successHeading}</h3>
      <p>${messages.payNow.successBody({ amount: formatMoney(payment.amount, locale), date: formatDate(today(), locale) })}</p>
      <p class="receipt-reference">${messages.payNow.receipt({ reference: payment.id })}</p>
    </div>`;
  }

  // -------------------------------------------------------------------------------------------
  // Handlers

  #chooseMethod(method: Method): void {
    this.method = method;
    if (method === 'card') void this.#setUpCard();
  }

  #chooseAmountMode(mode: 'full' | 'part'): void {
    this.amountMode = mode;
    this.partTouched = false;
    if (mode === 'part') {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#part-amount')?.focus(),
      );
    }
    this.#amountChanged();
  }

  #handlePartInput(event: Event): void {
    this.partText = (event.target as HTMLInputElement).value;
    // Say what is wrong as it is typed, once something has been typed.
    this.partTouched = this.partText.trim() !== '';
  }

  #handlePartCommit(): void {
    this.partTouched = true;
    this.#amountChanged();
  }

  /** A new amount needs a new payment; set one up if the customer is paying by card. */
  #amountChanged(): void {
    if (this.method === 'card') void this.#setUpCard();
  }

  #handleRetryCard(): void {
    this.cardUnavailable = false;
    this.#tearDownCard();
    this.method = 'card';
    void this.#setUpCard();
  }

  async #handleCopy(key: string, value: string, messages: PayNowMessages): Promise<void> {
    const copied = await copyText(value, this.renderRoot);
    this.justCopied = copied ? key : '';
    // Re-set so that a second copy is announced again.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = copied ? messages.payNow.copied : messages.payNow.copyFailed;
    if (!copied) {
      const text = this.renderRoot.querySelector(`#value-${CSS.escape(key)}`);
      if (text !== null) getSelection()?.selectAllChildren(text);
    }
    clearTimeout(this.#announcementTimer);
    this.#announcementTimer = setTimeout(() => {
      this.justCopied = '';
      this.announcement = '';
    }, 3_000);
  }

  // -------------------------------------------------------------------------------------------
  // The card flow

  #resetFlow(): void {
    this.#tearDownCard();
    this.method = undefined;
    this.cardUnavailable = false;
    this.paid = undefined;
    this.amountMode = 'full';
    this.partText = '';
    this.partTouched = false;
  }

  #tearDownCard(): void {
    this.#generation += 1;
    try {
      this.#paymentElement?.destroy();
    } catch {
      // Already gone with its iframe: nothing to release.
    }
    this.#paymentElement = undefined;
    this.#elements = undefined;
    this.#mountNode?.remove();
    this.#mountNode = undefined;
    this.#payment = undefined;
    this.#setupKey = '';
    this.cardState = 'idle';
    this.declineMessage = '';
  }

  #becomeUnavailable(error: unknown): void {
    this.#tearDownCard();
    this.cardUnavailable = true;
    this.method = 'bank';
    this.emitError(error);
  }

  async #setUpCard(): Promise<void> {
    const data = this.#data.value;
    const messages = this.#localize.messages;
    const client = this.#configured.configuration?.client;
    if (data === undefined || messages === undefined || client === undefined) return;
    const amount = this.#chosenAmount(data, messages);
    if (amount === undefined) {
      this.#tearDownCard();
      return;
    }
    const invoiceIds = data.invoices.map((invoice) => invoice.id);
    const full = amount.amount === this.#total(data).amount;
    const setupKey = `${invoiceIds.join(',')}|${full ? 'full' : amount.amount}`;
    if (setupKey === this.#setupKey && this.cardState !== 'start-failed') return;
    this.#tearDownCard();
    this.#setupKey = setupKey;
    const generation = this.#generation;
    const current = () => generation === this.#generation && this.isConnected;

    // Stripe cannot mount into a shadow root; where the host put us in one, say so, and offer the bank.
    if (this.getRootNode() instanceof ShadowRoot) {
      this.#becomeUnavailable(
        new StripeUnavailableError(
          '<amicable-pay-now> is inside a shadow root, where Stripe Elements cannot mount: place it in the light DOM',
        ),
      );
      return;
    }

    this.cardState = 'starting';
    let idempotencyKey = this.#idempotencyKeys.get(setupKey);
    if (idempotencyKey === undefined) {
      idempotencyKey = createIdempotencyKey();
      this.#idempotencyKeys.set(setupKey, idempotencyKey);
    }
    let payment: Payment;
    try {
      payment = await createPayment(client, { invoiceIds, ...(full ? {} : { amount }) }, idempotencyKey);
    } catch (error) {
      if (!current()) return;
      if (isHttpError(error) && error.problem.code === 'payment_provider_unavailable') {
        this.#becomeUnavailable(error);
      } else if (isHttpError(error) && error.problem.code === 'nothing_payable') {
        this.emitError(error);
        void this.#data.run();
      } else {
        this.cardState = 'start-failed';
        this.emitError(error);
      }
      return;
    }
    if (!current()) return;
    this.#payment = payment;
    if (payment.clientSecret === null || payment.publishableKey === null) {
      this.#becomeUnavailable(new StripeUnavailableError('The server started a payment without Stripe keys'));
      return;
    }

    this.cardState = 'loading';
    let stripe: StripeLike;
    try {
      stripe = await loadStripeClient(payment.publishableKey);
    } catch (error) {
      if (current()) this.#becomeUnavailable(error);
      return;
    }
    if (!current()) return;
    this.#stripe = stripe;
    await this.#mount(stripe, payment.clientSecret, generation);
  }

  async #mount(stripe: StripeLike, clientSecret: string, generation: number): Promise<void> {
    const style = getComputedStyle(this);
    const node = document.createElement('div');
    node.slot = MOUNT_SLOT;
    node.className = 'amicable-payment-element';
    this.append(node);
    this.#mountNode = node;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new StripeUnavailableError(
              `Stripe's payment form did not load within ${STRIPE_LOAD_TIMEOUT_MS} ms`,
            ),
          ),
        STRIPE_LOAD_TIMEOUT_MS,
      );
      try {
        const elements = stripe.elements({
          clientSecret,
          appearance: { ...appearanceFromTokens((name) => style.getPropertyValue(name), style.fontSize) },
          locale: negotiateLocale([this.locale]),
        });
        const element = elements.create('payment', { layout: 'tabs' });
        element.on('ready', () => {
          clearTimeout(timer);
          resolve();
        });
        element.on('loaderror', (event) => {
          clearTimeout(timer);
          reject(new StripeUnavailableError("Stripe's payment form failed to load", { cause: event }));
        });
        this.#elements = elements;
        this.#paymentElement = element;
        element.mount(node);
      } catch (error) {
        clearTimeout(timer);
        reject(error);
      }
    });
    try {
      await ready;
    } catch (error) {
      if (generation === this.#generation) this.#becomeUnavailable(error);
      return;
    }
    if (generation === this.#generation) this.cardState = 'ready';
  }

  async #handlePay(): Promise<void> {
    const stripe = this.#stripe;
    const elements = this.#elements;
    const payment = this.#payment;
    if (
      stripe === undefined ||
      elements === undefined ||
      payment === undefined ||
      this.cardState === 'confirming'
    ) {
      return;
    }
    const generation = this.#generation;
    this.cardState = 'confirming';
    this.declineMessage = '';
    let result: Awaited<ReturnType<StripeLike['confirmPayment']>>;
    try {
      result = await stripe.confirmPayment({
        elements,
        // Only for methods that must leave the page (bank redirects); cards and wallets stay here.
        confirmParams: { return_url: location.href },
        redirect: 'if_required',
      });
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#decline(payment, 'confirmation_failed', '');
      this.emitError(error);
      return;
    }
    if (generation !== this.#generation) return;
    if (result.error !== undefined) {
      // Incomplete or invalid fields: Stripe shows what to fix inside its own form.
      if (result.error.type === 'validation_error') {
        this.cardState = 'ready';
        return;
      }
      this.#decline(
        payment,
        result.error.decline_code ?? result.error.code ?? result.error.type,
        result.error.message ?? '',
      );
      return;
    }
    const status = result.paymentIntent?.status;
    if (status === 'succeeded') {
      await this.#finish(payment, 'succeeded');
    } else if (status === 'processing') {
      this.cardState = 'processing';
      void this.#watchProcessing(payment, generation);
    } else {
      // 3-D Secure abandoned, or the intent wants another method.
      this.#decline(payment, 'payment_incomplete', '');
    }
  }

  #decline(payment: Payment, code: string, message: string): void {
    this.cardState = 'declined';
    this.declineMessage = message;
    this.dispatchEvent(new AmicablePaymentFailedEvent({ paymentId: payment.id, code, message }));
  }

  /** Checks with the server (which asks Stripe) until the bank has settled a `processing` payment. */
  async #watchProcessing(payment: Payment, generation: number): Promise<void> {
    const client = this.#configured.configuration?.client;
    if (client === undefined) return;
    for (let attempt = 0; attempt < PROCESSING_POLLS; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, PROCESSING_POLL_MS));
      if (generation !== this.#generation || !this.isConnected) return;
      try {
        const latest = await getPayment(client, payment.id);
        if (latest.status === 'succeeded') {
          await this.#finish(payment, 'succeeded');
          return;
        }
        if (latest.status === 'failed') {
          this.#decline(payment, 'payment_failed', '');
          return;
        }
      } catch {
        // The message already says the bank is confirming; try again on the next round.
      }
    }
  }

  async #finish(payment: Payment, status: 'succeeded' | 'processing'): Promise<void> {
    const data = this.#data.value;
    // Ask the server to look at Stripe now, so the account is up to date without waiting for the
    // webhook; the browser's word never counts as payment, Stripe's does.
    let settled: Payment = { ...payment, status };
    const client = this.#configured.configuration?.client;
    if (client !== undefined) {
      try {
        const latest = await getPayment(client, payment.id);
        if (latest.status === 'succeeded') settled = latest;
      } catch {
        // Stripe said it succeeded; the server will hear it from Stripe's webhook.
      }
    }
    const shown: Payment = { ...settled, clientSecret: null, publishableKey: null };
    this.#tearDownCard();
    this.paid = shown;
    this.dispatchEvent(
      new AmicablePaidEvent({
        payment: shown,
        invoiceIds:
          shown.invoiceIds.length > 0
            ? shown.invoiceIds
            : (data?.invoices.map((invoice) => invoice.id) ?? []),
      }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.receipt-heading')?.focus();
  }
}

/** A Norwegian account number as banks print it (`1234 56 78903`); anything else as given. */
function formatAccountNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 11 ? `${digits.slice(0, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}` : value;
}

declare global {
  interface HTMLElementTagNameMap {
    'amicable-pay-now': AmicablePayNow;
  }
}
