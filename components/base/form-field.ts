import { html, nothing, type TemplateResult } from 'lit';

/**
 * A field's inline error, `id="<field>-error"` so the control can point at it with
 * `aria-describedby`; nothing when there is none.
 */
export function fieldError(field: string, error: string | undefined): TemplateResult | typeof nothing {
  return error === undefined
    ? nothing
    : html`<p class="field-error" part="field-error" id="${field}-error">${error}</p>`;
}

/** A control's `aria-describedby`: its hints, then its error while it has one. */
export function describedBy(field: string, error: string | undefined, ...hints: string[]): string {
  return [...hints, ...(error !== undefined ? [`${field}-error`] : [])].join(' ');
}

/** What the amount field shows and whom it tells about changes. */
export interface AmountFieldOptions {
  label: string;
  /** Says what amounts are accepted (at least, at most). */
  hint: string;
  /** The text as typed: amounts are parsed by the element, in the reader's locale. */
  value: string;
  error: string | undefined;
  /** Inside a fieldset of choices (the dispute's "an amount"): indented under its choice. */
  nested?: boolean;
  disabled?: boolean;
  /** Every keystroke, with the text typed. */
  onInput: (text: string) => void;
  /** The customer left the field after changing it. */
  onChange?: () => void;
}

/**
 * The amount field the forms share (`part="amount"`, the input `#amount`): a free-text field
 * with a decimal keyboard rather than `type="number"`, which rejects the reader's own decimal
 * comma in some browsers and changes the value on a scroll; its label, hint and inline error.
 */
export function amountField(options: AmountFieldOptions): TemplateResult {
  const { error } = options;
  return html`<div class="field${options.nested ? ' nested' : ''}" part="amount">
    <label class="label" for="amount">${options.label}</label>
    <p class="hint" id="amount-hint">${options.hint}</p>
    ${fieldError('amount', error)}
    <input
      type="text"
      id="amount"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      ?disabled=${options.disabled ?? false}
      .value=${options.value}
      aria-describedby=${describedBy('amount', error, 'amount-hint')}
      aria-invalid=${error !== undefined ? 'true' : 'false'}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      @change=${options.onChange}
    />
  </div>`;
}

/** What a form's submit button says and whether it can be pressed. */
export interface SubmitButtonOptions {
  label: string;
  /** Shown on the button and announced while the form is being sent. */
  sendingLabel: string;
  sending: boolean;
  disabled?: boolean;
}

/**
 * The submit button the forms share (`part="submit"`) and the status line that announces the
 * sending to screen readers. While sending, the button stays focusable (`aria-disabled`, not
 * `disabled`), so focus is not lost; the element ignores a second submit itself.
 */
export function submitButton(options: SubmitButtonOptions): TemplateResult {
  const { label, sendingLabel, sending } = options;
  return html`<button
      type="submit"
      class="primary"
      part="submit"
      ?disabled=${options.disabled === true}
      aria-disabled=${sending ? 'true' : 'false'}
    >
      ${sending ? sendingLabel : label}
    </button>
    <p class="visually-hidden" role="status">${sending ? sendingLabel : ''}</p>`;
}
