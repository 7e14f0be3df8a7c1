import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../../components/overdue-banner/define';
import { darkTokenDefaults, tokenDefaults } from '../../../../components/base/tokens.styles';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { animationsFinished } from '../../support/animations';
import { configureFor, seedCustomer, seedInvoice } from '../../support/api';

function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

async function banner(): Promise<AmicableOverdueBanner> {
  const element = await fixture<AmicableOverdueBanner>(
    html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
  );
  await waitUntil(() => element.matches(':state(shown)'), 'the notice did not show', { timeout: 8_000 });
  return element;
}

function notice(element: AmicableOverdueBanner): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('[part~="notice"]')!;
}

describe('<amicable-overdue-banner> theming and user preferences', () => {
  before(async () => {
    const customerId = await seedCustomer();
    await seedInvoice({ customerId, dueInDays: -5 });
    configureFor(customerId);
  });

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('uses the light defaults in a light scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const element = await banner();
    expect(getComputedStyle(notice(element)).backgroundColor).to.equal(
      rgb(tokenDefaults['--amicable-color-surface']),
    );
  });

  it('follows prefers-color-scheme: dark, and passes axe there', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await banner();
    expect(getComputedStyle(notice(element)).backgroundColor).to.equal(
      rgb(darkTokenDefaults['--amicable-color-surface']),
    );
    await animationsFinished();
    await expect(element).to.be.accessible();
  });

  it("lets the host's tokens win over the dark defaults", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await banner();
    element.style.setProperty('--amicable-color-surface', '#fafafa');
    expect(getComputedStyle(notice(element)).backgroundColor).to.equal('rgb(250, 250, 250)');
  });

  it('does not animate for readers who prefer reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await banner();
    expect(element.shadowRoot!.getAnimations()).to.deep.equal([]);
  });

  it('fades in otherwise', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const element = await banner();
    expect(getComputedStyle(notice(element)).animationName).to.equal('amicable-banner-in');
  });

  it('uses system colours in forced-colours mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const element = await banner();
    const style = getComputedStyle(notice(element));
    // The edge that carries the stage is drawn in the text colour, so it stays visible.
    expect(style.borderInlineStartColor).to.equal(style.color);
    expect(style.forcedColorAdjust).to.equal('auto');
  });
});
