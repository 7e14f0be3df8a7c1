/**
 * `lines` as React 19 and Vue give it: they set the attribute while the element is undefined and
 * the property once it is defined, with whatever the author wrote (a string or an array).
 */
import { expect } from '@open-wc/testing';
import '../../../components/dispute-form/define';
import type { AmicableDisputeForm } from '../../../components/dispute-form/dispute-form';
import { configureFor } from '../support/api';
import { mountAsFramework, recordComplaints } from '../support/framework';
import { type SeededInvoice, seedTwoLineInvoice } from './seed';

/** Creates the element as a framework does (set first, then inserted) and waits for its form. */
function loaded(
  seeded: SeededInvoice,
  set: (element: AmicableDisputeForm) => void,
): Promise<AmicableDisputeForm> {
  configureFor(seeded.customerId);
  return mountAsFramework<AmicableDisputeForm>(
    'amicable-dispute-form',
    (element) => {
      element.invoice = seeded.invoiceId;
      set(element);
    },
    { selector: 'form', message: 'the form never showed' },
  );
}

/** Which scope is chosen, and which lines are ticked. */
function chosen(element: AmicableDisputeForm) {
  const root = element.shadowRoot!;
  return {
    scope: root.querySelector<HTMLInputElement>('[part="scope"] > label input:checked')?.value,
    lines: [...root.querySelectorAll<HTMLInputElement>('[part="lines"] input[type="checkbox"]')].map(
      (box) => [box.value, box.checked] as const,
    ),
  };
}

describe('<amicable-dispute-form> `lines`', () => {
  const complaints = recordComplaints();

  it('means the same as an attribute, a string property and an array property', async () => {
    const seeded = await seedTwoLineInvoice();
    const ways: [string, (element: AmicableDisputeForm) => void][] = [
      ['attribute', (element) => element.setAttribute('lines', ' l2 ')],
      ['string property', (element) => (element.lines = 'l2')],
      ['array property', (element) => (element.lines = ['l2'])],
    ];
    const states = [];
    for (const [way, set] of ways) {
      const element = await loaded(seeded, set);
      expect(element.lines, way).to.deep.equal(['l2']);
      states.push(chosen(element));
    }
    expect(states[0]).to.deep.equal({
      scope: 'lines',
      lines: [
        ['l1', false],
        ['l2', true],
      ],
    });
    expect(states[1]).to.deep.equal(states[0]);
    expect(states[2]).to.deep.equal(states[0]);

    const both = await loaded(seeded, (element) => (element.lines = 'l1, l2'));
    expect(chosen(both).lines).to.deep.equal([
      ['l1', true],
      ['l2', true],
    ]);
    expect(complaints.warnings).to.deep.equal([]);
    expect(complaints.errors).to.have.length(0);
  });

  it('keeps the same list when an equal array or string is set again', async () => {
    const element = await loaded(await seedTwoLineInvoice(), (created) => (created.lines = ['l1', 'l2']));
    const list = element.lines;
    element.lines = 'l1 l2';
    element.lines = ['l1', 'l2'];
    expect(element.lines).to.equal(list);
    expect(element.isUpdatePending).to.equal(false);
    expect(Object.isFrozen(list)).to.equal(true);
  });

  it('leaves out an entry that is not an id with one warning, and pre-selects the rest', async () => {
    const seeded = await seedTwoLineInvoice();
    const element = await loaded(seeded, (created) => (created.lines = ['l/1', 'l2']));
    expect(element.lines).to.deep.equal(['l2']);
    expect(chosen(element).lines).to.deep.equal([
      ['l1', false],
      ['l2', true],
    ]);
    expect(complaints.warnings).to.have.length(1);
    expect(String(complaints.warnings[0]?.[0])).to.contain('<amicable-dispute-form>').and.contain('"l/1"');
    expect(complaints.errors).to.have.length(0);

    // Nothing valid left: the form starts on the whole invoice, as without `lines`.
    const fromAttribute = await loaded(seeded, (created) => created.setAttribute('lines', 'l1;l2'));
    expect(fromAttribute.lines).to.deep.equal([]);
    expect(chosen(fromAttribute)).to.deep.equal({ scope: 'whole', lines: [] });
    expect(complaints.warnings).to.have.length(2);
    expect(complaints.errors).to.have.length(0);
  });
});
