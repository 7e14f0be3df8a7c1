import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPreloader, findScriptByUrl, type PreloadManifest, warmUp } from '../../src/preload';

/**
 * A build's manifest in miniature: the loader's code, the banner's, its copy in two languages, and
 * what the client imports when it first needs it.
 */
const manifest: PreloadManifest = {
  files: [
    'script-tag-A1',
    'overdue-banner-B2',
    'localize-C3',
    'locale-en-banner-D4',
    'locale-nb-banner-E5',
    'text-F6',
    'pay-now-G7',
    'ky-H8',
  ],
  loader: [0],
  client: [7],
  elements: {
    'amicable-overdue-banner': { code: [1, 2, 0], copy: { en: [3, 5], nb: [4, 5] } },
    'amicable-pay-now': { code: [6, 2, 0], copy: { en: [5], nb: [5] } },
  },
  languages: { en: 'en', nb: 'nb', nn: 'nb', no: 'nb' },
};

// The loader served with a cache-busting query, as portals often do.
const loaderUrl = 'https://collect.example.com/sdk/amicable.js?v=42';
const chunk = (name: string) => `https://collect.example.com/sdk/chunks/${name}.js`;

function preloaded(): string[] {
  return [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
    (link) => link.href,
  );
}

function banner(parent: Element = document.body): HTMLElement {
  const element = document.createElement('amicable-overdue-banner');
  parent.append(element);
  return element;
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

describe('createPreloader', () => {
  it("asks once for each chunk of the loader's and an element's code, next to the loader without its query", () => {
    const preloader = createPreloader(manifest, loaderUrl, null, document);
    preloader.loader();
    preloader.element('amicable-overdue-banner', banner(), undefined);
    preloader.element('amicable-overdue-banner', banner(), undefined);

    expect(preloaded()).toEqual([
      chunk('script-tag-A1'),
      chunk('overdue-banner-B2'),
      chunk('localize-C3'),
      chunk('ky-H8'),
    ]);
  });

  it("leaves out the client's lazy code for an element whose first call the loader answers early", () => {
    const preloader = createPreloader(manifest, loaderUrl, null, document, {
      answeredEarly: new Set(['amicable-overdue-banner']),
    });
    preloader.element('amicable-overdue-banner', banner(), 'en');
    expect(preloaded()).toEqual([
      chunk('overdue-banner-B2'),
      chunk('localize-C3'),
      chunk('script-tag-A1'),
      chunk('locale-en-banner-D4'),
      chunk('text-F6'),
    ]);

    // Another element on the page asks the API through the client: now it is needed, last.
    preloader.element('amicable-pay-now', null, 'en');
    expect(preloaded().slice(-2)).toEqual([chunk('pay-now-G7'), chunk('ky-H8')]);
  });

  it('says whether a copy waits for the customer’s locale', () => {
    const preloader = createPreloader(manifest, loaderUrl, null, document);
    expect(preloader.awaitingCustomerLocale).toBe(false);
    preloader.element('amicable-overdue-banner', banner(), 'en');
    expect(preloader.awaitingCustomerLocale).toBe(false);
    preloader.element('amicable-pay-now', null, undefined);
    expect(preloader.awaitingCustomerLocale).toBe(true);
    preloader.customerLocale('nb');
    expect(preloader.awaitingCustomerLocale).toBe(false);
  });

  it('adds the copy in the language of the closest valid lang, a nn page reading the Norwegian catalog', () => {
    document.documentElement.lang = 'nn-NO';
    const section = document.createElement('section');
    section.setAttribute('lang', 'not a language tag');
    document.body.append(section);
    createPreloader(manifest, loaderUrl, null, document).element(
      'amicable-overdue-banner',
      banner(section),
      'en',
    );

    expect(preloaded()).toContain(chunk('locale-nb-banner-E5'));
    expect(preloaded()).toContain(chunk('text-F6'));
    expect(preloaded()).not.toContain(chunk('locale-en-banner-D4'));
  });

  it("uses the element's own lang first, and the configured locale where no lang is set", () => {
    document.documentElement.lang = 'nb';
    const english = banner();
    english.lang = 'en-GB';
    createPreloader(manifest, loaderUrl, null, document).element(
      'amicable-overdue-banner',
      english,
      undefined,
    );
    expect(preloaded()).toContain(chunk('locale-en-banner-D4'));
    expect(preloaded()).not.toContain(chunk('locale-nb-banner-E5'));

    document.head.replaceChildren();
    document.documentElement.removeAttribute('lang');
    createPreloader(manifest, loaderUrl, null, document).element(
      'amicable-overdue-banner',
      banner(),
      'nb-NO',
    );
    expect(preloaded()).toContain(chunk('locale-nb-banner-E5'));
  });

  it("leaves the copy to the customer's locale when nothing names one, then fetches that language's", () => {
    const preloader = createPreloader(manifest, loaderUrl, null, document);
    preloader.element('amicable-overdue-banner', banner(), undefined);
    expect(preloaded().filter((href) => href.includes('locale-'))).toEqual([]);

    preloader.customerLocale('nb-NO');
    expect(preloaded()).toContain(chunk('locale-nb-banner-E5'));
    // An element appearing afterwards follows the same customer.
    preloader.element('amicable-pay-now', null, undefined);
    expect(preloaded()).toContain(chunk('pay-now-G7'));
    expect(preloaded().filter((href) => href.includes('locale-en'))).toEqual([]);
  });

  it('reads English for a language without a catalog', () => {
    document.documentElement.lang = 'fr-FR';
    createPreloader(manifest, loaderUrl, null, document).element(
      'amicable-overdue-banner',
      banner(),
      undefined,
    );
    expect(preloaded()).toContain(chunk('locale-en-banner-D4'));
  });

  it("fetches as the loader's own imports are: its crossorigin and nonce", () => {
    const script = document.createElement('script');
    script.src = loaderUrl;
    script.crossOrigin = 'use-credentials';
    script.nonce = 'r4nd0m';
    createPreloader(manifest, loaderUrl, script, document).loader();

    const link = document.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')!;
    expect(link.crossOrigin).toBe('use-credentials');
    expect(link.nonce).toBe('r4nd0m');
  });

  it('does nothing for a tag the manifest does not know', () => {
    createPreloader(manifest, loaderUrl, null, document).element('amicable-unknown', null, 'en');
    expect(preloaded()).toEqual([]);
  });
});

describe('findScriptByUrl', () => {
  // A type no engine runs, so that happy-dom does not try to fetch them.
  const tag = (src: string) => Object.assign(document.createElement('script'), { type: 'text/x-inert', src });

  it('finds the tag by its URL, query and all, else the configured tag', () => {
    const loader = tag(loaderUrl);
    document.body.append(tag('https://portal.example/app.js'), loader);
    expect(findScriptByUrl(loaderUrl, document)).toBe(loader);

    const rewritten = tag('https://cdn.example/amicable.js');
    rewritten.dataset.api = '/v1';
    document.body.append(rewritten);
    expect(findScriptByUrl('https://collect.example.com/sdk/amicable.js?v=43', document)).toBe(rewritten);
  });
});

describe('warmUp', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('makes a money, a date and a plural formatter in the locale, and leaves nothing behind', () => {
    const numberFormat = vi.spyOn(Intl, 'NumberFormat');
    const dateFormat = vi.spyOn(Intl, 'DateTimeFormat');
    const pluralRules = vi.spyOn(Intl, 'PluralRules');

    warmUp('nb-NO', { storage: false });

    expect(numberFormat).toHaveBeenCalledWith('nb-NO', expect.objectContaining({ style: 'currency' }));
    expect(dateFormat).toHaveBeenCalledWith('nb-NO', expect.objectContaining({ dateStyle: 'long' }));
    expect(pluralRules).toHaveBeenCalledWith('nb-NO');
  });

  it('opens localStorage only when asked to', () => {
    const storage = vi.spyOn(window, 'localStorage', 'get');
    warmUp(undefined, { storage: false });
    expect(storage).not.toHaveBeenCalled();
    warmUp(undefined, { storage: true });
    expect(storage).toHaveBeenCalled();
  });

  it('never throws into the page: a locale Intl refuses, a storage the page may not use', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(() => warmUp('not a locale!', { storage: true })).not.toThrow();
    expect(() => warmUp('en', { storage: true })).not.toThrow();
  });
});
