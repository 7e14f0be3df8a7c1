import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { trackEvent } from '../../src/client/analytics';
import type { ApiClient } from '../../src/client/api/client';
import { isAbortError } from '../../src/client/errors';
import { formatDate, formatPercent } from '../../src/client/i18n/format';
import type { GlossaryKey } from '../../src/client/i18n/messages';
import type { CatalogView } from '../../src/client/i18n/parts';
import { explainerCopy } from '../../src/client/i18n/sources/explainer';
import { payNowCopy } from '../../src/client/i18n/sources/pay-now';
import { type Charge, InvoiceDetail, type InvoiceLine } from '../../src/contract/invoice';
import type { Money } from '../../src/contract/money';
import { formatMoney } from '../../src/domain/money';
import { AccountChangesController } from '../base/account-changes-controller';
import { AmicableElement } from '../base/amicable-element';
import { ConfigurationController } from '../base/configuration-controller';
import { AmicableActionEvent } from '../base/events/amicable-action';
import { adoptCreditorWording, LocalizeController } from '../base/localize';
import { baseStyles } from '../base/tokens.styles';
import type { AmicableDialog } from '../dialog/dialog';
import { openFlowDialog } from '../dialog/flow-dialog';
import '../term-popover/define';
import { hoverableButtonStyles, visuallyHiddenStyles } from '../base/controls.styles';
import { invoiceExplainerStyles } from './invoice-explainer.styles';
import {
  actionsFor,
  calendarDayOf,
  type ExplainerAction,
  isSettled,
  legalBasisOf,
  remindersOf,
  termForBasis,
  termForNextFee,
  termForNextStep,
  termForNotice,
  termForReference,
} from './invoice-facts';

/** The copy this element renders with. */
type ExplainerMessages = CatalogView<'explainer' | 'payNow'>;

const elementName = 'amicable-invoice-explainer';

/** The flow each action opens in the explainer's dialog, and how it is told which invoice. */

/** `GET /v1/invoices/{id}`, validated against the contract. */
function getInvoice(client: ApiClient, id: string, signal: AbortSignal): Promise<InvoiceDetail> {
  return client.request(InvoiceDetail, { path: `/invoices/${encodeURIComponent(id)}`, signal });
}

/**
 * The invoice made recognisable: what it is for (each line, what was delivered when, and the
 * order, contract and purchase-order references), every fee and interest added since with the
 * rule that allows it in plain words, the payments received and reminders sent so far, what
 * happens next (on which date, at what cost), a link to the original document, and the ways
 * forward: pay, propose a plan, choose a payment date, or say what is wrong, for the whole
 * invoice or for one line.
 *
 * Legal terms (purregebyr, wettelijke rente, Verzugszinsen…) explain themselves in a popover
 * (`<amicable-term-popover>`), reachable by keyboard, pointer and touch.
 *
 * Each action emits the cancelable `amicable-action`. Unless the host (or an element around the
 * explainer) cancels it, the explainer opens that flow in a modal dialog in its own light DOM
 * (`<amicable-pay-now>` must stay out of shadow roots for Stripe); a dispute started from a line
 * opens `<amicable-dispute-form lines="…">` with that line pre-selected. After a flow reports
 * success the invoice is fetched again.
 *
 * While loading it shows a short status; when the API fails it shows a calm message with a retry
 * button and emits one `amicable-error`. Nothing from the API is rendered as HTML.
 *
 * @tag amicable-invoice-explainer
 * @summary An invoice explained: lines, references, fees and why, payments, reminders, what happens next, and actions.
 *
 * @slot dialog - Used by the explainer itself for the flow dialog; leave it empty.
 *
 * @csspart base - The invoice (an `<article>`).
 * @csspart header - Heading, creditor and how overdue it is.
 * @csspart heading - The invoice's heading ("Invoice 2025-0042").
 * @csspart status - "12 days overdue" / "Due in 3 days".
 * @csspart facts - Number, dates, total and the amount to pay.
 * @csspart amount-to-pay - The amount to pay, emphasised.
 * @csspart document-link - The link to the original document.
 * @csspart section - Every section (lines, charges, payments, reminders, next step, bank transfer, actions); each also has its own name below.
 * @csspart lines - What the invoice is for.
 * @csspart references - Order, contract and purchase-order references.
 * @csspart line - One invoice line.
 * @csspart line-problem - The "something wrong with this line?" button of a line.
 * @csspart charges - Fees and interest.
 * @csspart charge - One fee or interest charge.
 * @csspart payments - Payments received.
 * @csspart reminders - Reminders sent.
 * @csspart next-step - What happens next.
 * @csspart bank-transfer - Account and structured reference for a bank transfer.
 * @csspart actions - The section with the action buttons.
 * @csspart action - Every action button; each also has `action-pay`, `action-plan`, `action-promise` or `action-dispute`.
 * @csspart primary-action - The action the explainer leads with (pay, when possible).
 * @csspart loading - The loading status.
 * @csspart error - The message shown when the invoice could not be loaded.
 * @csspart retry-button - Try loading again.
 *
 * @cssproperty --amicable-color-accent - Buttons, links and the edge of the amount to pay.
 * @cssproperty --amicable-color-on-accent - Text on the primary button.
 * @cssproperty --amicable-color-text - Body text.
 * @cssproperty --amicable-color-text-muted - Secondary facts (dates, references, reasons).
 * @cssproperty --amicable-color-surface - Background of the invoice.
 * @cssproperty --amicable-color-surface-muted - Background of the facts and line cards.
 * @cssproperty --amicable-color-border - Borders and separators.
 * @cssproperty --amicable-color-focus - Focus ring.
 * @cssproperty --amicable-color-danger - "Overdue" status.
 * @cssproperty --amicable-color-success - "Paid" status.
 * @cssproperty --amicable-color-backdrop - Behind the flow dialog.
 * @cssproperty --amicable-radius - Corner radius.
 * @cssproperty --amicable-font-family - Font family.
 * @cssproperty --amicable-font-size - Base font size (default `medium`, the reader's own setting).
 * @cssproperty --amicable-line-height - Line height.
 * @cssproperty --amicable-space-1 - Smallest gaps.
 * @cssproperty --amicable-space-2 - Gaps between facts and buttons.
 * @cssproperty --amicable-space-3 - Padding of cards.
 * @cssproperty --amicable-space-4 - Padding of the invoice.
 * @cssproperty --amicable-space-5 - Gaps between sections.
 * @cssproperty --amicable-duration - Length of transitions (0 when the reader prefers reduced motion).
 *
 * @event {AmicableActionEvent} amicable-action - The customer chose an action: `detail.action` (`pay`, `plan`, `promise`, `dispute`), `detail.invoiceIds` (this invoice) and, for a dispute started from a line, `detail.lineIds`. Cancelable: prevent it to handle the action in the portal instead of the explainer's dialog.
 * @event {AmicableErrorEvent} amicable-error - Loading failed; the explainer shows a calm message with a retry button. `detail`: `{ code, message, retryable }`.
 */
export class AmicableInvoiceExplainer extends AmicableElement {
  static override styles = [
    ...baseStyles,
    hoverableButtonStyles,
    visuallyHiddenStyles,
    invoiceExplainerStyles,
  ];

  /** The id of the invoice to explain. Empty or missing: the element renders nothing. */
  @property({
    converter: { fromAttribute: (value: string | null) => (value ?? '').trim() },
  })
  invoice = '';

  // Removed while loading and put back (a framework moving it): load again.
  readonly #configured = new ConfigurationController(this, () => {
    if (this.#invoice.status === TaskStatus.ERROR && isAbortError(this.#invoice.error)) {
      void this.#invoice.run();
    }
  });
  #dialog: AmicableDialog | undefined;
  /** The last invoice shown: kept on screen while it is fetched again, so nothing blinks. */
  #shown: InvoiceDetail | undefined;
  readonly #impressions = new Set<string>();

  readonly #localize = new LocalizeController(this, {
    copy: [explainerCopy, payNowCopy],
    onError: (error) => this.emitError(error),
  });

  readonly #invoice = new Task(this, {
    // The configuration in force when the request starts: `configure()` may run again (a new login).
    task: async ([configured, id]: readonly [boolean, string], { signal }) => {
      const configuration = this.#configured.configuration;
      return !configured || configuration === undefined || id === ''
        ? initialState
        : getInvoice(configuration.client, id, signal);
    },
    args: () => [this.#configured.configuration !== undefined, this.invoice] as const,
    onComplete: (invoice) => {
      this.#shown = invoice;
      adoptCreditorWording(invoice?.creditor);
    },
    onError: (error) => {
      if (!isAbortError(error)) {
        this.#shown = undefined;
        this.emitError(error);
      }
    },
  });

  constructor() {
    super();
    // A payment, plan, promise or dispute made anywhere on the page (in this element's own dialog
    // or in another element) changes what is owed.
    this.addController(new AccountChangesController(this, () => void this.refresh()));
  }

  /** The invoice as last loaded, or `undefined` while the first load runs or after a failure. */
  get invoiceDetail(): InvoiceDetail | undefined {
    return this.#invoice.status === TaskStatus.COMPLETE ? this.#invoice.value : undefined;
  }

  /** Load the invoice again (after the portal handled an action itself, say). */
  async refresh(): Promise<void> {
    if (this.#configured.configuration !== undefined && this.invoice !== '') {
      await this.#invoice.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#invoice.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('invoice') && this.#shown?.id !== this.invoice) {
      this.#shown = undefined;
    }
  }

  protected override render(): TemplateResult {
    const messages = this.#localize.messages;
    return html`${messages === undefined ? nothing : this.#renderContent(messages)}<slot name="dialog"></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.#invoice.status;
    const failed = status === TaskStatus.ERROR && !isAbortError(this.#invoice.error);
    const shown = this.#shown;
    this.setState(
      'loading',
      status === TaskStatus.PENDING ||
        (status !== TaskStatus.INITIAL && this.#localize.messages === undefined),
    );
    this.setState('error', failed);
    this.setState('shown', shown !== undefined && this.renderRoot.querySelector('.base') !== null);
    this.setState('overdue', shown !== undefined && !isSettled(shown) && shown.daysOverdue > 0);
    this.setState('settled', shown !== undefined && isSettled(shown));
    if (shown !== undefined && this.hasState('shown') && !this.#impressions.has(shown.id)) {
      this.#impressions.add(shown.id);
      trackEvent({ type: 'impression', element: elementName, invoiceIds: [shown.id] });
    }
  }

  #renderContent(messages: ExplainerMessages): TemplateResult | typeof nothing {
    const status = this.#invoice.status;
    if (status === TaskStatus.ERROR) {
      return isAbortError(this.#invoice.error) ? nothing : this.#renderError(messages);
    }
    const invoice = this.#shown;
    if (invoice !== undefined) {
      return this.#renderInvoice(messages, invoice);
    }
    if (status === TaskStatus.PENDING) {
      return html`<p class="loading" part="loading" role="status">${messages.common.loading}</p>`;
    }
    return nothing;
  }

  #renderError(messages: ExplainerMessages): TemplateResult {
    return html`<div class="error" part="error" role="status">
      <p>${messages.common.errorFallback}</p>
      <button class="secondary" part="retry-button" type="button" @click=${() => void this.#invoice.run()}>
        ${messages.common.retry}
      </button>
    </div>`;
  }

  #renderInvoice(messages: ExplainerMessages, invoice: InvoiceDetail): TemplateResult {
    const text = messages.explainer;
    const locale = this.#localize.formatLocale;
    const money = (value: Money) => formatMoney(value, locale);
    const date = (value: string) => formatDate(value, locale);
    const settled = isSettled(invoice);
    const actions = actionsFor(invoice);
    const overdue = !settled && invoice.daysOverdue > 0;
    return html`<article class="base" part="base" aria-labelledby="heading">
      <header class="header" part="header">
        <h2 class="heading" part="heading" id="heading">${text.heading({ number: invoice.number })}</h2>
        <p class="creditor">${text.issuedBy({ creditor: invoice.creditor.name })}</p>
        ${
          settled
            ? invoice.status === 'paid'
              ? html`<p class="status paid" part="status">${text.nothingToPay}</p>`
              : nothing
            : html`<p class="status ${overdue ? 'overdue' : ''}" part="status">
                ${overdue ? text.daysOverdue({ count: invoice.daysOverdue }) : text.dueIn({ count: -invoice.daysOverdue })}
              </p>`
        }
      </header>

      <dl class="facts" part="facts">
        <div class="fact"><dt>${text.invoiceNumber}</dt><dd>${invoice.number}</dd></div>
        <div class="fact"><dt>${text.issued}</dt><dd>${date(invoice.issueDate)}</dd></div>
        <div class="fact"><dt>${text.due}</dt><dd>${date(invoice.dueDate)}</dd></div>
        <div class="fact"><dt>${text.total}</dt><dd>${money(invoice.total)}</dd></div>
        <div class="fact to-pay" part="amount-to-pay">
          <dt>${text.openAmount}</dt>
          <dd>
            <span class="amount">${money(invoice.payment.amount)}</span>
            ${
              invoice.disputed !== undefined && invoice.disputed.amount > 0
                ? html`<span class="disputed">${text.disputedPart({ amount: money(invoice.disputed) })}</span>`
                : nothing
            }
          </dd>
        </div>
      </dl>

      ${
        invoice.documentUrl === undefined
          ? nothing
          : html`<p class="document">
              <a part="document-link" href=${invoice.documentUrl} target="_blank" rel="noopener noreferrer">
                ${text.originalDocument}<span class="visually-hidden"> (${text.opensInNewTab})</span>
              </a>
            </p>`
      }

      ${this.#renderLines(messages, invoice, actions.includes('dispute'))}
      ${this.#renderCharges(messages, invoice)}
      ${this.#renderPayments(messages, invoice)}
      ${this.#renderReminders(messages, invoice)}
      ${this.#renderNextStep(messages, invoice)}
      ${this.#renderBankTransfer(messages, invoice)}
      ${this.#renderActions(messages, invoice, actions)}
    </article>`;
  }

  #renderLines(messages: ExplainerMessages, invoice: InvoiceDetail, canDispute: boolean): TemplateResult {
    const text = messages.explainer;
    const { order, contract, purchaseOrder } = invoice.references;
    const references = [
      [text.order, order],
      [text.contract, contract],
      [text.purchaseOrder, purchaseOrder],
    ].filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
    return html`<section class="section" part="section lines">
      <h3 class="section-heading">${text.lines}</h3>
      ${
        references.length === 0
          ? nothing
          : html`<dl class="references" part="references" aria-label=${text.references}>
              ${references.map(([label, value]) => html`<div class="reference"><dt>${label}</dt><dd>${value}</dd></div>`)}
            </dl>`
      }
      <ul class="lines" role="list">
        ${invoice.lines.map((line, index) => this.#renderLine(messages, line, index, invoice, canDispute))}
      </ul>
    </section>`;
  }

  #renderLine(
    messages: ExplainerMessages,
    line: InvoiceLine,
    index: number,
    invoice: InvoiceDetail,
    canDispute: boolean,
  ): TemplateResult {
    const text = messages.explainer;
    const locale = this.#localize.formatLocale;
    const showQuantity = line.quantity !== 1 || line.unitPrice.amount !== line.amount.amount;
    const descriptionId = `line-${index}`;
    const details: (TemplateResult | string)[] = [];
    if (showQuantity) {
      details.push(
        html`<span class="visually-hidden">${text.quantity}: </span>${formatQuantity(line.quantity, locale)} ×
          <span class="visually-hidden">${text.unitPrice}: </span>${formatMoney(line.unitPrice, locale)}`,
      );
    }
    if (line.deliveredOn !== undefined) {
      details.push(text.deliveredOn({ date: formatDate(line.deliveredOn, locale) }));
    }
    if (line.reference !== undefined) {
      details.push(text.lineReference({ reference: line.reference }));
    }
    return html`<li class="line" part="line" data-line-id=${line.id}>
      <div class="line-main">
        <p class="line-description" id=${descriptionId}>${line.description}</p>
        <p class="line-amount"><span class="visually-hidden">${text.lineAmount}: </span>${formatMoney(line.amount, locale)}</p>
      </div>
      ${
        details.length === 0
          ? nothing
          : html`<ul class="line-details" role="list">${details.map((detail) => html`<li>${detail}</li>`)}</ul>`
      }
      ${
        canDispute
          ? html`<button
              class="link line-problem"
              part="line-problem"
              type="button"
              aria-describedby=${descriptionId}
              @click=${(event: Event) => this.#handleAction('dispute', invoice, event.currentTarget as HTMLElement, [line.id])}
            >
              ${text.lineProblem}
            </button>`
          : nothing
      }
    </li>`;
  }

  #renderCharges(messages: ExplainerMessages, invoice: InvoiceDetail): TemplateResult {
    const text = messages.explainer;
    return html`<section class="section" part="section charges">
      <h3 class="section-heading">${text.charges}</h3>
      ${
        invoice.charges.length === 0
          ? html`<p class="empty">${text.noCharges}</p>`
          : html`<ul class="charges" role="list">
              ${invoice.charges.map((charge) => this.#renderCharge(messages, charge))}
            </ul>`
      }
    </section>`;
  }

  #renderCharge(messages: ExplainerMessages, charge: Charge): TemplateResult {
    const locale = this.#localize.formatLocale;
    const amount = formatMoney(charge.amount, locale);
    const basis = legalBasisOf(charge.basis, messages);
    const facts: string[] = [];
    if (charge.rate !== undefined) {
      facts.push(messages.charges.rate({ rate: formatPercent(charge.rate, locale) }));
    }
    if (charge.period !== undefined) {
      facts.push(
        messages.charges.period({
          from: formatDate(charge.period.from, locale),
          to: formatDate(charge.period.to, locale),
        }),
      );
    } else if (charge.addedOn !== undefined) {
      facts.push(messages.explainer.chargeAddedOn({ date: formatDate(charge.addedOn, locale) }));
    }
    // Rate and period stand on their own line, so the reason only needs the amount.
    const reason =
      basis === undefined
        ? `${messages.charges.kinds[charge.kind]}: ${messages.charges.otherReason({ amount })}`
        : messages.charges.reasons[basis]({ amount });
    return html`<li class="charge" part="charge" data-kind=${charge.kind} data-basis=${charge.basis}>
      <div class="charge-main">
        <p class="charge-name">${this.#term(messages, termForBasis(basis), messages.charges.kinds[charge.kind])}</p>
        <p class="charge-amount">${amount}</p>
      </div>
      ${facts.length === 0 ? nothing : html`<p class="charge-facts">${facts.join(' · ')}</p>`}
      <p class="charge-reason">${reason}</p>
    </li>`;
  }

  #renderPayments(messages: ExplainerMessages, invoice: InvoiceDetail): TemplateResult {
    const text = messages.explainer;
    const locale = this.#localize.formatLocale;
    return html`<section class="section" part="section payments">
      <h3 class="section-heading">${text.paymentsReceived}</h3>
      ${
        invoice.payments.length === 0
          ? html`<p class="empty">${text.noPayments}</p>`
          : html`<ul class="events" role="list">
              ${invoice.payments.map(
                (payment) => html`<li class="event payment">
                  ${text.timeline['payment.received']({
                    date: formatDate(payment.receivedOn, locale),
                    amount: formatMoney(payment.amount, locale),
                  })}
                  <span class="muted">· ${text.paymentMethods[payment.method]}</span>
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  #renderReminders(messages: ExplainerMessages, invoice: InvoiceDetail): TemplateResult {
    const text = messages.explainer;
    const locale = this.#localize.formatLocale;
    const reminders = remindersOf(invoice);
    return html`<section class="section" part="section reminders">
      <h3 class="section-heading">${text.remindersSent}</h3>
      ${
        reminders.length === 0
          ? html`<p class="empty">${text.noReminders}</p>`
          : html`<ul class="events" role="list">
              ${reminders.map((reminder) => {
                const notice = termForNotice(reminder.stage, invoice.creditor.country);
                return html`<li class="event reminder" data-stage=${reminder.stage ?? nothing}>
                  ${text.timeline['reminder.sent']({
                    date: formatDate(calendarDayOf(reminder.at), locale),
                    ...(reminder.channel === undefined ? {} : { channel: text.channels[reminder.channel] }),
                    ...(reminder.fee === undefined || reminder.fee.amount === 0
                      ? {}
                      : { amount: formatMoney(reminder.fee, locale) }),
                  })}
                  ${notice === undefined ? nothing : html`<span class="muted">·</span> ${this.#term(messages, notice, '')}`}
                </li>`;
              })}
            </ul>`
      }
    </section>`;
  }

  #renderNextStep(messages: ExplainerMessages, invoice: InvoiceDetail): TemplateResult {
    const locale = this.#localize.formatLocale;
    const step = invoice.nextStep;
    const copy = messages.nextStep.kinds[step.kind];
    const date = step.date === null ? undefined : formatDate(step.date, locale);
    const positive = (value: Money | undefined) =>
      value === undefined || value.amount <= 0 ? undefined : formatMoney(value, locale);
    const fee = positive(step.fee);
    const amount = positive(step.amount);
    const feeTerm = fee === undefined ? undefined : termForNextFee(step.kind, invoice.creditor.country);
    return html`<section class="section" part="section next-step" data-kind=${step.kind}>
      <h3 class="section-heading">${messages.explainer.whatHappensNext}</h3>
      ${
        step.kind === 'none'
          ? nothing
          : html`<p class="next-label">
              <span class="next-name">${this.#term(messages, termForNextStep(step.kind, invoice.creditor.country), copy.label)}</span>
              ${date === undefined ? nothing : html`<span class="next-date">${date}</span>`}
              ${fee === undefined ? nothing : html`<span class="next-fee">+ ${fee}</span>`}
              ${feeTerm === undefined ? nothing : html`<span class="next-fee-term">${this.#term(messages, feeTerm, '')}</span>`}
            </p>`
      }
      <p class="next-sentence">
        ${copy.sentence({
          ...(date === undefined ? {} : { date }),
          ...(fee === undefined ? {} : { fee }),
          ...(amount === undefined ? {} : { amount }),
        })}
      </p>
    </section>`;
  }

  #renderBankTransfer(messages: ExplainerMessages, invoice: InvoiceDetail): TemplateResult | typeof nothing {
    const { payment } = invoice;
    if (isSettled(invoice) || payment.amount.amount <= 0) {
      return nothing;
    }
    const text = messages.payNow;
    const { bankAccount, reference } = payment;
    const rows: [TemplateResult | string, string][] = [[text.accountHolder, bankAccount.holder]];
    if (bankAccount.iban !== undefined) rows.push([text.iban, bankAccount.iban]);
    if (bankAccount.bic !== undefined) rows.push([text.bic, bankAccount.bic]);
    if (bankAccount.accountNumber !== undefined) rows.push([text.accountNumber, bankAccount.accountNumber]);
    rows.push([this.#term(messages, termForReference(reference.scheme), text.reference), reference.display]);
    rows.push([text.amount, formatMoney(payment.amount, this.#localize.formatLocale)]);
    return html`<section class="section" part="section bank-transfer">
      <h3 class="section-heading">${text.bankTransfer}</h3>
      <dl class="bank">
        ${rows.map(([label, value]) => html`<div class="bank-row"><dt>${label}</dt><dd class="value">${value}</dd></div>`)}
      </dl>
    </section>`;
  }

  #renderActions(
    messages: ExplainerMessages,
    invoice: InvoiceDetail,
    actions: ExplainerAction[],
  ): TemplateResult | typeof nothing {
    if (actions.length === 0) {
      return nothing;
    }
    const primary = actions[0];
    return html`<section class="section" part="section actions" aria-labelledby="actions-heading">
      <h3 class="section-heading" id="actions-heading">${messages.explainer.actionsHeading}</h3>
      <div class="action-row">
        ${actions.map(
          (action) => html`<button
            class=${action === primary ? 'primary' : 'secondary'}
            part="action action-${action}${action === primary ? ' primary-action' : ''}"
            type="button"
            data-action=${action}
            @click=${(event: Event) => this.#handleAction(action, invoice, event.currentTarget as HTMLElement)}
          >
            ${messages.actions[action]}
          </button>`,
        )}
      </div>
    </section>`;
  }

  /** A glossary term with its popover, or `fallback` as plain text when there is no term. */
  #term(
    messages: ExplainerMessages,
    key: GlossaryKey | undefined,
    fallback: string,
  ): TemplateResult | string {
    if (key === undefined) {
      return fallback;
    }
    const entry = messages.glossary.terms[key];
    return html`<amicable-term-popover
      data-term=${key}
      .term=${entry.term}
      .explanation=${entry.explanation}
      .label=${messages.common.helpFor({ term: entry.term })}
      .closeLabel=${messages.common.close}
    ></amicable-term-popover>`;
  }

  #handleAction(
    action: ExplainerAction,
    invoice: InvoiceDetail,
    trigger: HTMLElement,
    lineIds?: string[],
  ): void {
    const invoiceIds = [invoice.id];
    trackEvent({ type: 'action', element: elementName, action, invoiceIds });
    const event = new AmicableActionEvent(
      lineIds === undefined ? { action, invoiceIds } : { action, invoiceIds, lineIds },
    );
    this.dispatchEvent(event);
    if (!event.defaultPrevented) {
      this.#openFlow(action, invoice, trigger, lineIds).catch((error: unknown) => this.emitError(error));
    }
  }

  async #openFlow(
    action: ExplainerAction,
    invoice: InvoiceDetail,
    trigger: HTMLElement,
    lineIds?: string[],
  ): Promise<void> {
    const messages = this.#localize.messages;
    if (messages === undefined) {
      return;
    }
    this.#dialog?.close();
    const dialog = await openFlowDialog(this, {
      action,
      invoiceIds: [invoice.id],
      lineIds,
      label: messages.actions[action],
      closeLabel: messages.common.dialogClose,
      trigger,
    });
    this.#dialog = dialog;
    dialog.addEventListener('close', () => {
      if (this.#dialog === dialog) this.#dialog = undefined;
    });
    if (dialog.open) {
      trackEvent({ type: 'open', element: elementName, invoiceIds: [invoice.id] });
    }
  }
}

/** Quantities may be fractional (kWh, hours): up to three decimals, grouped for the locale. */
const quantityFormats = new Map<string, Intl.NumberFormat>();
function formatQuantity(quantity: number, locale: string): string {
  let format = quantityFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
    }
    quantityFormats.set(locale, format);
  }
  return format.format(quantity);
}

declare global {
  interface HTMLElementTagNameMap {
    'amicable-invoice-explainer': AmicableInvoiceExplainer;
  }
}
