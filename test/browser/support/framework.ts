/**
 * Elements as React 19 and Vue hand them over: created, given their properties or attributes
 * while still outside the page, and only then inserted.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { spyOnWarnings } from './console';

/**
 * Creates `tag` in English, lets `set` give it its properties, inserts it and waits until
 * `ready` finds something in its shadow root, then for its update to finish.
 */
export async function mountAsFramework<E extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: string,
  set: (element: E) => void,
  ready: { selector: string; message: string },
): Promise<E> {
  const element = document.createElement(tag) as E;
  element.lang = 'en';
  set(element);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector(ready.selector) != null, ready.message, {
    timeout: 10_000,
  });
  await element.updateComplete;
  return element;
}

/** What a test's element said about itself: its `console.warn` calls and its `amicable-error` events. */
export interface Complaints {
  readonly warnings: unknown[][];
  readonly errors: Event[];
}

/**
 * Records, for every test of the calling `describe`, the warnings and `amicable-error` events,
 * and fails a test after which Lit issued a dev-mode warning.
 */
export function recordComplaints(): Complaints {
  const complaints = { warnings: [] as unknown[][], errors: [] as Event[] };
  let restore = () => {};
  const onError = (event: Event) => complaints.errors.push(event);

  beforeEach(() => {
    const spy = spyOnWarnings();
    complaints.warnings = spy.calls;
    complaints.errors = [];
    document.addEventListener('amicable-error', onError);
    restore = () => {
      document.removeEventListener('amicable-error', onError);
      expect(spy.litWarnings(), 'Lit dev-mode warnings').to.deep.equal([]);
      spy.restore();
    };
  });

  afterEach(() => {
    restore();
  });
  return complaints;
}
