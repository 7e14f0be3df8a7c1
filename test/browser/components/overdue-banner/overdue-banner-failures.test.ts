import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../components/overdue-banner/define';
import type { AmicableErrorEvent } from '../../../../components/base/events/amicable-error';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { configure } from '../../../../src/client/config';
import { configureFor, seedCustomer, seedInvoice, tokenFor } from '../../support/api';
import { spyOnWarnings, type WarningSpy } from '../../support/console';

/** A portal page around the banner, to check that nothing of it moves or changes. */
function portalPage() {
  return html`<main>
    <h1 id="before">Your account</h1>
    <amicable-overdue-banner lang="en"></amicable-overdue-banner>
    <p id="after">Recent orders</p>
  </main>`;
}

interface Visit {
  element: AmicableOverdueBanner;
  errors: AmicableErrorEvent[];
}

/** Render the portal page and wait until the banner has given up or shown its notice. */
async function visit(): Promise<
  Visit & {
    layout: { before: DOMRect; after: DOMRect };
    settledLayout: () => { before: DOMRect; after: DOMRect };
  }
> {
  const errors: AmicableErrorEvent[] = [];
  const onError = (event: AmicableErrorEvent) => errors.push(event);
  document.addEventListener('amicable-error', onError);
  const page = await fixture<HTMLElement>(portalPage());
  const element = page.querySelector('amicable-overdue-banner')!;
  const measure = () => ({
    before: page.querySelector('#before')!.getBoundingClientRect(),
    after: page.querySelector('#after')!.getBoundingClientRect(),
  });
  const layout = measure();
  try {
    await waitUntil(() => element.matches(':state(error)') || element.matches(':state(shown)'), 'settled', {
      timeout: 12_000,
    });
    // Anything late (a second error, a retry) has time to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    document.removeEventListener('amicable-error', onError);
  }
  return { element, errors, layout, settledLayout: measure };
}

describe('<amicable-overdue-banner> when things go wrong', () => {
  let warnings: WarningSpy;
  const pageErrors: unknown[] = [];
  const onPageError = (event: ErrorEvent) => pageErrors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);

  beforeEach(() => {
    warnings = spyOnWarnings();
    pageErrors.length = 0;
    window.addEventListener('error', onPageError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    warnings.restore();
    window.removeEventListener('error', onPageError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  /** The contract with the host page: nothing thrown, nothing moved, one event, one warning. */
  function expectQuietFailure(result: Awaited<ReturnType<typeof visit>>, code: string): void {
    expect(result.errors.map((event) => event.detail.code)).to.deep.equal([code]);
    expect(result.errors[0]!.bubbles).to.equal(true);
    expect(result.errors[0]!.composed).to.equal(true);
    expect(result.element.getBoundingClientRect().height).to.equal(0);
    expect(result.element.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
    const after = result.settledLayout();
    expect(after.before.top).to.equal(result.layout.before.top);
    expect(after.after.top).to.equal(result.layout.after.top);
    expect(pageErrors).to.deep.equal([]);
    expect(warnings.calls).to.have.length(1);
    expect(String(warnings.calls[0]![0])).to.contain(code);
    expect(warnings.litWarnings()).to.deep.equal([]);
  }

  it('an API nobody answers: the page stays as it was, with one amicable-error', async () => {
    const closedPort = await (await fetch('/__test/closed-port')).text();
    const customerId = await seedCustomer();
    configure({
      api: `http://127.0.0.1:${closedPort}/v1`,
      getToken: () => tokenFor(customerId),
      timeoutMs: 2_000,
    });
    expectQuietFailure(await visit(), 'network_error');
  });

  it('a token for a customer the API does not know: one not_found', async () => {
    configureFor('no-such-customer');
    expectQuietFailure(await visit(), 'not_found');
  });

  it('a portal that cannot hand out a token: one token_unavailable, no API call', async () => {
    configure({ api: '/v1', getToken: () => Promise.reject(new Error('session ended')), timeoutMs: 2_000 });
    expectQuietFailure(await visit(), 'token_unavailable');
  });

  it('an expired token is refreshed once, and the notice shows', async () => {
    const customerId = await seedCustomer();
    await seedInvoice({ customerId, dueInDays: -5 });
    const { tokenCalls } = configureFor(customerId, { tokens: [{ expired: true }, {}] });
    const result = await visit();
    expect(result.element.matches(':state(shown)')).to.equal(true);
    expect(result.errors).to.deep.equal([]);
    expect(tokenCalls()).to.equal(2);
    expect(pageErrors).to.deep.equal([]);
  });

  it('a token refused twice: one refresh, then one quiet unauthorized', async () => {
    const customerId = await seedCustomer();
    await seedInvoice({ customerId, dueInDays: -5 });
    const { tokenCalls } = configureFor(customerId, { tokens: [{ forged: true }] });
    expectQuietFailure(await visit(), 'unauthorized');
    expect(tokenCalls()).to.equal(2);
  });
});
