import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { adoptCreditorWording, resetCreditorWording } from '../../../components/base/creditor-wording';
import '../../../components/overdue-banner/define';
import '../../../components/invoice-explainer/define';
import type { AmicableInvoiceExplainer } from '../../../components/invoice-explainer/invoice-explainer';
import type { AmicableOverdueBanner } from '../../../components/overdue-banner/overdue-banner';
import { de } from '../../../src/client/i18n/de';
import { formatDate } from '../../../src/client/i18n/format';
import { nb } from '../../../src/client/i18n/nb';
import { nl } from '../../../src/client/i18n/nl';
import type { InvoiceDetail } from '../../../src/contract/invoice';
import { formatMoney } from '../../../src/domain/money';
import { configureFor, daysFromToday, seedCustomer, seedInvoice, tokenFor } from '../support/api';
import { spyOnWarnings } from '../support/console';

// The wording is set here as an element's API answer would bring it (`creditor.messages`): the
// browser tests share one creditor, whose settings every other test file reads too.

const HEADING = 'banner.reminder.direct.informal.heading';

/** A creditor as the API sends it, with wording for one locale. */
function creditorWith(locale: string, texts: Record<string, string>) {
  return { messages: { locale, texts: Object.entries(texts).map(([key, text]) => ({ key, text })) } };
}

function part(element: Element, name: string): Element | null | undefined {
  return element.shadowRoot?.querySelector(`[part~="${name}"]`);
}

function partText(element: Element, name: string): string | undefined {
  return part(element, name)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** `text` with every run of white space (no-break spaces included) as one plain space. */
function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function mountBanner(lang: string): Promise<AmicableOverdueBanner> {
  const element = await fixture<AmicableOverdueBanner>(
    html`<amicable-overdue-banner lang=${lang}></amicable-overdue-banner>`,
  );
  await waitUntil(() => element.matches(':state(shown)'), 'the notice did not show', { timeout: 10_000 });
  return element;
}

async function mountExplainer(invoiceId: string, lang: string): Promise<AmicableInvoiceExplainer> {
  const element = await fixture<AmicableInvoiceExplainer>(
    html`<amicable-invoice-explainer invoice=${invoiceId} lang=${lang}></amicable-invoice-explainer>`,
  );
  await waitUntil(
    () => part(element, 'heading') !== null && element.invoiceDetail !== undefined,
    'no invoice',
    {
      timeout: 10_000,
    },
  );
  await element.updateComplete;
  return element;
}

describe("the creditor's own wording in the elements", function () {
  this.timeout(30_000);

  let customerId: string;
  let invoiceId: string;
  let detail: InvoiceDetail;
  const dueInDays = -5;

  before(async () => {
    customerId = await seedCustomer({ style: 'direct', formality: 'informal' });
    invoiceId = await seedInvoice({ customerId, dueInDays });
    const response = await fetch(`/v1/invoices/${invoiceId}`, {
      headers: { authorization: `Bearer ${await tokenFor(customerId)}` },
    });
    detail = (await response.json()) as InvoiceDetail;
  });

  beforeEach(() => {
    configureFor(customerId);
  });

  afterEach(() => {
    resetCreditorWording();
  });

  it("shows the banner's overridden heading with its placeholders filled, and markup as text", async () => {
    const warnings = spyOnWarnings();
    adoptCreditorWording(
      creditorWith('nb', {
        [HEADING]: '<b>{creditor}</b>: {amount} forfalt {dueDate}',
        'actions.pay': 'Betal med én gang',
      }),
    );
    const element = await mountBanner('nb-NO');
    warnings.restore();

    expect(element.account?.stage).to.equal('reminder');
    const amount = formatMoney(detail.payment.amount, 'nb-NO');
    const dueDate = formatDate(daysFromToday(dueInDays), 'nb-NO');
    expect(partText(element, 'heading')).to.equal(
      norm(`<b>Fjordlys Energi AS</b>: ${amount} forfalt ${dueDate}`),
    );
    expect(part(element, 'heading')?.querySelector('b')).to.equal(null);
    const pay = [...(element.shadowRoot?.querySelectorAll('[part~="action"]') ?? [])].map((button) =>
      norm(button.textContent ?? ''),
    );
    expect(pay).to.include('Betal med én gang');
    expect(pay).not.to.include(nb.actions.pay);
    // What was not overridden is the catalog's own.
    expect(partText(element, 'snooze-button')).to.equal(nb.actions.snooze);
    expect(warnings.litWarnings()).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('re-renders a banner already on the page when the wording arrives', async () => {
    const element = await mountBanner('nb-NO');
    const before = partText(element, 'heading');
    adoptCreditorWording(creditorWith('nb', { [HEADING]: 'Hei fra {creditor}' }));
    await waitUntil(() => partText(element, 'heading') === 'Hei fra Fjordlys Energi AS', 'no new heading', {
      timeout: 5_000,
    });
    expect(before).not.to.equal('Hei fra Fjordlys Energi AS');
  });

  it('leaves a banner in another language with its built-in copy', async () => {
    adoptCreditorWording(
      creditorWith('nb', { [HEADING]: 'Hei fra {creditor}', 'actions.pay': 'Betal med én gang' }),
    );
    const element = await mountBanner('nl-NL');
    expect(partText(element, 'heading')).not.to.contain('Hei fra');
    const labels = [...(element.shadowRoot?.querySelectorAll('[part~="action"]') ?? [])].map((button) =>
      norm(button.textContent ?? ''),
    );
    expect(labels).to.include(norm(nl.actions.pay));
    expect(labels).not.to.include('Betal med én gang');
  });

  it('shows the explainer with the overrides, placeholders filled and markup as text', async () => {
    adoptCreditorWording(
      creditorWith('nb', {
        'explainer.heading': 'Regning {number}',
        'explainer.issuedBy': 'Sendt av <i>{creditor}</i>',
      }),
    );
    const element = await mountExplainer(invoiceId, 'nb-NO');
    expect(partText(element, 'heading')).to.equal(`Regning ${detail.number}`);
    const creditor = element.shadowRoot?.querySelector('.creditor');
    expect(norm(creditor?.textContent ?? '')).to.equal('Sendt av <i>Fjordlys Energi AS</i>');
    expect(creditor?.querySelector('i')).to.equal(null);
    // Untouched messages keep the catalog's words.
    expect(element.shadowRoot?.textContent).to.contain(nb.explainer.lines);
  });

  it('leaves an explainer in another language with its built-in copy', async () => {
    adoptCreditorWording(creditorWith('nb', { 'explainer.heading': 'Regning {number}' }));
    const element = await mountExplainer(invoiceId, 'de-DE');
    expect(partText(element, 'heading')).to.equal(norm(de.explainer.heading({ number: detail.number })));
  });
});
