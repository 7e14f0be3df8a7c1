import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createIdempotencyKey } from '../../src/client/api/idempotency';
import type { Configuration } from '../../src/client/config';
import { isAbortError, isHttpError } from '../../src/client/errors';
import { formatDate, formatFileSize } from '../../src/client/i18n/format';
import type { CatalogView } from '../../src/client/i18n/parts';
import { disputeCopy } from '../../src/client/i18n/sources/dispute';
import { validationCopy } from '../../src/client/i18n/sources/validation';
import {
  DISPUTE_FILE_LIMITS,
  type Dispute,
  DisputeReason,
  disputeFormData,
} from '../../src/contract/dispute';
import { InvoiceDetail } from '../../src/contract/invoice';
import type { Money } from '../../src/contract/money';
import { formatMoney } from '../../src/domain/money';
import { AmicableElement } from '../base/amicable-element';
import { ConfigurationController } from '../base/configuration-controller';
import { buttonStyles, formStyles, visuallyHiddenStyles } from '../base/controls.styles';
import { ErrorSummary } from '../base/error-summary';
import { AmicableDisputeOpenedEvent } from '../base/events/amicable-dispute-opened';
import { amountField, describedBy, fieldError, submitButton } from '../base/form-field';
import { IdList, type IdListInput, idListConverter } from '../base/id-list';
import { adoptCreditorWording, LocalizeController } from '../base/localize';
import { baseStyles } from '../base/tokens.styles';
import { disputeFormStyles } from './dispute-form.styles';
import {
  checkDraft,
  type DisputeDraft,
  type DisputeScope,
  type DraftField,
  FIELD_ORDER,
  FILE_ACCEPT,
  fileProblem,
  fileProgress,
  MESSAGE_MAX_LENGTH,
} from './draft';
import { sendDispute } from './upload';

/** The copy this element renders with. */
type DisputeMessages = CatalogView<'dispute' | 'validation'>;

/** A file the customer attached, with what the upload or the server had to say about it. */
interface AttachedFile {
  key: number;
  file: File;
  error?: string;
}

/** The confirmation's facts. */
interface Opened {
  dispute: Dispute;
  /** What stays payable on the invoice now (outstanding minus everything under dispute). */
  payable: Money;
}

const reasons: readonly DisputeReason[] = DisputeReason.options;
const scopes: readonly DisputeScope[] = ['whole', 'lines', 'amount'];

/** How long the counter's announcement waits for a pause in typing, and how long at most. */
const ANNOUNCE_PAUSE_MS = 1000;
const ANNOUNCE_MAX_WAIT_MS = 5000;

/**
 * The customer says what is wrong with an invoice: the reason, the lines or the amount in
 * question (the rest stays payable), a message, and attachments; collection of that part stops as
 * soon as it is sent, and the confirmation gives the reference, what happens now, the date the
 * creditor answers by, and what remains payable.
 *
 * Validation happens inline and in a summary that takes focus when sending is refused. Files are
 * added with the picker or by dropping them on the drop zone, which is itself a button (Enter or
 * Space opens the picker). The upload shows its progress per file: this one request goes through
 * `XMLHttpRequest`, the only browser API that reports upload progress, with the same token and
 * `Idempotency-Key` handling as the API client, so "Send" pressed twice, or again after a network
 * failure, opens one dispute.
 *
 * @tag amicable-dispute-form
 * @summary Dispute an invoice or part of it, with a message and attachments; reminders for that part stop.
 *
 * @property {string | string[]} lines - Lines to pre-select (the form then starts on "some lines"), by id: a string separated by commas or spaces (`"l1, l3"`, as the attribute too) or an array (`['l1', 'l3']`); reads back as a frozen array of the valid ids. Entries that are not ids are left out with one console warning.
 *
 * @csspart base - The whole form or confirmation.
 * @csspart heading - The form's heading.
 * @csspart intro - What disputing does.
 * @csspart error-summary - The list of problems shown when sending is refused; it takes focus.
 * @csspart problem - A failure to load the invoice or to send, with a way to try again.
 * @csspart form - The form.
 * @csspart reason - The group of reasons.
 * @csspart scope - The choice of whole invoice, some lines, or an amount.
 * @csspart lines - The lines to choose from.
 * @csspart amount - The amount field and its hint.
 * @csspart message - The message field, its hint and its character count.
 * @csspart character-count - The visible "120 of 2000 characters".
 * @csspart attachments - The attachments group.
 * @csspart drop-zone - The button that opens the file picker and takes dropped files.
 * @csspart files - The list of attached files.
 * @csspart file - One attached file.
 * @csspart progress - A file's upload progress bar.
 * @csspart remove-file - A file's remove button.
 * @csspart field-error - Every inline error message.
 * @csspart submit - The send button.
 * @csspart confirmation - What the customer sees once the dispute is opened.
 * @csspart reference - The dispute's reference in the confirmation.
 *
 * @cssproperty --amicable-color-accent - Buttons, choices and progress.
 * @cssproperty --amicable-color-on-accent - Text on the send button.
 * @cssproperty --amicable-color-text - Body text.
 * @cssproperty --amicable-color-text-muted - Hints, the character count and field borders.
 * @cssproperty --amicable-color-surface - Background of fields, buttons and the drop zone.
 * @cssproperty --amicable-color-surface-muted - The drop zone while a file is dragged over it.
 * @cssproperty --amicable-color-border - Borders of the drop zone, files and confirmation.
 * @cssproperty --amicable-color-focus - Focus ring.
 * @cssproperty --amicable-color-danger - Errors and the error summary.
 * @cssproperty --amicable-color-success - Edge of the confirmation.
 * @cssproperty --amicable-radius - Corner radius.
 * @cssproperty --amicable-font-family - Font family.
 * @cssproperty --amicable-font-size - Base font size (default `medium`, the reader's own setting).
 * @cssproperty --amicable-line-height - Line height.
 * @cssproperty --amicable-space-1 - Small gaps.
 * @cssproperty --amicable-space-2 - Gaps between a label, its hint and its field; field padding.
 * @cssproperty --amicable-space-3 - Padding of file rows.
 * @cssproperty --amicable-space-4 - Padding of buttons, the drop zone and boxes.
 * @cssproperty --amicable-space-5 - Gaps between the form's groups.
 *
 * @event {AmicableDisputeOpenedEvent} amicable-dispute-opened - The dispute was opened; `detail.dispute` carries it with its `reference` and `respondBy`.
 * @event {AmicableErrorEvent} amicable-error - Loading the invoice or sending failed for a reason the customer cannot fix. `detail`: `{ code, message, retryable }`.
 */
export class AmicableDisputeForm extends AmicableElement {
  static override styles = [...baseStyles, buttonStyles, formStyles, visuallyHiddenStyles, disputeFormStyles];

  /** The id of the invoice to dispute (surrounding spaces are ignored). */
  @property({ reflect: true, converter: { fromAttribute: (value: string | null) => value?.trim() ?? '' } })
  invoice = '';

  readonly #lines = new IdList(this, 'lines');

  /**
   * Lines to pre-select when the form is opened from a line of the invoice explainer, by id: as an
   * attribute or a string, separated by commas or spaces (`lines="l1,l3"`); as a property, also an
   * array (`['l1', 'l3']`). Reads back as the array of ids. Entries that are not ids are left out
   * with a console warning. With any, the form starts on "some lines".
   */
  @property({ converter: idListConverter })
  get lines(): readonly string[] {
    return this.#lines.ids;
  }
  set lines(value: IdListInput) {
    this.#lines.set(value);
  }

  @state() private reason: DisputeReason | undefined;
  @state() private scope: DisputeScope = 'whole';
  @state() private selectedLines: string[] = [];
  @state() private amountText = '';
  @state() private message = '';
  @state() private files: AttachedFile[] = [];
  /** Why files just picked or dropped were not added. */
  @state() private fileNotices: string[] = [];
  @state() private errors: Partial<Record<DraftField, string>> = {};
  @state() private sending = false;
  /** Per file, in percent, while sending. */
  @state() private progress: number[] = [];
  @state() private sendProblem: string | undefined;
  @state() private opened: Opened | undefined;
  @state() private dragging = false;
  /** The character count as last announced to screen readers. */
  @state() private announcedCount = '';

  // Removed while loading and put back (a framework moving it): load again.
  readonly #configured = new ConfigurationController(this, () => {
    if (this.#invoice.status === TaskStatus.ERROR && isAbortError(this.#invoice.error)) {
      void this.#invoice.run();
    }
  });
  readonly #summary = new ErrorSummary(this);
  #idempotencyKey: string | undefined;
  #nextFileKey = 0;
  #scopeTouched = false;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #announcePendingSince: number | undefined;

  readonly #localize = new LocalizeController(this, {
    copy: [disputeCopy, validationCopy],
    onError: (error) => this.emitError(error),
  });

  readonly #invoice = new Task(this, {
    task: async ([configuration, invoice]: readonly [Configuration | undefined, string], { signal }) => {
      if (configuration === undefined || invoice === '') return initialState;
      return configuration.client.request(InvoiceDetail, {
        path: `/invoices/${encodeURIComponent(invoice)}`,
        signal,
      });
    },
    // The configuration in force now: a portal that configures again (another login) is followed.
    args: () => [this.#configured.configuration, this.invoice] as const,
    onComplete: (invoice) => adoptCreditorWording(invoice?.creditor),
    onError: (error) => {
      if (!isAbortError(error)) this.emitError(error);
    },
  });

  /** The invoice as loaded, or `undefined` while loading or after a failure. */
  get invoiceDetail(): InvoiceDetail | undefined {
    return this.#invoice.status === TaskStatus.COMPLETE ? this.#invoice.value : undefined;
  }

  /** The dispute once opened, or `undefined`. */
  get dispute(): Dispute | undefined {
    return this.opened?.dispute;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Loading stops; a dispute being sent is not cancelled: the customer asked for it.
    this.#invoice.abort();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('invoice') && changed.get('invoice') !== undefined) this.#reset();
    if ((changed.has('lines') || changed.has('invoice')) && !this.#scopeTouched && this.lines.length > 0) {
      this.scope = 'lines';
      this.selectedLines = [...this.lines];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.#invoice.status;
    this.setState('loading', status === TaskStatus.PENDING || this.#localize.messages === undefined);
    this.setState('error', status === TaskStatus.ERROR && !isAbortError(this.#invoice.error));
    this.setState('sending', this.sending);
    this.setState('invalid', this.#summary.shown && Object.keys(this.errors).length > 0);
    this.setState('opened', this.opened !== undefined);
  }

  protected override render(): TemplateResult | typeof nothing {
    const messages = this.#localize.messages;
    if (messages === undefined || this.invoice === '') return nothing;
    if (this.opened !== undefined) return this.#renderConfirmation(messages, this.opened);
    return this.#invoice.render({
      initial: () => this.#renderStatus(messages.common.loading),
      pending: () => this.#renderStatus(messages.common.loading),
      error: () => html`<div class="base" part="base">
        <div class="problem" part="problem" role="alert">
          <p>${messages.dispute.loadFailed}</p>
          <button type="button" @click=${() => void this.#invoice.run()}>${messages.common.retry}</button>
        </div>
      </div>`,
      complete: (detail) =>
        detail === undefined
          ? this.#renderStatus(messages.common.loading)
          : this.#renderForm(messages, detail),
    });
  }

  #renderStatus(text: string): TemplateResult {
    return html`<div class="base" part="base"><p role="status">${text}</p></div>`;
  }

  #renderForm(messages: DisputeMessages, detail: InvoiceDetail): TemplateResult {
    const copy = messages.dispute;
    const locale = this.#localize.formatLocale;
    const problems = FIELD_ORDER.flatMap((field) => {
      const message = this.errors[field];
      return message === undefined ? [] : [{ message, target: this.#targetOf(field, detail) }];
    });
    return html`<div class="base" part="base">
      <h2 class="heading" part="heading" id="heading">${copy.heading}</h2>
      <p class="intro" part="intro">${copy.intro}</p>
      ${this.#summary.render(problems, (count) => messages.validation.summary({ count }))}
      ${
        this.sendProblem !== undefined
          ? html`<div class="problem" part="problem" role="alert"><p>${this.sendProblem}</p></div>`
          : nothing
      }
      <form part="form" novalidate aria-labelledby="heading" @submit=${(event: SubmitEvent) => this.#handleSubmit(event, detail)}>
        ${this.#renderReason(messages)} ${this.#renderScope(messages, detail, locale)} ${this.#renderMessage(messages)}
        ${this.#renderAttachments(messages, locale)}
        ${submitButton({ label: copy.submit, sendingLabel: copy.sending, sending: this.sending })}
      </form>
    </div>`;
  }

  #fieldError(field: DraftField): TemplateResult | typeof nothing {
    return fieldError(field, this.errors[field]);
  }

  #describedBy(field: DraftField, ...hints: string[]): string {
    return describedBy(field, this.errors[field], ...hints);
  }

  #renderReason(messages: DisputeMessages): TemplateResult {
    const copy = messages.dispute;
    const describedBy = this.#describedBy('reason');
    return html`<fieldset part="reason" aria-describedby=${describedBy || nothing}>
      <legend>${copy.reasonLabel}</legend>
      ${this.#fieldError('reason')}
      ${reasons.map(
        (reason) => html`<label class="choice">
          <input
            type="radio"
            name="reason"
            id="reason-${reason}"
            .value=${reason}
            .checked=${this.reason === reason}
            @change=${() => this.#edit(() => (this.reason = reason))}
          />
          <span>${copy.reasons[reason]}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  #renderScope(messages: DisputeMessages, detail: InvoiceDetail, locale: string): TemplateResult {
    const copy = messages.dispute;
    const labels: Record<DisputeScope, string> = {
      whole: copy.scopeWhole,
      lines: copy.scopeLines,
      amount: copy.scopeAmount,
    };
    const choices = detail.lines.length > 0 ? scopes : scopes.filter((scope) => scope !== 'lines');
    return html`<fieldset part="scope">
      <legend>${copy.scopeLabel}</legend>
      ${choices.map(
        (scope) => html`<label class="choice">
          <input
            type="radio"
            name="scope"
            id="scope-${scope}"
            .value=${scope}
            .checked=${this.scope === scope}
            @change=${() =>
              this.#edit(() => {
                this.#scopeTouched = true;
                this.scope = scope;
              })}
          />
          <span>${labels[scope]}</span>
        </label>`,
      )}
      ${this.scope === 'lines' ? this.#renderLines(messages, detail, locale) : nothing}
      ${this.scope === 'amount' ? this.#renderAmount(messages, detail, locale) : nothing}
    </fieldset>`;
  }

  #renderLines(messages: DisputeMessages, detail: InvoiceDetail, locale: string): TemplateResult {
    const describedBy = this.#describedBy('lines');
    return html`<fieldset class="nested" part="lines" aria-describedby=${describedBy || nothing}>
      <legend>${messages.dispute.linesLabel}</legend>
      ${this.#fieldError('lines')}
      ${detail.lines.map(
        (line, index) => html`<label class="choice">
          <input
            type="checkbox"
            id="line-${index}"
            .value=${line.id}
            .checked=${this.selectedLines.includes(line.id)}
            @change=${(event: Event) => this.#handleLineToggle(line.id, (event.target as HTMLInputElement).checked)}
          />
          <span>${line.description}</span>
          <span class="amount">${formatMoney(line.amount, locale)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  #renderAmount(messages: DisputeMessages, detail: InvoiceDetail, locale: string): TemplateResult {
    const copy = messages.dispute;
    const max = formatMoney({ amount: this.#maxAmount(detail), currency: detail.currency }, locale);
    return amountField({
      label: copy.amountLabel,
      hint: copy.amountHint({ max }),
      value: this.amountText,
      error: this.errors.amount,
      nested: true,
      onInput: (text) => this.#edit(() => (this.amountText = text)),
    });
  }

  #renderMessage(messages: DisputeMessages): TemplateResult {
    const copy = messages.dispute;
    const count = this.message.length;
    return html`<div class="field" part="message">
      <label class="label" for="message">${copy.messageLabel}</label>
      <p class="hint" id="message-hint">${copy.messageHint}</p>
      ${this.#fieldError('message')}
      <textarea
        id="message"
        rows="6"
        .value=${this.message}
        aria-describedby=${this.#describedBy('message', 'message-hint', 'message-count-announced')}
        aria-invalid=${this.errors.message !== undefined ? 'true' : 'false'}
        @input=${this.#handleMessageInput}
      ></textarea>
      <p class="count ${count > MESSAGE_MAX_LENGTH ? 'over' : ''}" part="character-count" aria-hidden="true">
        ${copy.characterCount({ count, max: MESSAGE_MAX_LENGTH })}
      </p>
      <p class="visually-hidden" id="message-count-announced" aria-live="polite">${this.announcedCount}</p>
    </div>`;
  }

  #renderAttachments(messages: DisputeMessages, locale: string): TemplateResult {
    const copy = messages.dispute;
    const maxSize = formatFileSize(DISPUTE_FILE_LIMITS.maxFileBytes, locale);
    return html`<div class="field" part="attachments" role="group" aria-labelledby="files-label">
      <p class="label" id="files-label">${copy.attachments} <span class="hint">(${messages.common.optional})</span></p>
      <p class="hint" id="files-hint">${copy.attachmentsHint({ maxFiles: DISPUTE_FILE_LIMITS.maxFiles, maxSize })}</p>
      ${this.#fieldError('files')}
      <button
        type="button"
        id="drop-zone"
        class="drop-zone ${this.dragging ? 'dragging' : ''}"
        part="drop-zone"
        aria-describedby=${this.#describedBy('files', 'files-hint')}
        @click=${this.#handleBrowse}
        @dragenter=${this.#handleDragOver}
        @dragover=${this.#handleDragOver}
        @dragleave=${this.#handleDragLeave}
        @drop=${this.#handleDrop}
      >
        <strong>${copy.addFiles}</strong>
        <span>${copy.dropFiles}</span>
      </button>
      <input
        type="file"
        id="file-input"
        multiple
        hidden
        accept=${FILE_ACCEPT}
        tabindex="-1"
        @change=${this.#handleFilesPicked}
      />
      <ul class="notices" aria-live="polite">
        ${this.fileNotices.map((notice) => html`<li class="field-error" part="field-error">${notice}</li>`)}
      </ul>
      ${
        this.files.length > 0
          ? html`<ul class="files" part="files" aria-labelledby="files-label">
              ${this.files.map((attached, index) => this.#renderFile(messages, locale, attached, index))}
            </ul>`
          : nothing
      }
    </div>`;
  }

  #renderFile(
    messages: DisputeMessages,
    locale: string,
    attached: AttachedFile,
    index: number,
  ): TemplateResult {
    const copy = messages.dispute;
    const name = attached.file.name;
    const percent = this.progress[index];
    return html`<li class="file" part="file">
      <span class="file-name">${name} <span class="file-size">(${formatFileSize(attached.file.size, locale)})</span></span>
      <button
        type="button"
        class="remove"
        part="remove-file"
        aria-disabled=${this.sending ? 'true' : 'false'}
        @click=${() => this.#handleRemove(attached.key)}
      >
        <span aria-hidden="true">×</span><span class="visually-hidden">${copy.removeFile({ name })}</span>
      </button>
      ${
        this.sending && percent !== undefined
          ? html`<progress part="progress" max="100" .value=${percent} aria-label=${copy.uploading({ name, percent })}></progress>`
          : nothing
      }
      ${attached.error !== undefined ? html`<p class="field-error" part="field-error">${attached.error}</p>` : nothing}
    </li>`;
  }

  #renderConfirmation(messages: DisputeMessages, opened: Opened): TemplateResult {
    const copy = messages.dispute;
    const locale = this.#localize.formatLocale;
    return html`<div class="base" part="base">
      <section class="confirmation" part="confirmation" aria-labelledby="confirmation-heading">
        <h2 class="heading" id="confirmation-heading" tabindex="-1">${copy.confirmationHeading}</h2>
        <p class="reference" part="reference">${copy.reference({ reference: opened.dispute.reference })}</p>
        <h3>${copy.whatHappensNow}</h3>
        <p>${copy.whatHappensNowBody}</p>
        <p>${copy.respondBy({ date: formatDate(opened.dispute.respondBy, locale) })}</p>
        <p>
          ${
            opened.payable.amount > 0
              ? copy.remainsPayable({ amount: formatMoney(opened.payable, locale) })
              : copy.nothingRemainsPayable
          }
        </p>
      </section>
    </div>`;
  }

  /** The most that can be disputed: what is outstanding and not under dispute already. */
  #maxAmount(detail: InvoiceDetail): number {
    return Math.max(0, detail.outstanding.amount - (detail.disputed?.amount ?? 0));
  }

  #draft(): DisputeDraft {
    return {
      reason: this.reason,
      scope: this.scope,
      lineIds: this.selectedLines,
      amountText: this.amountText,
      message: this.message,
    };
  }

  #check(detail: InvoiceDetail, messages: DisputeMessages) {
    const lineIds = new Set(detail.lines.map((line) => line.id));
    return checkDraft(
      // Pre-selected ids that are not on this invoice are simply not chosen.
      { ...this.#draft(), lineIds: this.selectedLines.filter((id) => lineIds.has(id)) },
      {
        invoiceId: detail.id,
        currency: detail.currency,
        maxAmount: this.#maxAmount(detail),
        locale: this.#localize.formatLocale,
        messages,
      },
    );
  }

  /**
   * Applies a change the customer made. The next send gets a fresh `Idempotency-Key` (another body
   * under the same key would be refused), and errors already shown are checked again so that each
   * disappears as soon as it is fixed, but no new ones appear before the customer sends.
   */
  #edit(change: () => void): void {
    change();
    this.#idempotencyKey = undefined;
    this.sendProblem = undefined;
    const messages = this.#localize.messages;
    const detail = this.#invoice.value;
    if (Object.keys(this.errors).length === 0 || messages === undefined || detail === undefined) return;
    const check = this.#check(detail, messages);
    const now = check.ok ? {} : check.errors;
    const kept: Partial<Record<DraftField, string>> = {};
    for (const field of FIELD_ORDER) {
      // File problems come from the server, per file: one stays while its file does.
      const error =
        field === 'files' ? this.files.find((attached) => attached.error !== undefined)?.error : now[field];
      if (this.errors[field] !== undefined && error !== undefined) kept[field] = error;
    }
    this.errors = kept;
  }

  #handleLineToggle(lineId: string, checked: boolean): void {
    this.#edit(() => {
      this.selectedLines = checked
        ? [...this.selectedLines.filter((id) => id !== lineId), lineId]
        : this.selectedLines.filter((id) => id !== lineId);
    });
  }

  #handleMessageInput(event: Event): void {
    this.#edit(() => (this.message = (event.target as HTMLTextAreaElement).value));
    this.#scheduleCountAnnouncement();
  }

  /**
   * Screen readers hear the count when the customer pauses typing (or every few seconds while they
   * type on), never on every keystroke.
   */
  #scheduleCountAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    const now = Date.now();
    this.#announcePendingSince ??= now;
    const wait = Math.max(
      0,
      Math.min(ANNOUNCE_PAUSE_MS, this.#announcePendingSince + ANNOUNCE_MAX_WAIT_MS - now),
    );
    this.#announceTimer = setTimeout(() => {
      this.#announcePendingSince = undefined;
      const messages = this.#localize.messages;
      if (messages !== undefined) {
        this.announcedCount = messages.dispute.characterCount({
          count: this.message.length,
          max: MESSAGE_MAX_LENGTH,
        });
      }
    }, wait);
  }

  #handleBrowse(): void {
    if (this.sending) return;
    this.renderRoot.querySelector<HTMLInputElement>('#file-input')?.click();
  }

  #handleFilesPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#addFiles([...(input.files ?? [])]);
    // Choosing the same file again after removing it must fire `change` again.
    input.value = '';
  }

  #handleDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = this.sending ? 'none' : 'copy';
    this.dragging = true;
  }

  #handleDragLeave(): void {
    this.dragging = false;
  }

  #handleDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    if (this.sending) return;
    this.#addFiles([...(event.dataTransfer?.files ?? [])]);
  }

  /** Adds the files that can be attached; says why any other cannot. */
  #addFiles(picked: File[]): void {
    const messages = this.#localize.messages;
    if (messages === undefined || picked.length === 0) return;
    const maxSize = formatFileSize(DISPUTE_FILE_LIMITS.maxFileBytes, this.#localize.formatLocale);
    const added: AttachedFile[] = [];
    const notices: string[] = [];
    for (const file of picked) {
      const problem = fileProblem(file, this.files.length + added.length, messages, maxSize);
      if (problem === undefined) added.push({ key: this.#nextFileKey++, file });
      else if (!notices.includes(problem)) notices.push(problem);
    }
    this.fileNotices = notices;
    this.#edit(() => {
      this.files = [...this.files, ...added];
    });
  }

  async #handleRemove(key: number): Promise<void> {
    if (this.sending) return;
    const index = this.files.findIndex((attached) => attached.key === key);
    if (index < 0) return;
    this.#edit(() => {
      this.files = this.files.filter((attached) => attached.key !== key);
      this.fileNotices = [];
    });
    await this.updateComplete;
    // Focus stays in the list (the next file's button), or returns to the drop zone.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="remove-file"]')];
    (
      buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#drop-zone')
    )?.focus();
  }

  #targetOf(field: DraftField, detail: InvoiceDetail): string {
    switch (field) {
      case 'reason':
        return `reason-${this.reason ?? reasons[0]}`;
      case 'lines':
        return detail.lines.length > 0 ? 'line-0' : 'scope-lines';
      case 'amount':
        return 'amount';
      case 'message':
        return 'message';
      case 'files':
        return 'drop-zone';
    }
  }

  async #handleSubmit(event: SubmitEvent, detail: InvoiceDetail): Promise<void> {
    event.preventDefault();
    const messages = this.#localize.messages;
    const configuration = this.#configured.configuration;
    if (this.sending || messages === undefined || configuration === undefined) return;
    this.sendProblem = undefined;
    const check = this.#check(detail, messages);
    const fileErrors = this.files.some((attached) => attached.error !== undefined)
      ? this.errors.files
      : undefined;
    if (!check.ok || fileErrors !== undefined) {
      this.errors = {
        ...(check.ok ? {} : check.errors),
        ...(fileErrors !== undefined ? { files: fileErrors } : {}),
      };
      await this.#summary.show();
      return;
    }
    this.errors = {};
    this.#summary.hide();
    this.#idempotencyKey ??= createIdempotencyKey();
    const files = this.files.map((attached) => attached.file);
    const sizes = files.map((file) => file.size);
    this.sending = true;
    this.progress = sizes.map(() => 0);
    try {
      const dispute = await sendDispute({
        configuration,
        body: disputeFormData(check.fields, files),
        idempotencyKey: this.#idempotencyKey,
        onProgress: ({ loaded, total }) => {
          this.progress = fileProgress(sizes, loaded, total);
        },
      });
      this.progress = sizes.map(() => 100);
      const payable = await this.#payableAfter(configuration, detail, dispute);
      this.opened = { dispute, payable };
      this.sending = false;
      this.dispatchEvent(new AmicableDisputeOpenedEvent({ dispute }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#confirmation-heading')?.focus();
    } catch (error) {
      this.sending = false;
      await this.#showSendError(error, messages, detail);
    }
  }

  /** What remains payable on the invoice now, as the API says; worked out locally if it cannot be asked. */
  async #payableAfter(configuration: Configuration, before: InvoiceDetail, dispute: Dispute): Promise<Money> {
    try {
      const after = await configuration.client.request(InvoiceDetail, {
        path: `/invoices/${encodeURIComponent(before.id)}`,
      });
      return {
        amount: Math.max(0, after.outstanding.amount - (after.disputed?.amount ?? 0)),
        currency: after.currency,
      };
    } catch {
      return {
        amount: Math.max(0, this.#maxAmount(before) - dispute.amount.amount),
        currency: before.currency,
      };
    }
  }

  /**
   * Turns the API's refusal into the customer's words: field errors inline and in the summary
   * where the problem names a field, a plain sentence otherwise. Only failures the customer cannot
   * fix (network, server, session) are reported as `amicable-error`.
   */
  async #showSendError(error: unknown, messages: DisputeMessages, detail: InvoiceDetail): Promise<void> {
    const copy = messages.dispute;
    const locale = this.#localize.formatLocale;
    if (!isHttpError(error) || error.status >= 500 || error.status === 401 || error.status === 429) {
      this.sendProblem = copy.sendFailed;
      this.emitError(error);
      return;
    }
    const { status, problem } = error;
    const errors: Partial<Record<DraftField, string>> = {};
    const maxSize = formatFileSize(DISPUTE_FILE_LIMITS.maxFileBytes, locale);
    let files = this.files;
    let unplaced = false;
    for (const fieldError of problem.errors ?? []) {
      const [head, index] = fieldError.path.split('.');
      if (head === 'files' && index !== undefined && files[Number(index)] !== undefined) {
        const attached = files[Number(index)]!;
        const message =
          status === 413
            ? copy.fileErrors.tooLarge({ name: attached.file.name, maxSize })
            : copy.fileErrors.wrongType({ name: attached.file.name });
        files = files.map((candidate) =>
          candidate === attached ? { ...candidate, error: message } : candidate,
        );
        errors.files ??= message;
      } else if (head === 'files') {
        errors.files = copy.fileErrors.tooMany({ max: DISPUTE_FILE_LIMITS.maxFiles });
      } else if (head === 'lineIds') {
        errors.lines = status === 409 ? copy.alreadyDisputed : messages.validation.chooseLines;
      } else if (head === 'amount') {
        errors.amount = messages.validation.amountTooHigh({
          max: formatMoney({ amount: this.#maxAmount(detail), currency: detail.currency }, locale),
        });
      } else if (head === 'message') {
        errors.message = messages.validation.messageTooLong({ max: MESSAGE_MAX_LENGTH });
      } else if (head === 'reason') {
        errors.reason = messages.validation.chooseReason;
      } else {
        unplaced = true;
      }
    }
    this.files = files;
    if (Object.keys(errors).length > 0 && !unplaced) {
      this.errors = errors;
      await this.#summary.show();
      return;
    }
    if (status === 409 && problem.code === 'conflict') {
      this.sendProblem = copy.alreadyDisputed;
      return;
    }
    this.sendProblem = copy.sendFailed;
    this.emitError(error);
  }

  #reset(): void {
    this.reason = undefined;
    this.scope = 'whole';
    this.selectedLines = [];
    this.amountText = '';
    this.message = '';
    this.files = [];
    this.fileNotices = [];
    this.errors = {};
    this.#summary.hide();
    this.progress = [];
    this.sendProblem = undefined;
    this.opened = undefined;
    this.announcedCount = '';
    this.#scopeTouched = false;
    this.#idempotencyKey = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'amicable-dispute-form': AmicableDisputeForm;
  }
}
