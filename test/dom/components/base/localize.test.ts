import type { ReactiveController } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { LocalizeController, loadCatalog } from '../../../../components/base/localize';
import { de } from '../../../../src/client/i18n/de';
import { en } from '../../../../src/client/i18n/en';
import { nb } from '../../../../src/client/i18n/nb';

// Catalogs are compiled on first import, which takes a while on a busy machine.
const waitOptions = { timeout: 10_000 };

/** The least an element offers a controller: a locale and an update cycle. */
class FakeHost {
  locale: string;
  known = true;
  updates = 0;
  controllers: ReactiveController[] = [];
  readonly errors: unknown[] = [];
  readonly localize: LocalizeController;

  constructor(locale: string) {
    this.locale = locale;
    this.localize = new LocalizeController(this, {
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
    await vi.waitFor(() => expect(host.localize.messages).toBe(nb), waitOptions);
    expect(host.localize.isCurrent).toBe(true);
    expect(host.localize.formatLocale).toBe('nb-NO');
    expect(host.updates).toBeGreaterThanOrEqual(1);
  });

  it('falls back to English for a language without copy', async () => {
    const host = new FakeHost('sv-SE');
    host.update();
    await vi.waitFor(() => expect(host.localize.messages).toBe(en), waitOptions);
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
    await vi.waitFor(() => expect(host.localize.messages).toBe(de), waitOptions);
  });

  it('keeps the old words while a new language loads, and says they are not current', async () => {
    const host = new FakeHost('nb');
    host.update();
    await vi.waitFor(() => expect(host.localize.isCurrent).toBe(true), waitOptions);
    host.locale = 'nl';
    host.update();
    expect(host.localize.messages).toBe(nb);
    expect(host.localize.isCurrent).toBe(false);
    await vi.waitFor(() => expect(host.localize.messages?.locale).toBe('nl'), waitOptions);
    expect(host.localize.isCurrent).toBe(true);
    expect(host.errors).toEqual([]);
  });
});

describe('loadCatalog', () => {
  // Runs last: the controller tests above rely on catalogs loading for the first time.
  it('hands every caller the same catalog object', async () => {
    expect(await loadCatalog('nb')).toBe(nb);
    expect(await loadCatalog('nb')).toBe(await loadCatalog('nb'));
    expect(await loadCatalog('de')).toBe(de);
  });
});
