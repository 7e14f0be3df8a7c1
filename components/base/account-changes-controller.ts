import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Events after which the customer's invoices have changed and must be fetched again: a payment,
 * a plan, a promise or a dispute, made in any element on the page (all bubble and are composed).
 */
export const accountChangedEvents = [
  'amicable-paid',
  'amicable-plan-proposed',
  'amicable-promise-made',
  'amicable-dispute-opened',
] as const;

/**
 * Calls `onChange` whenever any element in the host's document reports that the account changed,
 * so a banner at the top of the page follows a payment made in an explainer further down (or in
 * its own dialog). Listens on the document only while the host is connected. Add it with
 * `this.addController(new AccountChangesController(this, () => …))`.
 */
export class AccountChangesController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onChange: () => void;
  #document: Document | undefined;
  readonly #listener = () => this.#onChange();

  constructor(host: ReactiveControllerHost & Element, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
  }

  hostConnected(): void {
    this.#document = this.#host.ownerDocument;
    for (const type of accountChangedEvents) this.#document.addEventListener(type, this.#listener);
  }

  hostDisconnected(): void {
    for (const type of accountChangedEvents) this.#document?.removeEventListener(type, this.#listener);
    this.#document = undefined;
  }
}
