import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getAccount } from '../../src/client/account';
import { trackEvent } from '../../src/client/analytics';
import { isAbortError } from '../../src/client/errors';
import { formatDate } from '../../src/client/i18n/format';
import type { BannerCopy, BannerMessage, BannerParams } from '../../src/client/i18n/messages';
import type { CatalogView } from '../../src/client/i18n/parts';
import { bannerCopy } from '../../src/client/i18n/sources/banner';
import type { AccountSummary } from '../../src/contract/account';
import type { CreditorInfo } from '../../src/contract/invoice';
import type { CustomerAction, Tone } from '../../src/contract/primitives';
import { formatMoney } from '../../src/domain/money';
import { AccountChangesController } from '../base/account-changes-controller';
import { AmicableElement } from '../base/amicable-element';
import { ConfigurationController } from '../base/configuration-controller';
import { hoverableButtonStyles } from '../base/controls.styles';
import { AmicableActionEvent } from '../base/events/amicable-action';
import { AmicableDismissedEvent } from '../base/events/amicable-dismissed';
import { closestLang } from '../base/locale';
import { adoptCreditorWording, LocalizeController } from '../base/localize';
import { baseStyles } from '../base/tokens.styles';
import type { AmicableDialog } from '../dialog/dialog';
import { type Notice, noticeFor } from './notice';
import { overdueBannerStyles } from './overdue-banner.styles';
import { defaultSnoozeHours, parseSnoozeHours, snooze, snoozedUntil } from './snooze';

/** The copy this element renders with. */
type BannerMessages = CatalogView<'banner'>;

/** The copy of one notice; a declined plan's notice also introduces the creditor's words and contact. */
interface NoticeCopy extends BannerCopy {
  messageLead?: BannerMessage;
  contactLead?: BannerMessage;
}

const elementName = 'amicable-overdue-banner';

/** The flow each action opens, and how it is told which invoices. */

/**
 * A soft notice, shown after login, that something is due or overdue: what, in the tone of its
 * stage and the customer's market; what happens next and when; and ways out (view, pay, plan,
 * promise, dispute). When the creditor has declined the plan the customer proposed, the notice
 * says so first, kindly, quotes the creditor's words as plain text, and leads with proposing
 * another plan. It renders nothing at all while loading, when nothing is due, while snoozed,
 * and when the API fails (it then emits one `amicable-error`), so it never shifts the host's layout
 * for nothing. It announces itself politely (`role="status"`) and never takes focus on its own.
 *
 * Each action emits the cancelable `amicable-action`. Unless the host cancels it, the banner opens
 * that flow in a modal dialog in its own light DOM (`<amicable-pay-now>` must stay out of shadow
 * roots for Stripe), loading the flow's code through the script-tag loader when needed.
 *
 * @tag amicable-overdue-banner
 * @summary A soft, stage-appropriate notice about overdue invoices with actions to view, pay, plan, promise or dispute.
 *
 * @slot dialog - Used by the banner itself for the flow dialog; leave it empty.
 *
 * @csspart base - The `role="status"` live region; it has no box of its own.
 * @csspart notice - The visible notice (border, background, padding).
 * @csspart heading - The notice's heading.
 * @csspart details - What is due and what happens next (in `discreet` mode, shown on request).
 * @csspart body - What is due, how much and since when.
 * @csspart next-step - What happens next, on which date, and the fee it would add.
 * @csspart creditor-message - After a declined plan: the creditor's own words, with a line introducing them.
 * @csspart contact - After a declined plan: how to reach the creditor (e-mail, phone, help page), when it says.
 * @csspart way-out - The invitation to pay, plan, ask or dispute.
 * @csspart actions - The row of buttons.
 * @csspart action - Every action button; each also has `action-view`, `action-pay`, `action-plan`, `action-promise` or `action-dispute`.
 * @csspart primary-action - The action the notice leads with (pay, when allowed).
 * @csspart toggle-amounts - In `discreet` mode, the button that shows or hides the amounts.
 * @csspart snooze-button - "Remind me later".
 * @csspart snoozed - The confirmation shown after snoozing.
 *
 * @cssproperty --amicable-color-accent - Buttons, and the edge of early notices.
 * @cssproperty --amicable-color-on-accent - Text on the primary button.
 * @cssproperty --amicable-color-text - Body text.
 * @cssproperty --amicable-color-text-muted - The way-out sentence and the snooze button.
 * @cssproperty --amicable-color-surface - Background of the notice and secondary buttons.
 * @cssproperty --amicable-color-surface-muted - Hover background of secondary buttons.
 * @cssproperty --amicable-color-border - Border of the notice.
 * @cssproperty --amicable-color-focus - Focus ring.
 * @cssproperty --amicable-color-warning - Edge of the second reminder (`firm`).
 * @cssproperty --amicable-color-danger - Edge of the final notice and collection.
 * @cssproperty --amicable-color-success - Edge of a paused notice (plan, promise, dispute).
 * @cssproperty --amicable-color-backdrop - Behind the flow dialog.
 * @cssproperty --amicable-radius - Corner radius of the notice, buttons and dialog.
 * @cssproperty --amicable-font-family - Font family.
 * @cssproperty --amicable-font-size - Base font size (default `medium`, the reader's own setting).
 * @cssproperty --amicable-line-height - Line height.
 * @cssproperty --amicable-space-2 - Gaps between lines and buttons; button padding.
 * @cssproperty --amicable-space-4 - Padding of the notice and buttons.
 * @cssproperty --amicable-duration - Length of transitions (0 when the reader prefers reduced motion).
 *
 * @event {AmicableActionEvent} amicable-action - The customer chose an action (`detail.action`, `detail.invoiceIds`). Cancelable: prevent it to handle the action in the portal instead of the banner's dialog.
 * @event {AmicableDismissedEvent} amicable-dismissed - The customer snoozed the notice; `detail.until` is when it may show again.
 * @event {AmicableErrorEvent} amicable-error - Loading failed; the banner stays empty. `detail`: `{ code, message, retryable }`.
 */
export class AmicableOverdueBanner extends AmicableElement {
  static override styles = [...baseStyles, hoverableButtonStyles, overdueBannerStyles];

  /** Hide amounts until the customer asks to see them (for portals used where others can see the screen). */
  @property({ type: Boolean, reflect: true }) discreet = false;

  /** How long "Remind me later" hides the notice, in hours. Invalid values give the default, 72. */
  @property({
    attribute: 'snooze-hours',
    converter: { fromAttribute: parseSnoozeHours },
  })
  snoozeHours = defaultSnoozeHours;

  /** Discreet mode: the customer asked to see the amounts. */
  @state() private amountsShown = false;

  /** When the customer snoozed the notice on this page, for the confirmation. */
  @state() private snoozedNowUntil: Date | undefined;

  // Removed while loading and put back (a framework moving it): load again.
  readonly #configured = new ConfigurationController(this, () => {
    if (this.#account.status === TaskStatus.ERROR && isAbortError(this.#account.error)) {
      void this.#account.run();
    }
  });
  #dialog: AmicableDialog | undefined;
  readonly #impressions = new Set<string>();

  readonly #localize = new LocalizeController(this, {
    copy: [bannerCopy],
    onError: (error) => this.emitError(error),
    // Without a `lang` on the page or a configured locale, the customer's locale decides: wait for it.
    localeKnown: () =>
      closestLang(this) !== undefined ||
      this.#configured.configuration?.locale !== undefined ||
      (this.#account.status !== TaskStatus.PENDING && this.#account.status !== TaskStatus.INITIAL),
  });
  #everShown = false;

  readonly #account = new Task(this, {
    // The configuration in force when the request starts: `configure()` may run again (a new login).
    task: async ([configured]: readonly [boolean], { signal }) => {
      const configuration = this.#configured.configuration;
      return !configured || configuration === undefined
        ? initialState
        : getAccount(configuration.client, { signal });
    },
    args: () => [this.#configured.configuration !== undefined] as const,
    onComplete: (account) => {
      this.setCustomerLocale(account.customer.locale);
      adoptCreditorWording(account.creditor);
    },
    onError: (error) => {
      if (!isAbortError(error)) {
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

  /** The account as last loaded, or `undefined` while loading or after a failure. */
  get account(): AccountSummary | undefined {
    return this.#account.status === TaskStatus.COMPLETE ? this.#account.value : undefined;
  }

  /** Load the account again (after the portal handled an action itself, say). */
  async refresh(): Promise<void> {
    if (this.#configured.configuration !== undefined) {
      await this.#account.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A framework moving the element removes and re-inserts it in one go: only a banner that is
    // still gone a moment later has really left, and only then is its request cancelled.
    void Promise.resolve().then(() => {
      if (!this.isConnected) {
        this.#account.abort();
      }
    });
  }

  protected override render(): TemplateResult {
    const messages = this.#localize.messages;
    const account = this.account;
    const notice = account === undefined ? undefined : noticeFor(account);
    const visible =
      messages !== undefined &&
      // The first time, only in the right language; after that, keep the old words until the new arrive.
      (this.#localize.isCurrent || this.#everShown) &&
      account !== undefined &&
      notice !== undefined &&
      this.snoozedNowUntil === undefined &&
      snoozedUntil(account.customer.id, notice.key) === undefined;
    let content: TemplateResult | typeof nothing = nothing;
    if (visible) {
      content = this.#renderNotice(messages, account, notice);
    } else if (messages !== undefined && this.snoozedNowUntil !== undefined) {
      content = html`<p class="snoozed" part="snoozed" tabindex="-1">
        ${messages.banner.snoozed({ date: formatDate(localDate(this.snoozedNowUntil), this.#localize.formatLocale) })}
      </p>`;
    }
    return html`<div class="base" part="base" role="status" aria-labelledby=${visible ? 'heading' : nothing}>
        ${content}
      </div>
      <slot name="dialog"></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const account = this.account;
    const notice = account === undefined ? undefined : noticeFor(account);
    const shown = this.renderRoot.querySelector('.notice') !== null;
    this.#everShown ||= shown;
    this.setState(
      'loading',
      this.#account.status === TaskStatus.PENDING || this.#localize.messages === undefined,
    );
    this.setState('shown', shown);
    this.setState('snoozed', this.snoozedNowUntil !== undefined);
    this.setState('error', this.#account.status === TaskStatus.ERROR && !isAbortError(this.#account.error));
    this.setState('declined', shown && notice?.declined !== undefined);
    for (const stage of ['upcoming', 'reminder', 'firm', 'final', 'collection', 'paused']) {
      this.setState(`stage-${stage}`, shown && notice?.stage === stage);
    }
    if (shown && notice !== undefined && !this.#impressions.has(notice.key)) {
      this.#impressions.add(notice.key);
      trackEvent({ type: 'impression', element: elementName, invoiceIds: ids(notice) });
    }
  }

  #renderNotice(messages: BannerMessages, account: AccountSummary, notice: Notice): TemplateResult {
    const copy = this.#copyFor(messages, account, notice);
    const params = this.#paramsFor(account, notice);
    const hideAmounts = this.discreet && !this.amountsShown;
    // After a no to a plan, the way on the customer was already looking for comes first.
    const primary =
      notice.declined !== undefined && notice.actions.includes('plan')
        ? 'plan'
        : notice.actions.includes('pay')
          ? 'pay'
          : notice.actions[0];
    const message = notice.declined?.message?.trim();
    return html`
      <div class="notice ${notice.stage}" part="notice">
        <h2 class="heading" part="heading" id="heading">
          ${this.discreet ? messages.banner.discreetHeading : copy.heading(params)}
        </h2>
        ${
          this.discreet
            ? html`<button
                class="quiet toggle"
                part="toggle-amounts"
                type="button"
                aria-expanded=${this.amountsShown ? 'true' : 'false'}
                aria-controls="details"
                @click=${this.#handleToggleAmounts}
              >
                ${this.amountsShown ? messages.actions.hideAmounts : messages.actions.showAmounts}
              </button>`
            : nothing
        }
        <div class="details" part="details" id="details">${
          hideAmounts
            ? nothing
            : html`<p class="body" part="body">${copy.body(params)}</p>
                ${
                  message && copy.messageLead
                    ? html`<figure class="creditor-message" part="creditor-message"><figcaption>${copy.messageLead(params)}</figcaption><blockquote>${message}</blockquote></figure>`
                    : nothing
                }
                <p class="next-step" part="next-step">${copy.nextStep(params)}</p>`
        }</div>
        <p class="way-out" part="way-out">${copy.wayOut(params)}</p>
        ${copy.contactLead ? this.#renderContact(copy.contactLead(params), account.creditor) : nothing}
        <div class="actions" part="actions">
          ${notice.actions.map(
            (action) => html`<button
              class=${action === primary ? 'primary' : ''}
              part="action action-${action}${action === primary ? ' primary-action' : ''}"
              type="button"
              @click=${(event: Event) => this.#handleAction(action, notice, event.currentTarget as HTMLElement)}
            >
              ${messages.actions[action]}
            </button>`,
          )}
          <button class="quiet snooze" part="snooze-button" type="button" @click=${() => this.#handleSnooze(account, notice)}>
            ${messages.actions.snooze}
          </button>
        </div>
      </div>
    `;
  }

  /** How to reach the creditor, as links; nothing when the account names no way. */
  #renderContact(lead: string, creditor: CreditorInfo): TemplateResult | typeof nothing {
    const links: TemplateResult[] = [];
    if (creditor.email) {
      links.push(html`<a href="mailto:${creditor.email}">${creditor.email}</a>`);
    }
    if (creditor.phone) {
      links.push(html`<a href="tel:${creditor.phone.replace(/[^\d+]/g, '')}">${creditor.phone}</a>`);
    }
    // The schema lets only http(s) addresses through; the link is never a script.
    if (creditor.url && /^https?:/i.test(creditor.url)) {
      links.push(
        html`<a href=${creditor.url} target="_blank" rel="noopener noreferrer">${displayUrl(creditor.url)}</a>`,
      );
    }
    if (links.length === 0) {
      return nothing;
    }
    return html`<p class="contact" part="contact">${lead} ${links.map((link, index) => (index > 0 ? html`<span aria-hidden="true"> · </span>${link}` : link))}</p>`;
  }

  #copyFor(messages: BannerMessages, account: AccountSummary, notice: Notice): NoticeCopy {
    const tone: Tone = {
      style: account.tone.style,
      formality: this.#configured.configuration?.formality ?? account.tone.formality,
    };
    if (notice.declined !== undefined) {
      const declined = messages.banner.declined[tone.style][tone.formality];
      const stage =
        messages.banner[notice.stage === 'paused' ? 'reminder' : notice.stage][tone.style][tone.formality];
      return {
        // The final notice and collection keep the name the law gives them; earlier, the news leads.
        heading: notice.stage === 'final' || notice.stage === 'collection' ? stage.heading : declined.heading,
        body: declined.body,
        messageLead: declined.messageLead,
        // What happens next keeps the stage's own words: its date, its fee, its consequence.
        nextStep: stage.nextStep,
        wayOut: declined.wayOut,
        contactLead: declined.contactLead,
      };
    }
    const set = notice.planPending
      ? messages.banner.planPending
      : notice.pauseReason !== undefined
        ? messages.banner.paused[notice.pauseReason]
        : messages.banner[notice.stage === 'paused' ? 'reminder' : notice.stage];
    return set[tone.style][tone.formality];
  }

  #paramsFor(account: AccountSummary, notice: Notice): BannerParams {
    const locale = this.#localize.formatLocale;
    const money = (value: Notice['amount'] | undefined) =>
      value === undefined ? undefined : formatMoney(value, locale);
    return {
      amount: formatMoney(notice.amount, locale),
      charges: money(notice.charges),
      count: notice.invoices.length,
      dueDate: formatDate(notice.dueDate, locale),
      creditor: account.creditor.name,
      nextDate: notice.nextDate === undefined ? undefined : formatDate(notice.nextDate, locale),
      nextFee: money(notice.nextFee),
      nextAmount: money(notice.nextAmount),
    };
  }

  #handleToggleAmounts(): void {
    this.amountsShown = !this.amountsShown;
    const notice = this.account === undefined ? undefined : noticeFor(this.account);
    if (this.amountsShown && notice !== undefined) {
      trackEvent({ type: 'open', element: elementName, invoiceIds: ids(notice) });
    }
  }

  #handleAction(action: CustomerAction, notice: Notice, trigger: HTMLElement): void {
    const invoiceIds = ids(notice);
    trackEvent({ type: 'action', element: elementName, action, invoiceIds });
    const event = new AmicableActionEvent({ action, invoiceIds });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) {
      this.#openFlow(action, invoiceIds, trigger).catch((error: unknown) => this.emitError(error));
    }
  }

  async #openFlow(action: CustomerAction, invoiceIds: string[], trigger: HTMLElement): Promise<void> {
    const messages = this.#localize.messages;
    if (messages === undefined) {
      return;
    }
    this.#dialog?.close();
    // Loaded when the customer acts, not before the notice is painted.
    const { openFlowDialog } = await import('../dialog/flow-dialog');
    const dialog = await openFlowDialog(this, {
      action,
      invoiceIds,
      label: messages.actions[action],
      closeLabel: messages.common.dialogClose,
      trigger,
    });
    this.#dialog = dialog;
    dialog.addEventListener('close', () => {
      if (this.#dialog === dialog) this.#dialog = undefined;
    });
    if (dialog.open) {
      trackEvent({ type: 'open', element: elementName, invoiceIds });
    }
  }

  #handleSnooze(account: AccountSummary, notice: Notice): void {
    // The property may have been set from code to something the attribute parser would refuse.
    const hours =
      Number.isFinite(this.snoozeHours) && this.snoozeHours > 0 ? this.snoozeHours : defaultSnoozeHours;
    const until = snooze(account.customer.id, notice.key, hours);
    this.snoozedNowUntil = until;
    trackEvent({ type: 'snooze', element: elementName, invoiceIds: ids(notice) });
    this.dispatchEvent(new AmicableDismissedEvent({ until: until.toISOString() }));
    // The button that had focus is gone; the confirmation takes it, so keyboard and screen-reader
    // users keep their place instead of landing at the top of the page.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.snoozed')?.focus());
  }
}

function ids(notice: Notice): string[] {
  return notice.invoices.map((invoice) => invoice.id);
}

/** A help page's address as a reader would say it: without the scheme or a bare trailing slash. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** The reader's calendar date of an instant, as `YYYY-MM-DD`. */
function localDate(instant: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'amicable-overdue-banner': AmicableOverdueBanner;
  }
}
