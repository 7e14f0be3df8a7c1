import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/invoice-explainer/define';
import type { AmicableInvoiceExplainer } from '../../../components/invoice-explainer/invoice-explainer';
import type { AmicableTermPopover } from '../../../components/term-popover/term-popover';
import { configureFor } from '../support/api';

/** Configure the SDK for `customerId` and show `invoiceId` in an explainer; resolves once the invoice is on screen. */
export async function mountExplainer(
  customerId: string,
  invoiceId: string,
  options: { lang?: string; container?: string } = {},
): Promise<AmicableInvoiceExplainer> {
  configureFor(customerId);
  const element = await fixture<AmicableInvoiceExplainer>(
    html`<amicable-invoice-explainer invoice=${invoiceId} lang=${options.lang ?? 'en'}></amicable-invoice-explainer>`,
  );
  await shown(element);
  return element;
}

/** Resolves once the invoice is rendered (the first load, or after a change of invoice). */
export async function shown(element: AmicableInvoiceExplainer): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('.base') !== null, 'the invoice never showed', {
    timeout: 10_000,
  });
  await element.updateComplete;
}

/** Elements in the explainer's shadow root. */
export function all<E extends Element = HTMLElement>(element: Element, selector: string): E[] {
  return [...(element.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

export function one<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = element.shadowRoot?.querySelector<E>(selector);
  if (found === null || found === undefined) {
    throw new Error(`${selector} not found in <${element.localName}>`);
  }
  return found;
}

/** `text` with every run of white space (no-break spaces included) as one plain space, trimmed. */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text as a reader meets it: element boundaries count as spaces (a `<dt>` and its `<dd>` are
 * two words), the triggers of nested term popovers are included, closed popover panels are not.
 */
export function textOf(node: Element): string {
  let text = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) {
      text += current.textContent ?? '';
      return;
    }
    if (current instanceof Element) {
      if (current.classList.contains('panel') || current.localName === 'style') return;
      const root = current.shadowRoot;
      const inline = current.localName === 'span';
      if (!inline) text += ' ';
      for (const child of root === null ? current.childNodes : root.childNodes) walk(child);
      if (!inline) text += ' ';
    }
  };
  walk(node);
  return norm(text);
}

/** The glossary popover for `key` inside the explainer (the first one, when a term appears twice). */
export function popover(element: Element, key: string): AmicableTermPopover {
  return one<AmicableTermPopover>(element, `amicable-term-popover[data-term="${key}"]`);
}

export function popoverParts(term: AmicableTermPopover) {
  const root = term.shadowRoot!;
  return {
    trigger: root.querySelector<HTMLButtonElement>('[part="trigger"]')!,
    panel: root.querySelector<HTMLElement>('[part="panel"]')!,
    close: root.querySelector<HTMLButtonElement>('[part="close-button"]')!,
  };
}

/** The focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

/** Whether the popover panel is showing (top layer) and sits fully inside the viewport. */
export function panelShowing(panel: HTMLElement): boolean {
  return panel.matches(':popover-open');
}

export function insideViewport(rect: DOMRect, slack = 0.5): boolean {
  return (
    rect.left >= -slack &&
    rect.top >= -slack &&
    rect.right <= window.innerWidth + slack &&
    rect.bottom <= window.innerHeight + slack
  );
}

/** Resolves after the next two frames: floating-ui positions asynchronously. */
export function frames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** The centre of an element in viewport coordinates, scrolled into view first (for `sendMouse`). */
export function centreOf(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}
