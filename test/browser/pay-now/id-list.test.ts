/**
 * `invoices` as React 19 and Vue give it: they set the attribute while the element is undefined and
 * the property once it is defined, with whatever the author wrote (a string or an array).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { AmicablePayNow } from '../../../components/pay-now/pay-now';
import { configureFor, seedInvoice } from '../support/api';
import { mountAsFramework, recordComplaints } from '../support/framework';
import { all, choose, maybe, norm, one, seedOverdueNok } from './helpers';

/** Creates the element as a framework does (set first, then inserted) and waits until it has loaded. */
function loaded(set: (element: AmicablePayNow) => void): Promise<AmicablePayNow> {
  return mountAsFramework('amicable-pay-now', set, {
    selector: '[part="heading"], [role="alert"]',
    message: '<amicable-pay-now> never finished loading',
  });
}

/** What the customer is offered: the full amount, and one bank transfer per invoice. */
async function offered(element: AmicablePayNow): Promise<{ full: string; transfers: string[] }> {
  await choose(element, 'method', 'bank');
  return {
    full: norm(one(element, 'label.choice').textContent),
    transfers: all(element, '[part="transfer"] h3').map((heading) => norm(heading.textContent)),
  };
}

describe('<amicable-pay-now> `invoices`', () => {
  const complaints = recordComplaints();

  async function seedThree(): Promise<{ first: string; second: string }> {
    const { customerId, invoiceId: first } = await seedOverdueNok(100_000);
    const second = await seedInvoice({ customerId, dueInDays: -5, amount: 20_000 });
    // Overdue too, but not named: it must not be offered.
    await seedInvoice({ customerId, dueInDays: -8, amount: 7_700 });
    configureFor(customerId);
    return { first, second };
  }

  it('means the same as an attribute, a string property and an array property', async () => {
    const { first, second } = await seedThree();
    const ways: [string, (element: AmicablePayNow) => void][] = [
      ['attribute', (element) => element.setAttribute('invoices', ` ${first},${second} `)],
      ['string property', (element) => (element.invoices = `${first} ${second}`)],
      ['array property', (element) => (element.invoices = [first, second])],
    ];
    const states = [];
    for (const [way, set] of ways) {
      const element = await loaded(set);
      expect(element.invoices, way).to.deep.equal([first, second]);
      states.push(await offered(element));
    }
    expect(states[0]?.transfers).to.deep.equal([
      `Invoice ${first.toUpperCase()}`,
      `Invoice ${second.toUpperCase()}`,
    ]);
    expect(states[1]).to.deep.equal(states[0]);
    expect(states[2]).to.deep.equal(states[0]);
    expect(complaints.warnings).to.deep.equal([]);
    expect(complaints.errors).to.have.length(0);
  });

  it('keeps the same list (and loads nothing again) when an equal array or string is set again', async () => {
    const { first, second } = await seedThree();
    const element = await loaded((created) => (created.invoices = [first, second]));
    const list = element.invoices;
    element.invoices = [first, second];
    element.invoices = `${first}, ${second}`;
    expect(element.invoices).to.equal(list);
    expect(element.isUpdatePending).to.equal(false);
    expect(Object.isFrozen(list)).to.equal(true);

    element.invoices = [second];
    await element.updateComplete;
    await waitUntil(() => maybe(element, 'input[name="method"]') !== null, 'never reloaded', {
      timeout: 8_000,
    });
    expect(element.invoices).to.deep.equal([second]);
    expect((await offered(element)).transfers).to.deep.equal([]);
    expect(all(element, '[part="transfer"]')).to.have.length(1);
  });

  it('leaves out an entry that is not an id with one warning, and pays the rest', async () => {
    const { first, second } = await seedThree();
    const element = await loaded((created) => (created.invoices = [first, 'inv/../../admin', second]));
    expect(element.invoices).to.deep.equal([first, second]);
    expect((await offered(element)).transfers).to.have.length(2);
    expect(complaints.warnings).to.have.length(1);
    expect(String(complaints.warnings[0]?.[0]))
      .to.contain('<amicable-pay-now>')
      .and.contain('"inv/../../admin"');
    expect(complaints.errors).to.have.length(0);

    const fromAttribute = await loaded((created) => created.setAttribute('invoices', `${first} <b>`));
    expect(fromAttribute.invoices).to.deep.equal([first]);
    expect(norm(one(fromAttribute, '[part="heading"]').textContent)).to.equal('Pay now');
    expect(complaints.warnings).to.have.length(2);
    expect(complaints.errors).to.have.length(0);
  });
});
