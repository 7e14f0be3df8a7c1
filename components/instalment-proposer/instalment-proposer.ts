import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createIdempotencyKey } from '../../src/client/api/idempotency';
import type { Configuration } from '../../src/client/config';
import { isAbortError, isHttpError } from '../../src/client/errors';
import { formatDate } from '../../src/client/i18n/format';
import type { CatalogView } from '../../src/client/i18n/parts';
import { payNowCopy } from '../../src/client/i18n/sources/pay-now';
import { planCopy } from '../../src/client/i18n/sources/plan';
import { validationCopy } from '../../src/client/i18n/sources/validation';
import type { Instalment, Plan, PlanQuote, TransferDetails } from '../../src/contract/plan';
import type { PaymentPromise } from '../../src/contract/promise';
import { formatMoney, type Money } from '../../src/domain/money';
import type { PlanFrequency, ScheduledInstalment } from '../../src/domain/schedule';
import { AmicableElement } from '../base/amicable-element';
import { ConfigurationController } from '../base/configuration-controller';
import { buttonStyles, formStyles, visuallyHiddenStyles } from '../base/controls.styles';
import { ErrorSummary } from '../base/error-summary';
import { AmicablePlanProposedEvent } from '../base/events/amicable-plan-proposed';
import { AmicablePromiseMadeEvent } from '../base/events/amicable-promise-made';
import { amountField, describedBy, fieldError, submitButton } from '../base/form-field';
import { IdList, type IdListInput, idListConverter } from '../base/id-list';
import { adoptCreditorWording, LocalizeController } from '../base/localize';
import { baseStyles } from '../base/tokens.styles';
import { loadQuote, makePromise, proposePlan } from './api';
import { instalmentProposerStyles } from './instalment-proposer.styles';
import {
  countOptions,
  evaluatePlan,
  evaluatePromise,
  fieldOf,
  latestOfferedFirstDate,
  PLAN_FIELDS,
  type PlanDraft,
  type PlanEvaluation,
  type PlanField,
  ruleMessage,
  suggestedDraft,
  todayOf,
  type Wording,
} from './proposal';

/** The copy this element renders with. */
type ProposerMessages = CatalogView<'plan' | 'payNow' | 'validation'>;

/** What the proposer does: propose an instalment plan, or promise to pay everything on one date. */
export type ProposerMode = 'plan' | 'promise';

/** A field of either form, for the error summary. */
type Field = PlanField | 'promiseDate';

/** What the customer sees once the API said yes. */
type Outcome = { kind: 'plan'; plan: Plan } | { kind: 'promise'; promise: PaymentPromise };

function parseMode(value: string | null): ProposerMode {
  return value?.trim().toLowerCase() === 'promise' ? 'promise' : 'plan';
}

/**
 * The one `ElementInternals` of each proposer. The base element attaches it (for custom states);
 * a form-associated element needs the same object for its form value, and a second
 * `attachInternals()` would throw, so the proposer keeps a reference when the base attaches it.
 */
const internalsOf = new WeakMap<HTMLElement, ElementInternals>();

/**
 * For the customer who wants to pay but cannot right now: propose instalments that fit, within the
 * creditor's policy, and have the plan agreed on the spot. The customer chooses a number of
 * instalments or an amount per instalment, a first date and (where offered) every two weeks; the
 * schedule updates as they type and the policy is stated in plain words beside it. A proposal
 * within the policy is agreed at once; one that asks a little more goes to the creditor, who
 * answers by a date the result screen gives. With `mode="promise"` it takes a promise to pay
 * everything by one date instead. The result screen shows the schedule (or the date) and how to pay.
 *
 * Problems show inline and in a summary that takes focus when sending is refused. Sending twice
 * (a double click, "try again" after a timeout) makes one plan: the same proposal reuses its
 * `Idempotency-Key`.
 *
 * Form-associated: inside a `<form>`, with a `name`, it submits the id of the agreed plan or
 * promise (nothing before one is made), follows the form's `disabled` and resets with it.
 *
 * @tag amicable-instalment-proposer
 * @summary Propose an instalment plan (agreed at once within the creditor's policy) or promise to pay by a date.
 *
 * @property {string | string[]} invoices - The invoices to pay in instalments, by id: a string separated by commas or spaces (`"inv-1, inv-2"`, as the attribute too) or an array (`['inv-1', 'inv-2']`); reads back as a frozen array of the valid ids. Entries that are not ids are left out with one console warning. Empty: every overdue invoice.
 *
 * @csspart base - The whole form or result.
 * @csspart heading - The heading.
 * @csspart intro - What the form does.
 * @csspart error-summary - The list of problems shown when sending is refused; it takes focus.
 * @csspart problem - A failure to load or to send, or a plan that already exists.
 * @csspart form - The form.
 * @csspart split - The choice between a number of instalments and an amount per instalment.
 * @csspart count - The number-of-instalments field.
 * @csspart amount - The amount-per-instalment field.
 * @csspart first-date - The first payment date field.
 * @csspart frequency - The monthly or every-two-weeks choice (only where the policy offers both).
 * @csspart promise-date - The payment date field of a promise.
 * @csspart field-error - Every inline error message.
 * @csspart schedule - The schedule table (live in the form, final on the result screen).
 * @csspart review - The notice that a proposal goes to the creditor for review.
 * @csspart policy - The creditor's terms, beside the form.
 * @csspart submit - The send button.
 * @csspart result - What the customer sees once the plan or promise is made.
 * @csspart how-to-pay - Bank account and reference for paying.
 *
 * @cssproperty --amicable-color-accent - Buttons and choices.
 * @cssproperty --amicable-color-on-accent - Text on the send button.
 * @cssproperty --amicable-color-text - Body text.
 * @cssproperty --amicable-color-text-muted - Hints and field borders.
 * @cssproperty --amicable-color-surface - Background of fields and buttons.
 * @cssproperty --amicable-color-surface-muted - Background of the policy box and table headings.
 * @cssproperty --amicable-color-border - Borders of the policy box, table and result.
 * @cssproperty --amicable-color-focus - Focus ring.
 * @cssproperty --amicable-color-danger - Errors and the error summary.
 * @cssproperty --amicable-color-warning - Edge of the review notice.
 * @cssproperty --amicable-color-success - Edge of the result.
 * @cssproperty --amicable-radius - Corner radius.
 * @cssproperty --amicable-font-family - Font family.
 * @cssproperty --amicable-font-size - Base font size (default `medium`, the reader's own setting).
 * @cssproperty --amicable-line-height - Line height.
 * @cssproperty --amicable-space-1 - Small gaps.
 * @cssproperty --amicable-space-2 - Gaps between a label, its hint and its field; field padding.
 * @cssproperty --amicable-space-3 - Table cell padding.
 * @cssproperty --amicable-space-4 - Padding of buttons and boxes.
 * @cssproperty --amicable-space-5 - Gaps between the form's groups.
 *
 * @event {AmicablePlanProposedEvent} amicable-plan-proposed - A plan was made; `detail.plan` carries it with its `status` (`accepted` or `pending`).
 * @event {AmicablePromiseMadeEvent} amicable-promise-made - A promise to pay was made; `detail.promise` carries its `date` and `amount`.
 * @event {AmicableErrorEvent} amicable-error - Loading or sending failed for a reason the customer cannot fix. `detail`: `{ code, message, retryable }`.
 */
export class AmicableInstalmentProposer extends AmicableElement {
  static override styles = [
    ...baseStyles,
    buttonStyles,
    formStyles,
    visuallyHiddenStyles,
    instalmentProposerStyles,
  ];

  /** Takes part in the host's `<form>`: submits the id of the plan or promise made. */
  static formAssociated = true;

  readonly #invoices = new IdList(this, 'invoices');

  /**
   * The invoices to pay in instalments, by id: as an attribute or a string, separated by commas or
   * spaces (`"inv-1, inv-2"`); as a property, also an array (`['inv-1', 'inv-2']`). Reads back as
   * the array of ids. Entries that are not ids are left out with a console warning. Empty: every
   * overdue invoice.
   */
  @property({ converter: idListConverter })
  get invoices(): readonly string[] {
    return this.#invoices.ids;
  }
  set invoices(value: IdListInput) {
    this.#invoices.set(value);
  }

  /** `plan` (the default) proposes instalments; `promise` promises to pay everything on one date. */
  @property({ reflect: true, converter: { fromAttribute: parseMode } })
  mode: ProposerMode = 'plan';

  /** The name the plan's or promise's id is submitted under, in a host form. */
  @property({ reflect: true }) name = '';

  /** Set by a disabled `<fieldset>` or form around the element: nothing can be changed or sent. */
  @state() private disabled = false;

  @state() private draft: PlanDraft | undefined;
  @state() private promiseDate = '';
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private sending = false;
  @state() private sendProblem: string | undefined;
  @state() private outcome: Outcome | undefined;

  // Removed while loading and put back (a framework moving it): load again.
  readonly #configured = new ConfigurationController(this, () => {
    if (this.#quote.status === TaskStatus.ERROR && isAbortError(this.#quote.error)) void this.#quote.run();
  });
  readonly #summary = new ErrorSummary(this);
  /** Fields the customer has finished with (changed and left): their problems show before sending. */
  #committed = new Set<Field>();
  /** The last body sent and its key: the same proposal sent again reuses the key. */
  #lastSent: { body: string; key: string } | undefined;

  readonly #localize = new LocalizeController(this, {
    copy: [planCopy, payNowCopy, validationCopy],
    onError: (error) => this.emitError(error),
  });

  readonly #quote = new Task(this, {
    task: async (
      [configuration, invoices]: readonly [Configuration | undefined, readonly string[]],
      { signal },
    ) => {
      if (configuration === undefined) return initialState;
      return loadQuote(configuration.client, invoices, signal);
    },
    // The list keeps its identity while its ids stay the same (see `IdList`).
    args: () => [this.#configured.configuration, this.invoices] as const,
    onComplete: (quote) => {
      adoptCreditorWording(quote?.creditor);
      if (quote !== undefined && this.draft === undefined) this.draft = suggestedDraft(quote);
    },
    onError: (error) => {
      if (!isAbortError(error) && !this.#isAnswer(error)) this.emitError(error);
    },
  });

  override attachInternals(): ElementInternals {
    const internals = super.attachInternals();
    internalsOf.set(this, internals);
    return internals;
  }

  /** The quote as loaded: the policy, the total and a suggested schedule. */
  get quote(): PlanQuote | undefined {
    return this.#quote.status === TaskStatus.COMPLETE ? this.#quote.value : undefined;
  }

  /** The plan made, once the API agreed it or took it for review. */
  get plan(): Plan | undefined {
    return this.outcome?.kind === 'plan' ? this.outcome.plan : undefined;
  }

  /** The promise made. */
  get promise(): PaymentPromise | undefined {
    return this.outcome?.kind === 'promise' ? this.outcome.promise : undefined;
  }

  /** What the element submits in a form: the id of the plan or promise made, else empty. */
  get value(): string {
    return this.plan?.id ?? this.promise?.id ?? '';
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return internalsOf.get(this)?.form ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Loading stops; a proposal being sent is not cancelled: the customer asked for it.
    this.#quote.abort();
  }

  /** The host form was reset: start again from the suggestion. */
  formResetCallback(): void {
    this.outcome = undefined;
    this.draft = this.quote ? suggestedDraft(this.quote) : undefined;
    this.promiseDate = '';
    this.errors = {};
    this.#summary.hide();
    this.sendProblem = undefined;
    this.#committed.clear();
    this.#lastSent = undefined;
    internalsOf.get(this)?.setFormValue(null);
  }

  /** A disabled fieldset or form around the element disables it. */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const previous = changed.get('invoices') as readonly string[] | undefined;
    if (changed.has('invoices') && previous !== undefined && previous !== this.invoices) {
      // Other invoices: another quote, another proposal.
      this.draft = undefined;
      this.formResetCallback();
    }
    if (changed.has('mode') && changed.get('mode') !== undefined) {
      this.errors = {};
      this.#summary.hide();
      this.sendProblem = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.#quote.status;
    this.setState('loading', status === TaskStatus.PENDING || this.#localize.messages === undefined);
    this.setState('error', status === TaskStatus.ERROR && !isAbortError(this.#quote.error));
    this.setState('sending', this.sending);
    this.setState('invalid', this.#summary.shown && Object.keys(this.errors).length > 0);
    this.setState('agreed', this.plan?.status === 'accepted' || this.promise !== undefined);
    this.setState('pending', this.plan?.status === 'pending');
  }

  protected override render(): TemplateResult | typeof nothing {
    const messages = this.#localize.messages;
    if (messages === undefined) return nothing;
    const wording: Wording = { messages, locale: this.#localize.formatLocale };
    if (this.outcome !== undefined) return this.#renderOutcome(wording, this.outcome);
    return this.#quote.render({
      initial: () => this.#renderStatus(messages.common.loading),
      pending: () => this.#renderStatus(messages.common.loading),
      error: (error) => this.#renderLoadProblem(messages, error),
      complete: (quote) => {
        if (quote === undefined) return this.#renderNotice(messages.plan.nothingToPay);
        return this.mode === 'promise'
          ? this.#renderPromiseForm(wording, quote)
          : this.#renderPlanForm(wording, quote);
      },
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Loading and problems

  #renderStatus(text: string): TemplateResult {
    return html`<div class="base" part="base"><p role="status">${text}</p></div>`;
  }

  #renderNotice(text: string): TemplateResult {
    return html`<div class="base" part="base"><p class="problem" part="problem" role="status">${text}</p></div>`;
  }

  /** Whether an error is the API's answer about the invoices (a plan exists, nothing to pay), not a failure. */
  #isAnswer(error: unknown): boolean {
    return isHttpError(error) && error.status === 409;
  }

  #answerText(messages: ProposerMessages, error: unknown): string | undefined {
    if (!isHttpError(error) || error.status !== 409) return undefined;
    if (error.problem.code === 'nothing_payable') return messages.plan.nothingToPay;
    return /promise/i.test(error.problem.detail ?? '')
      ? messages.plan.alreadyPromised
      : messages.plan.alreadyPlanned;
  }

  #renderLoadProblem(messages: ProposerMessages, error: unknown): TemplateResult {
    const answer = this.#answerText(messages, error);
    if (answer !== undefined) return this.#renderNotice(answer);
    return html`<div class="base" part="base">
      <div class="problem" part="problem" role="alert">
        <p>${messages.plan.loadFailed}</p>
        <button type="button" @click=${() => void this.#quote.run()}>${messages.common.retry}</button>
      </div>
    </div>`;
  }

  #renderErrorSummary(messages: ProposerMessages, fields: readonly Field[]): TemplateResult | typeof nothing {
    const problems = fields.flatMap((field) => {
      const message = this.errors[field];
      return message === undefined ? [] : [{ message, target: this.#targetOf(field) }];
    });
    return this.#summary.render(problems, (count) => messages.validation.summary({ count }));
  }

  #renderSendProblem(): TemplateResult | typeof nothing {
    return this.sendProblem === undefined
      ? nothing
      : html`<div class="problem" part="problem" role="alert"><p>${this.sendProblem}</p></div>`;
  }

  #fieldError(field: Field): TemplateResult | typeof nothing {
    return fieldError(field, this.errors[field]);
  }

  #describedBy(field: Field, ...hints: string[]): string {
    return describedBy(field, this.errors[field], ...hints);
  }

  // ---------------------------------------------------------------------------------------------
  // The plan form

  #evaluation(quote: PlanQuote, wording: Wording): PlanEvaluation | undefined {
    return this.draft === undefined ? undefined : evaluatePlan(this.draft, quote, quote.invoiceIds, wording);
  }

  #renderPlanForm(wording: Wording, quote: PlanQuote): TemplateResult {
    const { messages } = wording;
    const copy = messages.plan;
    const draft = this.draft ?? suggestedDraft(quote);
    const evaluation = this.#evaluation(quote, wording);
    return html`<div class="base" part="base">
      <h2 class="heading" part="heading" id="heading">${copy.heading}</h2>
      <p class="intro" part="intro">${copy.intro}</p>
      ${this.#renderErrorSummary(messages, PLAN_FIELDS)} ${this.#renderSendProblem()}
      <div class="columns">
        <form
          part="form"
          novalidate
          aria-labelledby="heading"
          @submit=${(event: SubmitEvent) => this.#handlePlanSubmit(event, quote)}
        >
          <fieldset part="split" ?disabled=${this.disabled}>
            <legend>${copy.splitBy}</legend>
            ${(['count', 'amount'] as const).map(
              (splitBy) => html`<label class="choice">
                <input
                  type="radio"
                  name="split"
                  id="split-${splitBy}"
                  .value=${splitBy}
                  .checked=${draft.splitBy === splitBy}
                  @change=${() => this.#editDraft({ splitBy }, [])}
                />
                <span>${splitBy === 'count' ? copy.splitByCount : copy.splitByAmount}</span>
              </label>`,
            )}
          </fieldset>
          ${draft.splitBy === 'count' ? this.#renderCount(wording, quote, draft) : this.#renderAmount(wording, quote, draft)}
          ${this.#renderFirstDate(wording, quote, draft)} ${this.#renderFrequency(wording, quote, draft)}
          ${this.#renderLiveSchedule(wording, quote, evaluation)} ${this.#renderReview(wording, quote, evaluation)}
          ${submitButton({ label: copy.submit, sendingLabel: copy.sending, sending: this.sending, disabled: this.disabled })}
        </form>
        ${this.#renderPolicy(wording, quote)}
      </div>
    </div>`;
  }

  #renderCount(wording: Wording, quote: PlanQuote, draft: PlanDraft): TemplateResult {
    const copy = wording.messages.plan;
    return html`<div class="field" part="count">
      <label class="label" for="count">${copy.count}</label>
      ${this.#fieldError('count')}
      <select
        id="count"
        ?disabled=${this.disabled}
        aria-describedby=${this.#describedBy('count') || nothing}
        aria-invalid=${this.errors.count !== undefined ? 'true' : 'false'}
        @change=${(event: Event) =>
          this.#editDraft({ count: Number((event.target as HTMLSelectElement).value) }, ['count'])}
      >
        ${countOptions(quote).map(
          (option) => html`<option .value=${String(option.count)} ?selected=${option.count === draft.count}>
            ${option.needsApproval ? copy.countOptionReview({ count: option.count }) : copy.countOption({ count: option.count })}
          </option>`,
        )}
      </select>
    </div>`;
  }

  #renderAmount(wording: Wording, quote: PlanQuote, draft: PlanDraft): TemplateResult {
    const copy = wording.messages.plan;
    const min = formatMoney(quote.policy.minInstalment, wording.locale);
    return amountField({
      label: copy.amountPerInstalment,
      hint: copy.amountHint({ min }),
      value: draft.amountText,
      error: this.errors.amount,
      disabled: this.disabled,
      onInput: (amountText) => this.#editDraft({ amountText }, []),
      onChange: () => this.#editDraft({}, ['amount']),
    });
  }

  #renderFirstDate(wording: Wording, quote: PlanQuote, draft: PlanDraft): TemplateResult {
    const copy = wording.messages.plan;
    const hint = copy.firstDateHint({
      earliest: formatDate(quote.earliestFirstDueDate, wording.locale),
      latest: formatDate(quote.latestFirstDueDate, wording.locale),
    });
    return html`<div class="field" part="first-date">
      <label class="label" for="firstDueDate">${copy.firstDate}</label>
      <p class="hint" id="firstDueDate-hint">${hint}</p>
      ${this.#fieldError('firstDueDate')}
      <input
        type="date"
        id="firstDueDate"
        min=${quote.earliestFirstDueDate}
        max=${latestOfferedFirstDate(quote)}
        ?disabled=${this.disabled}
        .value=${draft.firstDueDate}
        aria-describedby=${this.#describedBy('firstDueDate', 'firstDueDate-hint')}
        aria-invalid=${this.errors.firstDueDate !== undefined ? 'true' : 'false'}
        @input=${(event: Event) => this.#editDraft({ firstDueDate: (event.target as HTMLInputElement).value }, [])}
        @change=${(event: Event) =>
          this.#editDraft({ firstDueDate: (event.target as HTMLInputElement).value }, ['firstDueDate'])}
      />
    </div>`;
  }

  #renderFrequency(wording: Wording, quote: PlanQuote, draft: PlanDraft): TemplateResult | typeof nothing {
    if (!quote.policy.allowBiweekly) return nothing;
    const copy = wording.messages.plan;
    const labels: Record<PlanFrequency, string> = { monthly: copy.monthly, biweekly: copy.biweekly };
    return html`<fieldset
      part="frequency"
      ?disabled=${this.disabled}
      aria-describedby=${this.#describedBy('frequency') || nothing}
    >
      <legend>${copy.frequency}</legend>
      ${this.#fieldError('frequency')}
      ${(['monthly', 'biweekly'] as const).map(
        (frequency) => html`<label class="choice">
          <input
            type="radio"
            name="frequency"
            id="frequency-${frequency}"
            .value=${frequency}
            .checked=${draft.frequency === frequency}
            @change=${() => this.#editDraft({ frequency }, ['frequency'])}
          />
          <span>${labels[frequency]}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  #renderLiveSchedule(
    wording: Wording,
    quote: PlanQuote,
    evaluation: PlanEvaluation | undefined,
  ): TemplateResult {
    const copy = wording.messages.plan;
    const schedule = evaluation?.schedule;
    const summary =
      schedule && schedule.length > 0
        ? copy.scheduleSummary({
            count: schedule.length,
            first: formatDate(schedule[0]?.dueDate ?? '', wording.locale),
            last: formatDate(schedule.at(-1)?.dueDate ?? '', wording.locale),
            total: formatMoney(
              {
                amount: schedule.reduce((sum, instalment) => sum + instalment.amount.amount, 0),
                currency: quote.total.currency,
              },
              wording.locale,
            ),
          })
        : '';
    return html`<section class="schedule-box" aria-labelledby="schedule-heading">
      <h3 id="schedule-heading">${copy.scheduleHeading}</h3>
      ${
        schedule && schedule.length > 0
          ? this.#renderScheduleTable(wording, { total: quote.total, fee: quote.policy.fee }, schedule)
          : html`<p class="hint">${copy.scheduleWaiting}</p>`
      }
      <p class="visually-hidden" role="status" aria-live="polite">${summary}</p>
    </section>`;
  }

  #renderScheduleTable(
    wording: Wording,
    quote: Pick<PlanQuote, 'total'> & { fee?: Money | undefined },
    schedule: readonly (ScheduledInstalment | Instalment)[],
    statuses = false,
  ): TemplateResult {
    const copy = wording.messages.plan;
    const fee = quote.fee && quote.fee.amount > 0 ? quote.fee : undefined;
    const total = schedule.reduce((sum, instalment) => sum + instalment.amount.amount, 0);
    return html`<table part="schedule">
      <thead>
        <tr>
          <th scope="col">${copy.instalmentHeader}</th>
          <th scope="col">${copy.dueDate}</th>
          <th scope="col" class="number">${copy.amount}</th>
          ${statuses ? html`<th scope="col">${copy.status}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${schedule.map(
          (instalment, index) => html`<tr>
            <th scope="row">${copy.instalment({ index: index + 1 })}</th>
            <td>${formatDate(instalment.dueDate, wording.locale)}</td>
            <td class="number">
              ${formatMoney(instalment.amount, wording.locale)}
              ${
                index === 0 && fee
                  ? html`<span class="fee-note">(${copy.includesFee({ amount: formatMoney(fee, wording.locale) })})</span>`
                  : nothing
              }
            </td>
            ${statuses && 'status' in instalment ? html`<td>${copy.statuses[instalment.status]}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <td colspan=${statuses ? 4 : 3} class="number">
            ${copy.total({ amount: formatMoney({ amount: total, currency: quote.total.currency }, wording.locale) })}
          </td>
        </tr>
      </tfoot>
    </table>`;
  }

  #renderReview(
    wording: Wording,
    quote: PlanQuote,
    evaluation: PlanEvaluation | undefined,
  ): TemplateResult | typeof nothing {
    if (!evaluation || evaluation.review.length === 0 || Object.keys(evaluation.errors).length > 0)
      return nothing;
    const copy = wording.messages.plan;
    const creditor = quote.creditor?.name ?? '';
    return html`<div class="review" part="review">
      <p>${copy.outsidePolicy({ creditor })}</p>
      <ul>
        ${evaluation.review.map((reason) => html`<li>${reason}</li>`)}
      </ul>
    </div>`;
  }

  #renderPolicy(wording: Wording, quote: PlanQuote): TemplateResult {
    const copy = wording.messages.plan;
    const { policy } = quote;
    const money = (value: Money) => formatMoney(value, wording.locale);
    const fee = policy.fee && policy.fee.amount > 0 ? policy.fee : undefined;
    return html`<aside class="policy" part="policy" aria-labelledby="policy-heading">
      <h3 id="policy-heading">${copy.policyHeading}</h3>
      <ul>
        <li>${copy.policyMinInstalment({ amount: money(policy.minInstalment) })}</li>
        <li>${copy.policyMaxCount({ count: policy.maxCount })}</li>
        <li>${copy.policyMaxMonths({ count: policy.maxMonths })}</li>
        <li>${copy.policyFirstWithin({ count: policy.maxFirstDueDays })}</li>
        <li>${fee ? copy.policyFee({ amount: money(fee) }) : copy.policyNoFee}</li>
        ${policy.graceDays !== undefined ? html`<li>${copy.policyGrace({ count: policy.graceDays })}</li>` : nothing}
        ${quote.waivedInterest ? html`<li>${copy.waivedInterest({ amount: money(quote.waivedInterest) })}</li>` : nothing}
      </ul>
      ${
        quote.creditor
          ? html`<p class="hint">${copy.policyReview({ creditor: quote.creditor.name, count: policy.reviewDays ?? 5 })}</p>`
          : nothing
      }
    </aside>`;
  }

  /**
   * Applies a change to the draft. The schedule follows at once; problems already shown are checked
   * again so each disappears as soon as it is fixed, and fields the customer has finished with
   * (`commit`) show their problems before sending.
   */
  #editDraft(change: Partial<PlanDraft>, commit: readonly PlanField[]): void {
    const quote = this.quote;
    const messages = this.#localize.messages;
    if (quote === undefined || messages === undefined) return;
    this.draft = { ...(this.draft ?? suggestedDraft(quote)), ...change };
    for (const field of commit) this.#committed.add(field);
    if (change.splitBy !== undefined) {
      this.#committed.delete('count');
      this.#committed.delete('amount');
    }
    this.sendProblem = undefined;
    const evaluation = evaluatePlan(this.draft, quote, quote.invoiceIds, {
      messages,
      locale: this.#localize.formatLocale,
    });
    const errors: Partial<Record<Field, string>> = {};
    for (const field of PLAN_FIELDS) {
      const error = evaluation.errors[field];
      const relevant = field === 'count' || field === 'amount' ? field === this.draft.splitBy : true;
      if (
        error !== undefined &&
        relevant &&
        (this.errors[field] !== undefined || this.#committed.has(field))
      ) {
        errors[field] = error;
      }
    }
    this.errors = errors;
  }

  async #handlePlanSubmit(event: SubmitEvent, quote: PlanQuote): Promise<void> {
    event.preventDefault();
    const messages = this.#localize.messages;
    const configuration = this.#configured.configuration;
    if (this.sending || this.disabled || messages === undefined || configuration === undefined) return;
    const wording: Wording = { messages, locale: this.#localize.formatLocale };
    this.draft ??= suggestedDraft(quote);
    const evaluation = evaluatePlan(this.draft, quote, quote.invoiceIds, wording);
    if (evaluation.request === undefined) {
      this.errors = evaluation.errors;
      await this.#summary.show();
      return;
    }
    const request = evaluation.request;
    await this.#send(
      messages,
      async (key) => {
        const plan = await proposePlan(configuration.client, request, key);
        this.#finish({ kind: 'plan', plan });
        this.dispatchEvent(new AmicablePlanProposedEvent({ plan }));
      },
      JSON.stringify(request),
      (rule) => {
        const field = fieldOf(rule, this.draft?.splitBy ?? 'count');
        this.errors = { [field]: ruleMessage(rule, quote, wording) };
      },
    );
  }

  // ---------------------------------------------------------------------------------------------
  // The promise form

  #renderPromiseForm(wording: Wording, quote: PlanQuote): TemplateResult {
    const { messages } = wording;
    const copy = messages.plan;
    const window = quote.promise;
    const amount = window
      ? formatMoney(window.amount, wording.locale)
      : formatMoney(quote.total, wording.locale);
    const latest = formatDate(window?.latestDate ?? quote.latestFirstDueDate, wording.locale);
    const valid = this.promiseDate !== '' && evaluatePromise(this.promiseDate, quote, wording) === undefined;
    return html`<div class="base" part="base">
      <h2 class="heading" part="heading" id="heading">${copy.promiseHeading}</h2>
      <p class="intro" part="intro">${copy.promiseIntro({ amount })}</p>
      ${this.#renderErrorSummary(messages, ['promiseDate'])} ${this.#renderSendProblem()}
      <form
        part="form"
        novalidate
        aria-labelledby="heading"
        @submit=${(event: SubmitEvent) => this.#handlePromiseSubmit(event, quote)}
      >
        <div class="field" part="promise-date">
          <label class="label" for="promiseDate">${copy.promiseDate}</label>
          <p class="hint" id="promiseDate-hint">${copy.promiseHint({ date: latest })}</p>
          ${this.#fieldError('promiseDate')}
          <input
            type="date"
            id="promiseDate"
            min=${window?.earliestDate ?? todayOf(quote)}
            max=${window?.latestDate ?? quote.latestFirstDueDate}
            ?disabled=${this.disabled}
            .value=${this.promiseDate}
            aria-describedby=${this.#describedBy('promiseDate', 'promiseDate-hint')}
            aria-invalid=${this.errors.promiseDate !== undefined ? 'true' : 'false'}
            @input=${(event: Event) => this.#editPromise((event.target as HTMLInputElement).value, false)}
            @change=${(event: Event) => this.#editPromise((event.target as HTMLInputElement).value, true)}
          />
        </div>
        <p class="statement" aria-live="polite">
          ${valid ? copy.promiseStatement({ date: formatDate(this.promiseDate, wording.locale) }) : ''}
        </p>
        ${submitButton({ label: copy.submitPromise, sendingLabel: copy.sending, sending: this.sending, disabled: this.disabled })}
      </form>
    </div>`;
  }

  #editPromise(date: string, commit: boolean): void {
    const quote = this.quote;
    const messages = this.#localize.messages;
    if (quote === undefined || messages === undefined) return;
    this.promiseDate = date;
    if (commit) this.#committed.add('promiseDate');
    this.sendProblem = undefined;
    const error = evaluatePromise(date, quote, { messages, locale: this.#localize.formatLocale });
    const show =
      error !== undefined && (this.errors.promiseDate !== undefined || this.#committed.has('promiseDate'));
    this.errors = show ? { promiseDate: error } : {};
  }

  async #handlePromiseSubmit(event: SubmitEvent, quote: PlanQuote): Promise<void> {
    event.preventDefault();
    const messages = this.#localize.messages;
    const configuration = this.#configured.configuration;
    if (this.sending || this.disabled || messages === undefined || configuration === undefined) return;
    const wording: Wording = { messages, locale: this.#localize.formatLocale };
    const error = evaluatePromise(this.promiseDate, quote, wording);
    if (error !== undefined) {
      this.errors = { promiseDate: error };
      await this.#summary.show();
      return;
    }
    const request = { invoiceIds: [...quote.invoiceIds], date: this.promiseDate };
    await this.#send(
      messages,
      async (key) => {
        const promise = await makePromise(configuration.client, request, key);
        this.#finish({ kind: 'promise', promise });
        this.dispatchEvent(new AmicablePromiseMadeEvent({ promise }));
      },
      JSON.stringify(request),
      (rule) => {
        this.errors = { promiseDate: ruleMessage(rule, quote, wording) };
      },
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Sending

  /**
   * Sends a proposal under a key of its own: the same body sent again (a double click, "try again"
   * after a timeout) reuses the key, so the API makes one plan; a changed proposal gets a new one.
   */
  async #send(
    messages: ProposerMessages,
    call: (key: string) => Promise<void>,
    body: string,
    onRefused: (rule: string) => void,
  ): Promise<void> {
    if (this.#lastSent?.body !== body) this.#lastSent = { body, key: createIdempotencyKey() };
    this.errors = {};
    this.#summary.hide();
    this.sendProblem = undefined;
    this.sending = true;
    try {
      await call(this.#lastSent.key);
      this.sending = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    } catch (error) {
      this.sending = false;
      if (isHttpError(error) && error.status === 422 && error.problem.rule !== undefined) {
        onRefused(error.problem.rule);
        await this.#summary.show();
        return;
      }
      const answer = this.#answerText(messages, error);
      if (answer !== undefined) {
        this.sendProblem = answer;
        return;
      }
      this.sendProblem = messages.plan.sendFailed;
      if (!isAbortError(error)) this.emitError(error);
    }
  }

  #finish(outcome: Outcome): void {
    this.outcome = outcome;
    const id = outcome.kind === 'plan' ? outcome.plan.id : outcome.promise.id;
    internalsOf.get(this)?.setFormValue(id);
  }

  #targetOf(field: Field): string {
    return field === 'frequency' ? `frequency-${this.draft?.frequency ?? 'monthly'}` : field;
  }

  // ---------------------------------------------------------------------------------------------
  // The result

  #renderOutcome(wording: Wording, outcome: Outcome): TemplateResult {
    const copy = wording.messages.plan;
    const locale = wording.locale;
    if (outcome.kind === 'promise') {
      const { promise } = outcome;
      return html`<div class="base" part="base">
        <section class="result" part="result" aria-labelledby="result-heading">
          <h2 class="heading" id="result-heading" tabindex="-1">${copy.promiseConfirmedHeading}</h2>
          <p>
            ${copy.promiseConfirmedBody({ amount: formatMoney(promise.amount, locale), date: formatDate(promise.date, locale) })}
          </p>
          ${this.#renderHowToPay(wording, promise.payment, copy.howToPayPromise)}
        </section>
      </div>`;
    }
    const { plan } = outcome;
    const first = plan.instalments[0];
    const body =
      plan.status === 'pending'
        ? copy.pendingBody({
            creditor: this.quote?.creditor?.name ?? '',
            date: formatDate(plan.respondBy ?? plan.createdAt.slice(0, 10), locale),
          })
        : copy.acceptedBody({
            amount: first ? formatMoney(first.amount, locale) : '',
            date: first ? formatDate(first.dueDate, locale) : '',
          });
    return html`<div class="base" part="base">
      <section class="result ${plan.status}" part="result" aria-labelledby="result-heading">
        <h2 class="heading" id="result-heading" tabindex="-1">
          ${plan.status === 'pending' ? copy.pendingHeading : copy.acceptedHeading}
        </h2>
        <p>${body}</p>
        <h3>${copy.scheduleHeading}</h3>
        ${this.#renderScheduleTable(wording, { total: plan.total, fee: plan.fee }, plan.instalments, true)}
        ${this.#renderHowToPay(wording, plan.payment, copy.howToPayPlan)}
      </section>
    </div>`;
  }

  #renderHowToPay(
    wording: Wording,
    payment: TransferDetails | undefined,
    intro: string,
  ): TemplateResult | typeof nothing {
    if (payment === undefined) return nothing;
    const payNow = wording.messages.payNow;
    const { bankAccount, reference } = payment;
    return html`<div class="how-to-pay" part="how-to-pay">
      <h3>${wording.messages.plan.howToPayHeading}</h3>
      <p>${intro}</p>
      <dl>
        <div><dt>${payNow.accountHolder}</dt><dd>${bankAccount.holder}</dd></div>
        ${bankAccount.accountNumber ? html`<div><dt>${payNow.accountNumber}</dt><dd class="code">${bankAccount.accountNumber}</dd></div>` : nothing}
        ${bankAccount.iban ? html`<div><dt>${payNow.iban}</dt><dd class="code">${bankAccount.iban}</dd></div>` : nothing}
        ${bankAccount.bic ? html`<div><dt>${payNow.bic}</dt><dd class="code">${bankAccount.bic}</dd></div>` : nothing}
        <div><dt>${payNow.referenceSchemes[reference.scheme]}</dt><dd class="code">${reference.display}</dd></div>
      </dl>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'amicable-instalment-proposer': AmicableInstalmentProposer;
  }
}
