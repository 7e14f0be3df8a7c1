import { expect } from '@open-wc/testing';
import { parseAmount, plainAmount } from '../../../components/pay-now/amount';
import { appearanceFromTokens, luminance } from '../../../components/pay-now/appearance';
import {
  encodeEpcQr,
  type QrSymbol,
  QUIET_ZONE,
  qrPath,
  withEpcAmount,
} from '../../../components/pay-now/qr';
import {
  loadStripeClient,
  resetStripeLoader,
  type StripeLike,
  StripeUnavailableError,
  setStripeFactory,
} from '../../../src/client/stripe-loader';
import { epcQrPayload, formatRf, isValidRf, kidMod10, kidMod11, rfReference } from '../../../src/domain';

/** Error correction level and mask from the format information beside the top-left finder (ISO 18004 7.9). */
function readFormat(symbol: QrSymbol): { ecc: string; mask: number } {
  const dark = (x: number, y: number) => (symbol.modules[y + QUIET_ZONE]?.[x + QUIET_ZONE] ? 1 : 0);
  const positions = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ] as const;
  const bits = positions.reduce((value, [x, y], index) => value | (dark(x, y) << index), 0) ^ 0x5412;
  const data = bits >> 10;
  return { ecc: ['M', 'L', 'H', 'Q'][data >> 3]!, mask: data & 7 };
}

/** The dark modules an SVG path of `qrPath` paints, read back. */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, length] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let dx = 0; dx < length; dx++) grid[y]![x + dx] = true;
  }
  return grid;
}

describe('pay-now parts', () => {
  describe('the EPC QR code (LAW.md vectors)', () => {
    const reference = rfReference('539007547034');
    const payload = epcQrPayload({
      bic: 'ABNANL2A',
      name: 'Tulp & Co B.V.',
      iban: 'NL91ABNA0417164300',
      amount: { amount: 12_550, currency: 'EUR' },
      reference,
    });

    it('carries the RF reference of the LAW.md example, printed in groups of four', () => {
      expect(reference).to.equal('RF18539007547034');
      expect(isValidRf(reference)).to.equal(true);
      expect(formatRf(reference)).to.equal('RF18 5390 0754 7034');
      expect(kidMod10('1234')).to.equal('12344');
      expect(kidMod11('1234')).to.equal('12343');
      expect(payload.split('\n')).to.deep.equal([
        'BCD',
        '002',
        '1',
        'SCT',
        'ABNANL2A',
        'Tulp & Co B.V.',
        'NL91ABNA0417164300',
        'EUR125.50',
        '',
        'RF18539007547034',
      ]);
    });

    it('encodes at error correction level M with a four-module quiet zone, and draws exactly the dark modules', async () => {
      const symbol = await encodeEpcQr(payload);
      expect(readFormat(symbol).ecc).to.equal('M');
      const inner = symbol.size - 2 * QUIET_ZONE;
      expect((inner - 17) % 4, 'a QR symbol is 17 + 4 × version modules wide').to.equal(0);
      for (let index = 0; index < symbol.size; index++) {
        expect(symbol.modules[0]![index]).to.equal(false);
        expect(symbol.modules[index]![symbol.size - 1]).to.equal(false);
      }
      expect(modulesOf(qrPath(symbol.modules), symbol.size)).to.deep.equal(symbol.modules);
    });

    it('replaces only the amount line for a part payment', () => {
      const part = withEpcAmount(payload, 2_000);
      expect(part.split('\n')[7]).to.equal('EUR20.00');
      expect(part.split('\n').filter((_, index) => index !== 7)).to.deep.equal(
        payload.split('\n').filter((_, index) => index !== 7),
      );
      expect(withEpcAmount(payload, 5)).to.contain('\nEUR0.05\n');
      expect(withEpcAmount('not an EPC payload', 100)).to.equal('not an EPC payload');
    });
  });

  describe('amounts as typed', () => {
    it('reads what people type, the way each locale writes numbers', () => {
      expect(parseAmount('150', 'NOK', 'nb-NO')).to.equal(15_000);
      expect(parseAmount('150,5', 'NOK', 'nb-NO')).to.equal(15_050);
      expect(parseAmount('150.50', 'NOK', 'nb-NO')).to.equal(15_050);
      expect(parseAmount('1 500,50', 'NOK', 'nb-NO')).to.equal(150_050);
      expect(parseAmount('1.500', 'NOK', 'nb-NO')).to.equal(150_000);
      expect(parseAmount('1.50', 'GBP', 'en-GB')).to.equal(150);
      expect(parseAmount('1.500', 'GBP', 'en-GB'), 'three decimals in pounds').to.equal(undefined);
      expect(parseAmount('1,500.25', 'EUR', 'en')).to.equal(150_025);
      expect(parseAmount('kr 150', 'NOK', 'nb-NO')).to.equal(15_000);
      expect(parseAmount('€ 20', 'EUR', 'nl-NL')).to.equal(2_000);
    });

    it('refuses what is not an amount', () => {
      for (const text of ['', 'abc', '1,2,3.4.5', '1..5', '-5', '1.2.3', '1.50.0', '12,3456']) {
        expect(parseAmount(text, 'EUR', 'nl-NL'), text).to.equal(undefined);
      }
      expect(parseAmount('12.345', 'EUR', 'nl-NL'), 'Dutch thousands').to.equal(1_234_500);
    });

    it('writes a plain amount for a bank form', () => {
      expect(plainAmount(152_750, 'NOK', 'nb-NO')).to.equal('1527,50');
      expect(plainAmount(5, 'EUR', 'en')).to.equal('0.05');
    });
  });

  describe('Stripe appearance from our tokens', () => {
    it('passes colours, font, radius and spacing Stripe understands and picks the theme by background', () => {
      const tokens: Record<string, string> = {
        '--_amicable-color-accent': ' #7a1fa2',
        '--_amicable-color-surface': '#1f1f1f',
        '--_amicable-color-text': 'rgb(227, 227, 227)',
        '--_amicable-color-danger': 'LinkText',
        '--_amicable-font-family': 'Inter, system-ui, sans-serif',
        '--_amicable-radius': '0.5em',
        '--_amicable-space-1': '0.25em',
      };
      const appearance = appearanceFromTokens((name) => tokens[name] ?? '', '20px');
      expect(appearance.theme).to.equal('night');
      expect(appearance.variables).to.deep.equal({
        colorPrimary: '#7a1fa2',
        colorBackground: '#1f1f1f',
        colorText: 'rgb(227, 227, 227)',
        fontFamily: 'Inter, system-ui, sans-serif',
        fontSizeBase: '20px',
        borderRadius: '10px',
        spacingUnit: '3px',
      });
      expect(luminance('#ffffff')).to.be.closeTo(1, 0.001);
      expect(
        appearanceFromTokens((name) => (name.endsWith('surface') ? '#ffffff' : ''), '16px').theme,
      ).to.equal('stripe');
    });
  });

  describe('the Stripe.js loader', () => {
    afterEach(() => {
      setStripeFactory(undefined);
    });

    const fakeStripe = {} as StripeLike;

    it('loads once per key and shares the promise', async () => {
      let calls = 0;
      setStripeFactory(async () => {
        calls += 1;
        return fakeStripe;
      });
      const [a, b] = await Promise.all([loadStripeClient('pk_test_1'), loadStripeClient('pk_test_1')]);
      expect(a).to.equal(fakeStripe);
      expect(b).to.equal(fakeStripe);
      expect(calls).to.equal(1);
      await loadStripeClient('pk_test_2');
      expect(calls).to.equal(2);
    });

    it('gives up after its own timeout, forgets the failure, and a retry loads', async () => {
      let attempt = 0;
      setStripeFactory(() => {
        attempt += 1;
        return attempt === 1 ? new Promise(() => {}) : Promise.resolve(fakeStripe);
      });
      let error: unknown;
      try {
        await loadStripeClient('pk_test_3', { timeoutMs: 50 });
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(StripeUnavailableError);
      expect((error as StripeUnavailableError).code).to.equal('payment_provider_unavailable');
      expect((error as StripeUnavailableError).retryable).to.equal(true);
      expect(await loadStripeClient('pk_test_3', { timeoutMs: 50 })).to.equal(fakeStripe);
    });

    it('turns a failed or empty load into StripeUnavailableError with its cause', async () => {
      const cause = new Error('net::ERR_NAME_NOT_RESOLVED');
      setStripeFactory(() => Promise.reject(cause));
      const failed = await loadStripeClient('pk_test_4').catch((error: unknown) => error);
      expect(failed).to.be.instanceOf(StripeUnavailableError);
      expect((failed as Error).cause).to.equal(cause);
      setStripeFactory(() => Promise.resolve(null));
      resetStripeLoader();
      expect(await loadStripeClient('pk_test_4').catch((error: unknown) => error)).to.be.instanceOf(
        StripeUnavailableError,
      );
    });

    it('loads the real Stripe.js from js.stripe.com only when asked, and reports it blocked here', async () => {
      setStripeFactory(undefined);
      expect(document.querySelector('script[src*="js.stripe.com"]')).to.equal(null);
      const outcome = await loadStripeClient('pk_test_real', { timeoutMs: 3_000 }).catch(
        (error: unknown) => error,
      );
      // These machines cannot reach js.stripe.com (DNS is refused): the loader must say so.
      expect(outcome).to.be.instanceOf(StripeUnavailableError);
      expect(document.querySelector('script[src*="js.stripe.com"]')).to.not.equal(null);
    });
  });
});
