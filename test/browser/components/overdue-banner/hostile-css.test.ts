import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../components/overdue-banner/define';
import { tokenDefaults } from '../../../../components/base/tokens.styles';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { configureFor, seedCustomer, seedInvoice } from '../../support/api';

// What real portals ship: global resets, framework button styles, and worse.
const hostileCss = `
  html { font-size: 8px !important; }
  * { color: rgb(255, 0, 0) !important; font: italic 700 40px/5 "Comic Sans MS", cursive !important;
      letter-spacing: 12px !important; text-transform: uppercase !important; text-align: right !important;
      margin: 30px !important; box-sizing: content-box !important; }
  div, section, h2, p { display: none !important; padding: 60px !important; }
  button { display: none !important; background: rgb(255, 0, 0) !important; padding: 80px !important; }
  [part] { visibility: hidden !important; }
`;

function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

describe('<amicable-overdue-banner> inside a hostile host page', () => {
  let style: HTMLStyleElement;
  // The page's own `div { display: none }` would hide a <div> fixture container; the page's
  // rules must only fail to reach *our* divs and sections.
  let parentNode: HTMLElement;

  before(async () => {
    const customerId = await seedCustomer();
    await seedInvoice({ customerId, dueInDays: -5 });
    configureFor(customerId);
  });

  async function shownIn(parent: HTMLElement): Promise<AmicableOverdueBanner> {
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
      { parentNode: parent },
    );
    await waitUntil(() => element.matches(':state(shown)'), 'the notice did not show', { timeout: 8_000 });
    return element;
  }

  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = hostileCss;
    document.head.append(style);
    // The fixture appends it to <body> and removes it afterwards.
    parentNode = document.createElement('main');
  });

  afterEach(() => {
    style.remove();
  });

  it('keeps its own layout, colours and typography', async () => {
    const element = await shownIn(parentNode);
    const root = element.shadowRoot!;
    const notice = root.querySelector<HTMLElement>('[part~="notice"]')!;
    const heading = root.querySelector<HTMLElement>('[part~="heading"]')!;
    const body = root.querySelector<HTMLElement>('[part~="body"]')!;
    const button = root.querySelector<HTMLButtonElement>('[part~="primary-action"]')!;
    const snooze = root.querySelector<HTMLButtonElement>('[part~="snooze-button"]')!;

    for (const node of [notice, heading, body, button, snooze]) {
      const computed = getComputedStyle(node);
      expect(computed.display, `${node.localName} display`).to.not.equal('none');
      expect(computed.visibility, `${node.localName} visibility`).to.equal('visible');
      expect(computed.letterSpacing, `${node.localName} letter-spacing`).to.equal('normal');
      expect(computed.textTransform, `${node.localName} text-transform`).to.equal('none');
      expect(computed.fontStyle, `${node.localName} font-style`).to.equal('normal');
      expect(node.getBoundingClientRect().height, `${node.localName} height`).to.be.greaterThan(0);
    }
    expect(getComputedStyle(heading).color).to.equal(rgb(tokenDefaults['--amicable-color-text']));
    expect(getComputedStyle(button).backgroundColor).to.equal(rgb(tokenDefaults['--amicable-color-accent']));
    expect(getComputedStyle(button).color).to.equal(rgb(tokenDefaults['--amicable-color-on-accent']));
    // `medium` is the reader's default size (16px in a fresh profile), whatever the page did to rem.
    expect(getComputedStyle(notice).fontSize).to.equal('16px');
    expect(getComputedStyle(notice).boxSizing).to.equal('border-box');
    expect(getComputedStyle(button).paddingTop).to.not.equal('80px');
    // Every action stays a target of at least 24 × 24 px (WCAG 2.2, 2.5.8).
    for (const target of root.querySelectorAll('button')) {
      const box = target.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  it('still takes theming tokens from the host page', async () => {
    style.textContent += ':root { --amicable-color-accent: #123456; }';
    const element = await shownIn(parentNode);
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="primary-action"]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(18, 52, 86)');
  });

  it('keeps its flow dialog usable', async () => {
    const element = await shownIn(parentNode);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action-view"]')!.click();
    await waitUntil(() => element.querySelector('amicable-dialog')?.open, 'dialog open', { timeout: 5_000 });
    const dialog = element.querySelector('amicable-dialog')!;
    const native = dialog.shadowRoot!.querySelector('dialog')!;
    const close = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!;
    expect(getComputedStyle(native).display).to.equal('flex');
    expect(getComputedStyle(native).visibility).to.equal('visible');
    expect(getComputedStyle(native).letterSpacing).to.equal('normal');
    expect(close.getBoundingClientRect().width).to.be.at.least(24);
    dialog.close();
  });
});
