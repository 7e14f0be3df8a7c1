import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { AmicableElement } from '../base/amicable-element';
import { baseStyles } from '../base/tokens.styles';
import { dialogStyles } from './dialog.styles';

/**
 * A modal dialog around one flow element, built on the native `<dialog>` opened with
 * `showModal()`: the rest of the page is inert while it is open (focus stays inside), Escape
 * closes it, and focus goes back to the control that opened it.
 *
 * Its content stays in the light DOM and is slotted, never moved into a shadow root: Stripe's
 * Payment Element refuses to mount inside one, so `<amicable-pay-now>` must remain reachable from
 * the document. Whatever hosts this dialog must keep it in its own light DOM for the same reason.
 *
 * @tag amicable-dialog
 * @summary The modal dialog the banner opens its flows in (view, pay, plan, promise, dispute).
 *
 * @slot - The flow element, e.g. `<amicable-pay-now>`.
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The bar with the title and the close button.
 * @csspart title - The dialog's heading.
 * @csspart close-button - The button that closes the dialog.
 * @csspart body - The scrolling area around the slotted flow.
 *
 * @cssproperty --amicable-color-backdrop - What covers the page behind the dialog.
 * @cssproperty --amicable-color-surface - Background of the dialog.
 * @cssproperty --amicable-color-border - Border of the dialog and its header.
 * @cssproperty --amicable-radius - Corner radius.
 *
 * @event close - The dialog closed (Escape, the close button, or `close()`). Does not bubble, like the native `close`.
 */
export class AmicableDialog extends AmicableElement {
  static override styles = [...baseStyles, dialogStyles];

  /** The dialog's title and accessible name. */
  @property() label = '';

  /** Accessible name of the close button. */
  @property({ attribute: 'close-label' }) closeLabel = 'Close';

  @query('dialog') private readonly dialogElement!: HTMLDialogElement | null;

  #returnFocusTo: HTMLElement | null = null;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialogElement?.open ?? false;
  }

  /**
   * Open the dialog modally. `returnFocusTo` gets the focus back when it closes (by default the
   * element that had focus when `show()` was called, found through shadow roots).
   */
  async show(returnFocusTo: HTMLElement | null = deepActiveElement()): Promise<void> {
    await this.updateComplete;
    const dialog = this.dialogElement;
    if (dialog === null || dialog.open || !this.isConnected) {
      return;
    }
    this.#returnFocusTo = returnFocusTo;
    dialog.showModal();
  }

  /** Close the dialog; `close` fires once it has. */
  close(): void {
    this.dialogElement?.close();
  }

  protected override render() {
    return html`
      <dialog class="dialog" part="dialog" aria-labelledby="title" @close=${this.#handleClose}>
        <div class="header" part="header">
          <h2 class="title" part="title" id="title">${this.label}</h2>
          <button class="close" part="close-button" type="button" aria-label=${this.closeLabel} @click=${this.close}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
          </button>
        </div>
        <div class="body" part="body"><slot></slot></div>
      </dialog>
    `;
  }

  #handleClose(): void {
    const target = this.#returnFocusTo;
    this.#returnFocusTo = null;
    // Chromium restores focus on its own; other engines do not always, and a trigger inside a
    // shadow root is easy to lose. Only move focus when it is nowhere useful.
    if (target?.isConnected && isNowhere(document.activeElement)) {
      target.focus();
    }
    this.dispatchEvent(new Event('close'));
  }
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active instanceof HTMLElement ? active : null;
}

/** Focus on nothing, the body, or the dialog that just closed (or something inside it). */
function isNowhere(element: Element | null): boolean {
  return element === null || element === document.body || element.closest('amicable-dialog') !== null;
}

declare global {
  interface HTMLElementTagNameMap {
    'amicable-dialog': AmicableDialog;
  }
}
