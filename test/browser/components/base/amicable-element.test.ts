import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { AmicableElement } from '../../../../components/base/amicable-element';
import { define } from '../../../../components/base/define-element';
import type { AmicableErrorEvent } from '../../../../components/base/events/amicable-error';
import { spyOnWarnings, type WarningSpy } from '../../support/console';

/** A test element whose render fails on demand, to exercise the base's error containment. */
class FragileElement extends AmicableElement {
  static override properties = { broken: { type: Boolean } };
  declare broken: boolean;

  constructor() {
    super();
    this.broken = false;
  }

  protected override render() {
    if (this.broken) {
      throw new TypeError('render exploded');
    }
    return litHtml`<p part="content">fine</p>`;
  }

  turn(name: string, on: boolean): void {
    this.setState(name, on);
  }

  report(error: unknown) {
    return this.emitError(error);
  }
}
define('test-fragile-element', FragileElement);

describe('AmicableElement', () => {
  let warnings: WarningSpy;
  const pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);

  beforeEach(() => {
    warnings = spyOnWarnings();
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('contains an exception in render: fallback, one event, one warning, nothing thrown into the page', async () => {
    const element = await fixture<FragileElement>(html`<test-fragile-element></test-fragile-element>`);
    expect(element.shadowRoot!.querySelector('[part="content"]')).to.not.equal(null);

    const events: AmicableErrorEvent[] = [];
    document.addEventListener('amicable-error', (event) => events.push(event), { once: true });
    element.broken = true;
    const completed = await element.updateComplete;

    expect(completed).to.equal(true);
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({
      code: 'unexpected',
      message: 'render exploded',
      retryable: false,
    });
    expect(events[0]!.composed).to.equal(true);
    expect(events[0]!.bubbles).to.equal(true);
    expect(warnings.calls).to.have.length(1);
    expect(String(warnings.calls[0]![0])).to.contain('unexpected');
    expect(element.shadowRoot!.querySelector('[part="content"]')).to.equal(null);
    expect(element.matches(':state(failed)')).to.equal(true);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pageErrors).to.deep.equal([]);

    element.broken = false;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="content"]')?.textContent).to.equal('fine');
    expect(element.matches(':state(failed)')).to.equal(false);
  });

  it('toggles custom states for host CSS', async () => {
    const element = await fixture<FragileElement>(html`<test-fragile-element></test-fragile-element>`);
    element.turn('loading', true);
    expect(element.matches(':state(loading)')).to.equal(true);
    element.turn('loading', false);
    expect(element.matches(':state(loading)')).to.equal(false);
  });

  it('emitError keeps the code of SDK errors and warns once', async () => {
    const element = await fixture<FragileElement>(html`<test-fragile-element></test-fragile-element>`);
    const detail = element.report(new Error('boom'));
    expect(detail).to.deep.equal({ code: 'unexpected', message: 'boom', retryable: false });
    expect(warnings.calls).to.have.length(1);
  });

  it('re-renders when <html lang> changes', async () => {
    const element = await fixture<FragileElement>(html`<test-fragile-element></test-fragile-element>`);
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'nb-NO');
      await new Promise((resolve) => setTimeout(resolve));
      expect(element.isUpdatePending || element.locale === 'nb-NO').to.equal(true);
      expect(element.locale).to.equal('nb-NO');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('define() is a no-op when the tag is taken', () => {
    class Other extends HTMLElement {}
    expect(() => define('test-fragile-element', Other)).to.not.throw();
    expect(customElements.get('test-fragile-element')).to.equal(FragileElement);
  });
});
