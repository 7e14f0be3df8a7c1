/**
 * `invoices` as React 19 and Vue give it: they set the attribute while the element is undefined and
 * the property once it is defined, with whatever the author wrote (a string or an array).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { AmicableInstalmentProposer } from '../../../components/instalment-proposer/instalment-proposer';
import { configureFor, seedInvoice } from '../support/api';
import { mountAsFramework, recordComplaints } from '../support/framework';
import { norm, one, scheduleRows, seedOverdue } from './helpers';

/** Creates the element as a framework does (set first, then inserted) and waits for its form. */
function loaded(set: (element: AmicableInstalmentProposer) => void): Promise<AmicableInstalmentProposer> {
  return mountAsFramework('amicable-instalment-proposer', set, {
    selector: 'form, [part="problem"], [part="result"]',
    message: 'the proposer never showed its form',
  });
}

/** What the customer is offered: the quote's invoices, the suggested schedule and its total. */
function offered(element: AmicableInstalmentProposer) {
  return {
    invoiceIds: element.quote?.invoiceIds,
    total: norm(one(element, '[part="schedule"] tfoot').textContent),
    schedule: scheduleRows(element),
  };
}

describe('<amicable-instalment-proposer> `invoices`', () => {
  const complaints = recordComplaints();

  async function seedThree(): Promise<{ first: string; second: string }> {
    const { customerId, invoiceId: first } = await seedOverdue();
    const second = await seedInvoice({ customerId, dueInDays: -5, amount: 60_000 });
    // Overdue too, but not named: it must not be in the plan.
    await seedInvoice({ customerId, dueInDays: -8, amount: 33_300 });
    configureFor(customerId);
    return { first, second };
  }

  it('means the same as an attribute, a string property and an array property', async () => {
    const { first, second } = await seedThree();
    const ways: [string, (element: AmicableInstalmentProposer) => void][] = [
      ['attribute', (element) => element.setAttribute('invoices', ` ${first},${second} `)],
      ['string property', (element) => (element.invoices = `${first} ${second}`)],
      ['array property', (element) => (element.invoices = [first, second])],
    ];
    const states = [];
    for (const [way, set] of ways) {
      const element = await loaded(set);
      expect(element.invoices, way).to.deep.equal([first, second]);
      states.push(offered(element));
    }
    expect(states[0]?.invoiceIds).to.have.members([first, second]);
    expect(states[0]?.schedule.length).to.be.greaterThan(0);
    expect(states[1]).to.deep.equal(states[0]);
    expect(states[2]).to.deep.equal(states[0]);
    expect(complaints.warnings).to.deep.equal([]);
    expect(complaints.errors).to.have.length(0);
  });

  it('keeps the same list (and the draft) when an equal array or string is set again', async () => {
    const { first, second } = await seedThree();
    const element = await loaded((created) => (created.invoices = `${first},${second}`));
    const list = element.invoices;
    element.invoices = [first, second];
    element.invoices = ` ${first} ${second}`;
    expect(element.invoices).to.equal(list);
    expect(element.isUpdatePending).to.equal(false);
    expect(Object.isFrozen(list)).to.equal(true);

    element.invoices = [second];
    await element.updateComplete;
    await waitUntil(() => element.quote?.invoiceIds.length === 1, 'never loaded the quote for one invoice', {
      timeout: 10_000,
    });
    expect(element.quote?.invoiceIds).to.deep.equal([second]);
  });

  it('leaves out an entry that is not an id with one warning, and quotes the rest', async () => {
    const { first, second } = await seedThree();
    const element = await loaded((created) => (created.invoices = [first, 'inv 1/2', second]));
    expect(element.invoices).to.deep.equal([first, second]);
    expect(element.quote?.invoiceIds).to.have.members([first, second]);
    expect(complaints.warnings).to.have.length(1);
    expect(String(complaints.warnings[0]?.[0]))
      .to.contain('<amicable-instalment-proposer>')
      .and.contain('"inv 1/2"');
    expect(complaints.errors).to.have.length(0);

    const fromAttribute = await loaded((created) =>
      created.setAttribute('invoices', `${first}, "${second}"`),
    );
    expect(fromAttribute.invoices).to.deep.equal([first]);
    expect(fromAttribute.quote?.invoiceIds).to.deep.equal([first]);
    expect(complaints.warnings).to.have.length(2);
    expect(complaints.errors).to.have.length(0);
  });
});
