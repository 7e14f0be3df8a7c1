import type { CustomerAction } from '../../src/contract/primitives';
import { define } from '../base/define-element';
import { requestElement } from '../base/element-loader';
import type { AmicableDialog } from './dialog';

/** Which element each customer action opens, and the attribute that tells it what to work on. */
const flows: Record<CustomerAction, { tag: string; attribute: 'invoice' | 'invoices'; mode?: string }> = {
  view: { tag: 'amicable-invoice-explainer', attribute: 'invoice' },
  pay: { tag: 'amicable-pay-now', attribute: 'invoices' },
  plan: { tag: 'amicable-instalment-proposer', attribute: 'invoices' },
  promise: { tag: 'amicable-instalment-proposer', attribute: 'invoices', mode: 'promise' },
  dispute: { tag: 'amicable-dispute-form', attribute: 'invoice' },
};

export interface FlowDialogOptions {
  action: CustomerAction;
  invoiceIds: string[];
  /** Lines to pre-select (a dispute opened from one line of the explainer). */
  lineIds?: string[] | undefined;
  /** The dialog's accessible name (the action's label). */
  label: string;
  closeLabel: string;
  /** Where focus returns when the dialog closes. */
  trigger: HTMLElement;
}

/**
 * Opens an action's flow in a modal `<amicable-dialog>` appended to `host` (slot `dialog`), so
 * the flow lives in the host's light DOM: Stripe's Elements, inside pay-now, refuse shadow roots.
 * The dialog removes itself when closed. Its code and the flow's are loaded only now, when the
 * customer acts, not with the host.
 */
export async function openFlowDialog(host: HTMLElement, options: FlowDialogOptions): Promise<AmicableDialog> {
  define('amicable-dialog', (await import('./dialog')).AmicableDialog);
  const flow = flows[options.action];
  const content = document.createElement(flow.tag);
  const first = options.invoiceIds[0] ?? '';
  content.setAttribute(flow.attribute, flow.attribute === 'invoice' ? first : options.invoiceIds.join(','));
  if (flow.mode !== undefined) {
    content.setAttribute('mode', flow.mode);
  }
  if (options.lineIds !== undefined && options.lineIds.length > 0) {
    content.setAttribute('lines', options.lineIds.join(','));
  }
  const dialog = document.createElement('amicable-dialog');
  dialog.slot = 'dialog';
  dialog.label = options.label;
  dialog.closeLabel = options.closeLabel;
  dialog.append(content);
  dialog.addEventListener('close', () => dialog.remove(), { once: true });
  host.append(dialog);
  void requestElement(flow.tag);
  await dialog.show(options.trigger);
  return dialog;
}
