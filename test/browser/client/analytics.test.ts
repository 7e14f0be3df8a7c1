import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/overdue-banner/define';
import type { AmicableOverdueBanner } from '../../../components/overdue-banner/overdue-banner';
import { flushAnalytics, pendingAnalytics, resetAnalytics, trackEvent } from '../../../src/client/analytics';
import { resetConfiguration } from '../../../src/client/config';
import { configureFor, seedCustomer, seedInvoice, timelineOf } from '../support/api';

async function typesOnTimeline(customerId: string): Promise<string[]> {
  return (await timelineOf(customerId))
    .map((entry) => entry.type)
    .filter((type) => type.startsWith('notice.'));
}

describe('analytics', () => {
  beforeEach(() => {
    resetAnalytics();
  });

  it('waits for configure() before sending what was recorded early', async () => {
    const customerId = await seedCustomer();
    const invoiceId = await seedInvoice({ customerId, dueInDays: -5 });
    resetConfiguration();
    trackEvent({ type: 'impression', element: 'amicable-overdue-banner', invoiceIds: [invoiceId] });
    const flushed = flushAnalytics();
    expect(pendingAnalytics()).to.have.length(1);
    configureFor(customerId);
    await flushed;
    expect(pendingAnalytics()).to.have.length(0);
    expect(await typesOnTimeline(customerId)).to.deep.equal(['notice.shown']);
  });

  it('sends one batch with every event, action names included', async () => {
    const customerId = await seedCustomer();
    const invoiceId = await seedInvoice({ customerId, dueInDays: -5 });
    configureFor(customerId);
    trackEvent({ type: 'impression', element: 'amicable-overdue-banner', invoiceIds: [invoiceId] });
    trackEvent({
      type: 'action',
      element: 'amicable-overdue-banner',
      action: 'plan',
      invoiceIds: [invoiceId],
    });
    trackEvent({ type: 'snooze', element: 'amicable-overdue-banner', invoiceIds: [invoiceId] });
    expect(pendingAnalytics()).to.have.length(3);
    await flushAnalytics();
    const timeline = await timelineOf(customerId);
    const notices = timeline.filter((entry) => entry.type.startsWith('notice.'));
    expect(notices.map((entry) => entry.type)).to.deep.equal([
      'notice.shown',
      'notice.action',
      'notice.snoozed',
    ]);
    expect(notices[1]!.data?.action).to.equal('plan');
  });

  it('sends what is queued with keepalive when the page hides', async () => {
    const customerId = await seedCustomer();
    configureFor(customerId);
    trackEvent({ type: 'dismiss', element: 'amicable-overdue-banner' });
    expect(pendingAnalytics()).to.have.length(1);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(pendingAnalytics(), 'taken from the queue at once').to.have.length(0);
    await waitUntil(
      async () => (await typesOnTimeline(customerId)).includes('notice.dismissed'),
      'recorded',
      {
        timeout: 5_000,
        interval: 200,
      },
    );
  });

  it('records what the banner shows and what the customer does with it', async () => {
    const customerId = await seedCustomer();
    await seedInvoice({ customerId, dueInDays: -5 });
    configureFor(customerId);
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
    );
    await waitUntil(() => element.matches(':state(shown)'), 'shown', { timeout: 8_000 });
    element.addEventListener('amicable-action', (event) => event.preventDefault(), { once: true });
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action-pay"]')!.click();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="snooze-button"]')!.click();
    await flushAnalytics();
    expect(await typesOnTimeline(customerId)).to.deep.equal([
      'notice.shown',
      'notice.action',
      'notice.snoozed',
    ]);
  });
});
