import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AmicableErrorEvent } from '../../../components/base/events/amicable-error';
import type { AmicablePlanProposedEvent } from '../../../components/base/events/amicable-plan-proposed';
import type { AmicablePromiseMadeEvent } from '../../../components/base/events/amicable-promise-made';
import { AmicableInstalmentProposer } from '../../../components/instalment-proposer/instalment-proposer';
import { formatDate } from '../../../src/client/i18n/format';
import { formatMoney } from '../../../src/domain/money';
import { daysFromToday, timelineOf } from '../support/api';
import { spyOnWarnings, type WarningSpy } from '../support/console';
import {
  all,
  deepActiveElement,
  mount,
  norm,
  one,
  proposeDirectly,
  putSettings,
  scheduleRows,
  seededCreditor,
  seedOverdue,
  setField,
} from './helpers';

const nok = (amount: number, locale = 'en') => norm(formatMoney({ amount, currency: 'NOK' }, locale));

describe('<amicable-instalment-proposer>', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  it('is defined by define.ts and by default proposes a plan for every overdue invoice, suggesting the gentlest one', async () => {
    expect(customElements.get('amicable-instalment-proposer')).to.equal(AmicableInstalmentProposer);
    const { customerId, invoiceId } = await seedOverdue();
    const element = await mount(
      customerId,
      html`<amicable-instalment-proposer lang="en"></amicable-instalment-proposer>`,
    );
    expect(element.mode).to.equal('plan');
    expect(element.invoices).to.deep.equal([]);
    expect(element.value).to.equal('');
    expect(element.quote?.invoiceIds).to.deep.equal([invoiceId]);
    expect(norm(one(element, '[part="heading"]').textContent)).to.equal('Propose a payment plan');

    // 1,441 kr at no less than 200 kr, at most 6 instalments: four of 240.17 kr, then two of 240.16 kr.
    expect(one<HTMLSelectElement>(element, '#count').value).to.equal('6');
    const rows = scheduleRows(element);
    expect(rows).to.have.length(6);
    expect(rows[0]).to.deep.equal([formatDate(daysFromToday(14), 'en'), nok(24_017)]);
    expect(rows[5]?.[1]).to.equal(nok(24_016));
    expect(norm(one(element, '[part="schedule"] tfoot').textContent)).to.equal(`Total ${nok(144_100)}`);

    const policy = norm(one(element, '[part="policy"]').textContent);
    expect(policy).to.contain(`Each instalment is at least ${nok(20_000)}.`);
    expect(policy).to.contain('Up to 6 instalments.');
    expect(policy).to.contain('The first payment is within 30 days.');
    expect(policy).to.contain('A plan costs nothing extra.');
    expect(policy).to.contain('An instalment paid up to 14 days late still keeps the plan in place.');
  });

  it('reads its attributes leniently: a list of invoices, the mode, the form name', async () => {
    const element = document.createElement('amicable-instalment-proposer');
    element.setAttribute('invoices', ' inv-a, inv-b ,inv-a,, ');
    element.setAttribute('mode', ' PROMISE ');
    element.setAttribute('name', 'arrangement');
    expect(element.invoices).to.deep.equal(['inv-a', 'inv-b']);
    expect(element.mode).to.equal('promise');
    element.setAttribute('mode', 'weekly');
    expect(element.mode).to.equal('plan');
    expect(element.name).to.equal('arrangement');
    expect(AmicableInstalmentProposer.formAssociated).to.equal(true);
  });

  it('updates the schedule live as the count, the amount per instalment and the first date change', async () => {
    const { customerId, invoiceId } = await seedOverdue();
    const element = await mount(
      customerId,
      html`<amicable-instalment-proposer lang="en" invoices=${invoiceId}></amicable-instalment-proposer>`,
    );
    await setField(element, '#count', '3');
    expect(scheduleRows(element).map((row) => row[1])).to.deep.equal([nok(48_034), nok(48_033), nok(48_033)]);
    expect(norm(one(element, '.schedule-box [role="status"]').textContent)).to.contain('3 instalments from');

    one<HTMLInputElement>(element, '#split-amount').click();
    await element.updateComplete;
    const amount = one<HTMLInputElement>(element, '#amount');
    amount.value = '500';
    amount.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    // At most 500 kr each: three instalments, split evenly.
    expect(scheduleRows(element).map((row) => row[1])).to.deep.equal([nok(48_034), nok(48_033), nok(48_033)]);

    await setField(element, '#firstDueDate', daysFromToday(3));
    expect(scheduleRows(element)[0]?.[0]).to.equal(formatDate(daysFromToday(3), 'en'));
    expect(element.shadowRoot?.querySelector('[part="review"]')).to.equal(null);
  });

  it('shows problems inline and in a summary that takes focus on submit; its links lead to the fields', async () => {
    const { customerId, invoiceId } = await seedOverdue();
    const element = await mount(
      customerId,
      html`<amicable-instalment-proposer lang="en" invoices=${invoiceId}></amicable-instalment-proposer>`,
    );
    one<HTMLInputElement>(element, '#split-amount').click();
    await element.updateComplete;
    await setField(element, '#amount', '100');
    // Leaving the field is enough to hear about the minimum.
    expect(norm(one(element, '#amount-error').textContent)).to.equal(
      `Each instalment needs to be at least ${nok(20_000)}. Fewer instalments would do it.`,
    );
    await setField(element, '#firstDueDate', daysFromToday(200));

    one<HTMLButtonElement>(element, '[part="submit"]').click();
    await waitUntil(() => element.shadowRoot?.querySelector('[part="error-summary"]') !== null);
    const summary = one(element, '[part="error-summary"]');
    expect(deepActiveElement()).to.equal(summary);
    expect(norm(summary.querySelector('h3')?.textContent)).to.equal('Please check 2 fields');
    expect(one(element, '#amount').getAttribute('aria-invalid')).to.equal('true');
    expect(one(element, '#amount').getAttribute('aria-describedby')).to.contain('amount-error');
    expect(norm(one(element, '#firstDueDate-error').textContent)).to.contain(
      'The first payment needs to be on or before',
    );

    const links = all<HTMLAnchorElement>(element, '[part="error-summary"] a');
    links[1]?.click();
    expect(deepActiveElement()).to.equal(one(element, '#firstDueDate'));

    // Fixing a field clears its error at once.
    await setField(element, '#amount', '300');
    expect(element.shadowRoot?.querySelector('#amount-error')).to.equal(null);
    expect(element.plan).to.equal(undefined);
  });

  it('agrees a plan within the policy from the keyboard, shows how to pay each instalment and submits its id in a form', async () => {
    const { customerId, invoiceId } = await seedOverdue();
    const element = await mount(
      customerId,
      html`<form><amicable-instalment-proposer lang="en" name="plan" invoices=${invoiceId}></amicable-instalment-proposer></form>`,
    );
    const form = element.closest('form') as HTMLFormElement;
    expect(element.form).to.equal(form);

    // Tab to the first choice (by number), then on to the count, and pick one fewer with the arrow key.
    one<HTMLInputElement>(element, '#split-count').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(one(element, '#count'));
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(one<HTMLSelectElement>(element, '#count').value).to.equal('5');
    expect(scheduleRows(element)).to.have.length(5);

    // On through the date to the send button, and Enter sends.
    for (
      let presses = 0;
      presses < 12 && deepActiveElement() !== one(element, '[part="submit"]');
      presses++
    ) {
      await sendKeys({ press: 'Tab' });
    }
    expect(deepActiveElement(), 'the send button is reached by Tab').to.equal(
      one(element, '[part="submit"]'),
    );
    const proposed = oneEvent(element, 'amicable-plan-proposed') as Promise<AmicablePlanProposedEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await proposed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.plan.status).to.equal('accepted');
    expect(event.detail.plan.instalments).to.have.length(5);

    await waitUntil(() => element.shadowRoot?.querySelector('[part="result"]') !== null);
    await element.updateComplete;
    const heading = one(element, '#result-heading');
    expect(norm(heading.textContent)).to.equal('Your payment plan is agreed');
    expect(deepActiveElement()).to.equal(heading);
    expect(norm(one(element, '[part="result"] p').textContent)).to.contain(
      `The first instalment of ${nok(28_820)} is due on ${formatDate(daysFromToday(14), 'en')}.`,
    );
    expect(all(element, '[part="result"] [part="schedule"] tbody tr')).to.have.length(5);
    const howToPay = norm(one(element, '[part="how-to-pay"]').textContent);
    expect(howToPay).to.contain('12345678903');
    expect(howToPay).to.contain('KID number');

    expect(element.plan?.id).to.equal(event.detail.plan.id);
    expect(element.value).to.equal(event.detail.plan.id);
    expect(new FormData(form).get('plan')).to.equal(event.detail.plan.id);
    form.reset();
    await element.updateComplete;
    expect(new FormData(form).get('plan')).to.equal(null);

    const types = (await timelineOf(customerId)).map((entry) => entry.type);
    expect(types).to.include.members(['plan.proposed', 'plan.accepted']);
  });

  it('sends a plan beyond the policy to the creditor, saying so before and giving the answer date after', async () => {
    const { customerId, invoiceId } = await seedOverdue();
    const element = await mount(
      customerId,
      html`<amicable-instalment-proposer lang="en" invoices=${invoiceId}></amicable-instalment-proposer>`,
    );
    const options = all<HTMLOptionElement>(element, '#count option');
    // 1,441 kr allows 7 instalments of at least 200 kr; the 7th needs the creditor's approval.
    expect(options.map((option) => norm(option.textContent)).at(-1)).to.equal(
      '7 instalments (needs approval)',
    );
    await setField(element, '#count', '7');
    const review = norm(one(element, '[part="review"]').textContent);
    expect(review).to.contain('Fjordlys Energi AS will review it');
    expect(review).to.contain('A plan can have up to 6 instalments.');

    const proposed = oneEvent(element, 'amicable-plan-proposed') as Promise<AmicablePlanProposedEvent>;
    one<HTMLButtonElement>(element, '[part="submit"]').click();
    const { detail } = await proposed;
    expect(detail.plan.status).to.equal('pending');
    expect(detail.plan.reviewReasons).to.include('max_count');
    await waitUntil(() => element.shadowRoot?.querySelector('[part="result"]') !== null);
    expect(norm(one(element, '#result-heading').textContent)).to.equal('Proposal sent');
    expect(norm(one(element, '[part="result"] p').textContent)).to.equal(
      `Fjordlys Energi AS will reply by ${formatDate(daysFromToday(5), 'en')}. Reminders are paused until then.`,
    );
  });

  it('says what the API answers: a policy that changed meanwhile, a plan made in another tab', async () => {
    const { customerId, invoiceId } = await seedOverdue();
    const element = await mount(
      customerId,
      html`<amicable-instalment-proposer lang="en" invoices=${invoiceId}></amicable-instalment-proposer>`,
    );
    await setField(element, '#count', '3');
    try {
      await putSettings({
        ...seededCreditor,
        planPolicy: { minInstalment: { amount: 100_000, currency: 'NOK' }, maxCount: 6, maxMonths: 6 },
      });
      one<HTMLButtonElement>(element, '[part="submit"]').click();
      await waitUntil(() => element.shadowRoot?.querySelector('[part="error-summary"]') !== null);
    } finally {
      await putSettings(seededCreditor);
    }
    // The words use the policy the form was loaded with; the rule is the API's.
    expect(norm(one(element, '#count-error').textContent)).to.contain('Each instalment needs to be at least');
    expect(deepActiveElement()).to.equal(one(element, '[part="error-summary"]'));
    expect(element.plan).to.equal(undefined);

    expect((await proposeDirectly(customerId, invoiceId)).status).to.equal(201);
    await setField(element, '#count', '2');
    one<HTMLButtonElement>(element, '[part="submit"]').click();
    await waitUntil(() => element.shadowRoot?.querySelector('[part="problem"]') !== null);
    expect(norm(one(element, '[part="problem"]').textContent)).to.equal(
      'There is already a payment plan for this invoice.',
    );
    expect(one(element, '[part="problem"]').getAttribute('role')).to.equal('alert');
  });

  it('takes a promise to pay everything by a date in promise mode', async () => {
    const { customerId, invoiceId } = await seedOverdue();
    const element = await mount(
      customerId,
      html`<amicable-instalment-proposer lang="en" mode="promise" invoices=${invoiceId}></amicable-instalment-proposer>`,
    );
    expect(norm(one(element, '[part="heading"]').textContent)).to.equal('Choose a payment date');
    const latest = element.quote?.promise?.latestDate ?? '';
    expect(one<HTMLInputElement>(element, '#promiseDate').max).to.equal(latest);

    await setField(element, '#promiseDate', daysFromToday(30));
    expect(norm(one(element, '#promiseDate-error').textContent)).to.equal(
      `The payment date needs to be on or before ${formatDate(latest, 'en')}.`,
    );
    await setField(element, '#promiseDate', daysFromToday(7));
    expect(norm(one(element, '.statement').textContent)).to.equal(
      `I will pay everything on ${formatDate(daysFromToday(7), 'en')}`,
    );

    const made = oneEvent(element, 'amicable-promise-made') as Promise<AmicablePromiseMadeEvent>;
    one<HTMLButtonElement>(element, '[part="submit"]').click();
    const { detail } = await made;
    expect(detail.promise).to.include({ date: daysFromToday(7), status: 'active' });
    await waitUntil(() => element.shadowRoot?.querySelector('[part="result"]') !== null);
    expect(norm(one(element, '#result-heading').textContent)).to.equal('Payment date confirmed');
    expect(norm(one(element, '[part="how-to-pay"]').textContent)).to.contain('12345678903');
    expect(element.promise?.id).to.equal(detail.promise.id);
    expect((await timelineOf(customerId)).map((entry) => entry.type)).to.include('promise.made');
  });

  it('emits amicable-error and offers to try again when the options cannot be loaded', async () => {
    const { customerId } = await seedOverdue();
    const errored = new Promise<AmicableErrorEvent>((resolve) =>
      document.addEventListener('amicable-error', (event) => resolve(event), { once: true }),
    );
    const element = await mount(
      customerId,
      html`<amicable-instalment-proposer lang="en" invoices="no-such-invoice"></amicable-instalment-proposer>`,
    );
    const event = await errored;
    expect(event.detail.code).to.equal('not_found');
    const problem = one(element, '[part="problem"]');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(norm(problem.querySelector('button')?.textContent)).to.equal('Try again');
    expect(warnings.calls.length, 'one warning for the developer').to.equal(1);
  });

  it('passes axe in Norwegian and Dutch, on the form, with errors and on the result', async () => {
    const norwegian = await seedOverdue({ locale: 'nb-NO' });
    const element = await mount(
      norwegian.customerId,
      html`<amicable-instalment-proposer lang="nb-NO" invoices=${norwegian.invoiceId}></amicable-instalment-proposer>`,
    );
    expect(norm(one(element, '[part="heading"]').textContent)).to.equal('Foreslå en avdragsordning');
    expect(norm(one(element, '[part="policy"] h3').textContent)).to.equal('Vilkår for avdragsordninger');
    await expect(element).to.be.accessible();
    one<HTMLInputElement>(element, '#split-amount').click();
    await element.updateComplete;
    one<HTMLButtonElement>(element, '[part="submit"]').click();
    await waitUntil(() => element.shadowRoot?.querySelector('[part="error-summary"]') !== null);
    expect(norm(one(element, '[part="error-summary"] h3').textContent)).to.contain('1');
    await expect(element).to.be.accessible();

    const dutch = await seedOverdue({ locale: 'nl-NL' });
    const promise = await mount(
      dutch.customerId,
      html`<amicable-instalment-proposer lang="nl-NL" mode="promise" invoices=${dutch.invoiceId}></amicable-instalment-proposer>`,
    );
    expect(norm(one(promise, '[part="heading"]').textContent)).to.equal('Kies een betaaldatum');
    await expect(promise).to.be.accessible();
    await setField(promise, '#promiseDate', daysFromToday(3));
    one<HTMLButtonElement>(promise, '[part="submit"]').click();
    await waitUntil(() => promise.shadowRoot?.querySelector('[part="result"]') !== null);
    expect(norm(one(promise, '#result-heading').textContent)).to.equal('Betaaldatum bevestigd');
    await expect(promise).to.be.accessible();

    const dutchPlan = await seedOverdue({ locale: 'nl-NL' });
    const plan = await mount(
      dutchPlan.customerId,
      html`<amicable-instalment-proposer lang="nl" invoices=${dutchPlan.invoiceId}></amicable-instalment-proposer>`,
    );
    one<HTMLButtonElement>(plan, '[part="submit"]').click();
    await waitUntil(() => plan.shadowRoot?.querySelector('[part="result"]') !== null);
    expect(norm(one(plan, '#result-heading').textContent)).to.equal('De betalingsregeling is afgesproken');
    await expect(plan).to.be.accessible();
  });

  it('issues no Lit dev-mode warning and no console warning while used', async () => {
    const { customerId, invoiceId } = await seedOverdue();
    const element = await mount(
      customerId,
      html`<amicable-instalment-proposer lang="en" invoices=${invoiceId}></amicable-instalment-proposer>`,
    );
    await setField(element, '#count', '2');
    one<HTMLInputElement>(element, '#split-amount').click();
    await element.updateComplete;
    element.setAttribute('lang', 'nb');
    await element.updateComplete;
    expect(warnings.litWarnings()).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });
});
