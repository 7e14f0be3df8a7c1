import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/dispute-form/define';
import type { AmicableDisputeForm } from '../../../components/dispute-form/dispute-form';
import { all, mountExplainer } from './helpers';
import { seedRichInvoice } from './seed';

/** The explainer and the flows it opens agree on how a flow is told what to show. */
describe('<amicable-invoice-explainer> opening the real flows', function () {
  this.timeout(30_000);

  it('a dispute started from a line opens the dispute form with that line pre-selected', async () => {
    const rich = await seedRichInvoice();
    const element = await mountExplainer(rich.customerId, rich.invoiceId);
    const line = all(element, '[part="line"]').find((item) => item.dataset.lineId === 'l2')!;
    line.querySelector<HTMLButtonElement>('[part="line-problem"]')!.click();
    await waitUntil(() => element.querySelector('amicable-dialog')?.open === true, 'no dialog opened', {
      timeout: 10_000,
    });
    const form = element.querySelector<AmicableDisputeForm>('amicable-dialog amicable-dispute-form')!;
    expect(customElements.get('amicable-dispute-form')).to.not.equal(undefined);
    expect(form.invoice).to.equal(rich.invoiceId);
    expect(form.lines).to.deep.equal(['l2']);
    element.querySelector('amicable-dialog')!.close();
  });
});
