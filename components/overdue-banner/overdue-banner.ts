import { html } from 'lit';
import { AmicableElement } from '../base/amicable-element';
import { AmicableActionEvent } from '../base/events/amicable-action';
import { baseStyles } from '../base/tokens.styles';
import { overdueBannerStyles } from './overdue-banner.styles';

// Placeholder copy until the shared message catalogs land; keyed by primary language subtag.
const copy: Record<string, { heading: string; view: string }> = {
  en: { heading: 'You have an invoice that is past due', view: 'View invoice' },
  nb: { heading: 'Du har en faktura som har forfalt', view: 'Se faktura' },
  nl: { heading: 'U heeft een factuur die over de vervaldatum is', view: 'Factuur bekijken' },
};

/**
 * A soft notice, shown after login, that something is overdue, with a way to act on it.
 *
 * @tag amicable-overdue-banner
 * @summary A soft, stage-appropriate notice about overdue invoices with actions to view, pay, plan or dispute.
 *
 * @csspart base - The notice container, a `role="status"` region.
 * @csspart heading - The notice's heading.
 * @csspart action - The button that opens the invoice.
 *
 * @cssproperty --amicable-color-accent - Background of the primary action.
 * @cssproperty --amicable-color-on-accent - Text on the primary action.
 * @cssproperty --amicable-color-text - Body text colour.
 * @cssproperty --amicable-color-surface - Background of the notice.
 * @cssproperty --amicable-color-border - Border of the notice.
 * @cssproperty --amicable-color-focus - Focus ring colour.
 * @cssproperty --amicable-radius - Corner radius of the notice and its button.
 * @cssproperty --amicable-font-family - Font family.
 * @cssproperty --amicable-font-size - Base font size (default `medium`, the reader's own setting).
 * @cssproperty --amicable-space-2 - Vertical padding of the button.
 * @cssproperty --amicable-space-3 - Gap between heading and button.
 * @cssproperty --amicable-space-4 - Padding of the notice.
 *
 * @event {AmicableActionEvent} amicable-action - The customer chose an action (`detail.action`, `detail.invoiceIds`). Cancelable: prevent it to handle the action in the portal.
 * @event {AmicableErrorEvent} amicable-error - Something failed; the element stays quiet. `detail`: `{ code, message, retryable }`.
 */
export class AmicableOverdueBanner extends AmicableElement {
  static override styles = [...baseStyles, overdueBannerStyles];

  protected override render() {
    const text = copy[this.locale.split('-')[0] ?? 'en'] ?? copy.en!;
    return html`
      <section class="base" part="base" role="status" aria-labelledby="heading">
        <h2 class="heading" part="heading" id="heading">${text.heading}</h2>
        <button class="action" part="action" type="button" @click=${this.#handleViewClick}>${text.view}</button>
      </section>
    `;
  }

  #handleViewClick(): void {
    this.dispatchEvent(new AmicableActionEvent({ action: 'view', invoiceIds: [] }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'amicable-overdue-banner': AmicableOverdueBanner;
  }
}
