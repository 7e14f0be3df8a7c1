import type { ReactiveController } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { LocalizeController, loadCopy } from '../../../../components/base/localize';
import { de } from '../../../../src/client/i18n/de';
import { en } from '../../../../src/client/i18n/en';
import { nb } from '../../../../src/client/i18n/nb';
import type { CopySource } from '../../../../src/client/i18n/parts';
import { bannerCopy } from '../../../../src/client/i18n/sources/banner';
import { disputeCopy } from '../../../../src/client/i18n/sources/dispute';
import { explainerCopy } from '../../../../src/client/i18n/sources/explainer';
import { validationCopy } from '../../../../src/client/i18n/sources/validation';

// Catalogs are compiled on first import, which takes a while on a busy machine.
const waitOptions = { timeout: 10_000 };

/** The least an element offers a controller: a locale and an update cycle. */
class FakeHost {
  locale: string;
  known = true;
  updates = 0;
  controllers: ReactiveController[] = [];
  readonly errors: unknown[] = [];
  readonly localize: LocalizeController<typeof bannerCopy>;

  constructor(locale: string) {
    this.locale = locale;
    this.localize = new LocalizeController(this, {
      copy: [bannerCopy],
      onError: (error) => this.errors.push(error),
      localeKnown: () => this.known,
    });
  }

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(): void {}

  requestUpdate(): void {
    this.updates += 1;
  }

  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** One update cycle as Lit runs it. */
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
}

describe('LocalizeController', () => {
  it('negotiates the catalog from the element locale and asks for an update once it has loaded', async () => {
    const host = new FakeHost('nb-NO');
    host.update();
    await vi.waitFor(() => expect(host.localize.messages?.banner).toBe(nb.banner), waitOptions);
    expect(host.localize.messages?.common).toBe(nb.common);
    expect(host.localize.messages?.actions).toBe(nb.actions);
    expect(host.localize.isCurrent).toBe(true);
    expect(host.localize.formatLocale).toBe('nb-NO');
    expect(host.updates).toBeGreaterThanOrEqual(1);
  });

  it('falls back to English for a language without copy', async () => {
    const host = new FakeHost('sv-SE');
    host.update();
    await vi.waitFor(() => expect(host.localize.messages?.banner).toBe(en.banner), waitOptions);
    expect(host.localize.isCurrent).toBe(true);
    expect(host.localize.formatLocale).toBe('sv-SE');
  });

  it('waits while the element does not know its locale yet', async () => {
    const host = new FakeHost('en');
    host.known = false;
    host.update();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.localize.messages).toBeUndefined();
    host.known = true;
    host.locale = 'de-AT';
    host.update();
    await vi.waitFor(() => expect(host.localize.messages?.banner).toBe(de.banner), waitOptions);
  });

  it('keeps the old words while a new language loads, and says they are not current', async () => {
    const host = new FakeHost('nb');
    host.update();
    await vi.waitFor(() => expect(host.localize.isCurrent).toBe(true), waitOptions);
    host.locale = 'nl';
    host.update();
    expect(host.localize.messages?.banner).toBe(nb.banner);
    expect(host.localize.isCurrent).toBe(false);
    await vi.waitFor(() => expect(host.localize.messages?.locale).toBe('nl'), waitOptions);
    expect(host.localize.isCurrent).toBe(true);
    expect(host.errors).toEqual([]);
  });
});

/**
 * The explainer's part, whose Norwegian chunk fails `failures` times; it counts the loads. (Parts
 * are cached by name and locale: these tests use parts no test above has loaded.)
 */
function flakyExplainer(failures: number): CopySource<'explainer'> & { loads: number } {
  let left = failures;
  const source = {
    part: 'explainer' as const,
    loads: 0,
    load: {
      ...explainerCopy.load,
      nb: () => {
        source.loads += 1;
        if (left > 0) {
          left -= 1;
          return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        }
        return explainerCopy.load.nb();
      },
    },
  };
  return source;
}

describe('loadCopy', () => {
  // Runs last: the controller tests above rely on catalogs loading for the first time.
  it('hands every caller the same object, made of the parts of the whole catalogs', async () => {
    const copy = await loadCopy('nb', [bannerCopy]);
    expect(copy).toBe(await loadCopy('nb', [bannerCopy]));
    expect(copy.banner).toBe(nb.banner);
    expect(copy.common).toBe(nb.common);
    expect(copy.locale).toBe('nb');
    expect((await loadCopy('de', [disputeCopy, validationCopy])).dispute).toBe(de.dispute);
  });

  it('loads only the common part and the parts asked for', async () => {
    const copy = await loadCopy('de', [disputeCopy, validationCopy]);
    expect(Object.keys(copy).sort()).toEqual(['actions', 'common', 'dispute', 'locale', 'validation']);
    expect(copy.validation).toBe(de.validation);
    expect(Object.keys(await loadCopy('en')).sort()).toEqual(['actions', 'common', 'locale']);
  });

  it('falls back to English when a part cannot be fetched, and tries again on the next call', async () => {
    const source = flakyExplainer(1);
    const first = await loadCopy('nb', [source]);
    // All in English, the common words too: the copy never mixes languages.
    expect(first.locale).toBe('en');
    expect(first.common).toBe(en.common);
    expect(first.glossary).toBe(en.glossary);
    const second = await loadCopy('nb', [source]);
    expect(second.locale).toBe('nb');
    expect(second.glossary).toBe(nb.glossary);
    expect(source.loads).toBe(2);
  });

  it('rejects only when English cannot be fetched either, and tells the element', async () => {
    const broken: CopySource<'plan'> = {
      part: 'plan',
      load: {
        en: () => Promise.reject(new TypeError('offline')),
        nb: () => Promise.reject(new TypeError('offline')),
        nl: () => Promise.reject(new TypeError('offline')),
        de: () => Promise.reject(new TypeError('offline')),
      },
    };
    await expect(loadCopy('nl', [broken])).rejects.toThrow('offline');

    const errors: unknown[] = [];
    const controllers: ReactiveController[] = [];
    const host = {
      locale: 'nl',
      addController: (controller: ReactiveController) => controllers.push(controller),
      removeController: () => {},
      requestUpdate: () => {},
      updateComplete: Promise.resolve(true),
    };
    const localize = new LocalizeController(host, { copy: [broken], onError: (error) => errors.push(error) });
    for (const controller of controllers) controller.hostUpdate?.();
    await vi.waitFor(() => expect(errors).toHaveLength(1), waitOptions);
    expect(localize.messages).toBeUndefined();
  });
});
