import { expect, fixture, html } from '@open-wc/testing';
import '../../../../components/overdue-banner/define';
import { tokenDefaults } from '../../../../components/base/tokens.styles';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';

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
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner></amicable-overdue-banner>`,
      {
        parentNode,
      },
    );
    const root = element.shadowRoot!;
    const base = root.querySelector<HTMLElement>('[part="base"]')!;
    const heading = root.querySelector<HTMLElement>('[part="heading"]')!;
    const button = root.querySelector<HTMLButtonElement>('[part="action"]')!;

    for (const node of [base, heading, button]) {
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
    expect(getComputedStyle(base).fontSize).to.equal('16px');
    expect(getComputedStyle(base).boxSizing).to.equal('border-box');
  });

  it('still takes theming tokens from the host page', async () => {
    style.textContent += ':root { --amicable-color-accent: #123456; }';
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner></amicable-overdue-banner>`,
      {
        parentNode,
      },
    );
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(18, 52, 86)');
  });
});
