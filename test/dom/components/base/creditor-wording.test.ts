import type { ReactiveController } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  adoptCreditorWording,
  applyWording,
  creditorWording,
  fillPlaceholders,
  onCreditorWordingChange,
  resetCreditorWording,
  wordedView,
} from '../../../../components/base/creditor-wording';
import { LocalizeController } from '../../../../components/base/localize';
import { en } from '../../../../src/client/i18n/en';
import type { BannerParams } from '../../../../src/client/i18n/messages';
import { nb } from '../../../../src/client/i18n/nb';
import { nl } from '../../../../src/client/i18n/nl';
import { bannerCopy } from '../../../../src/client/i18n/sources/banner';

const waitOptions = { timeout: 10_000 };

const HEADING = 'banner.reminder.direct.formal.heading';

const params: BannerParams = {
  amount: 'kr 1 441,00',
  count: 1,
  dueDate: '4. oktober 2026',
  creditor: 'Fjordlys Energi AS',
};

afterEach(() => resetCreditorWording());

/** A creditor as the API sends it, with wording for one locale. */
function creditorWith(locale: string, texts: Record<string, string>) {
  return { messages: { locale, texts: Object.entries(texts).map(([key, text]) => ({ key, text })) } };
}

describe('fillPlaceholders', () => {
  it("fills each placeholder with the message's parameter, as formatted for the built-in copy", () => {
    expect(fillPlaceholders('{creditor}: {amount} by {dueDate} ({count})', params)).toBe(
      'Fjordlys Energi AS: kr 1 441,00 by 4. oktober 2026 (1)',
    );
  });

  it('reads a parameter the call does not have as nothing, and never an inherited property', () => {
    expect(fillPlaceholders('Fee: {nextFee}.', params)).toBe('Fee: .');
    expect(fillPlaceholders('{constructor}{toString}', params)).toBe('');
    expect(fillPlaceholders('{amount}', undefined)).toBe('');
  });

  it('leaves braces that are no placeholder as they are', () => {
    expect(fillPlaceholders('{ amount } {} {1}', params)).toBe('{ amount } {} {1}');
  });
});

describe('applyWording', () => {
  it('replaces the messages it names and shares every group it does not touch', () => {
    const worded = applyWording(nb, { [HEADING]: 'Hei fra {creditor}', 'actions.pay': 'Betal nå!' });
    expect(worded.banner.reminder.direct.formal.heading(params)).toBe('Hei fra Fjordlys Energi AS');
    expect(worded.actions.pay).toBe('Betal nå!');
    // The rest is the catalog's own, by identity: no copy of what is not overridden.
    expect(worded.banner.reminder.direct.formal.body).toBe(nb.banner.reminder.direct.formal.body);
    expect(worded.banner.firm).toBe(nb.banner.firm);
    expect(worded.explainer).toBe(nb.explainer);
    // The catalog itself is untouched.
    expect(nb.actions.pay).not.toBe('Betal nå!');
    expect(nb.banner.reminder.direct.formal.heading(params)).not.toBe('Hei fra Fjordlys Energi AS');
  });

  it('finds messages whose own name holds a dot', () => {
    const worded = applyWording(en, { 'explainer.timeline.reminder.sent': 'Reminder of {date}' });
    expect(worded.explainer.timeline['reminder.sent']({ date: '1 May' })).toBe('Reminder of 1 May');
  });

  it('ignores groups, unknown keys, empty text and what states the law', () => {
    const worded = applyWording(en, {
      banner: 'not a message',
      'banner.nothing.here': 'x',
      'actions.pay': '  ',
      'glossary.terms.no.kid.explanation': 'A number',
      'charges.reasons.no.forsinkelsesrenteloven': 'Because',
      locale: 'nb',
    });
    expect(worded.banner).toBe(en.banner);
    expect(worded.actions).toBe(en.actions);
    expect(worded.glossary).toBe(en.glossary);
    expect(worded.charges).toBe(en.charges);
    expect(worded.locale).toBe('en');
  });

  it('keeps markup as text: the override is a string, never HTML', () => {
    const worded = applyWording(en, { [HEADING]: '<b>{creditor}</b>' });
    expect(worded.banner.reminder.direct.formal.heading(params)).toBe('<b>Fjordlys Energi AS</b>');
  });
});

describe('adoptCreditorWording', () => {
  it('keeps the wording of each catalog language and tells listeners once per change', () => {
    const listener = vi.fn();
    const stop = onCreditorWordingChange(listener);
    adoptCreditorWording(creditorWith('nb', { 'actions.pay': 'Betal' }));
    expect(creditorWording('nb')).toEqual({ 'actions.pay': 'Betal' });
    expect(listener).toHaveBeenCalledTimes(1);
    // The same wording again (every refresh of the account brings it) changes nothing.
    adoptCreditorWording(creditorWith('nb', { 'actions.pay': 'Betal' }));
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    adoptCreditorWording(creditorWith('nb', { 'actions.pay': 'Betal nå' }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(creditorWording('nb')).toEqual({ 'actions.pay': 'Betal nå' });
  });

  it('ignores locales without a catalog and answers without wording', () => {
    adoptCreditorWording(creditorWith('nb', { 'actions.pay': 'Betal' }));
    adoptCreditorWording(creditorWith('nb-NO', { 'actions.pay': 'x' }));
    adoptCreditorWording(creditorWith('fr', { 'actions.pay': 'Payer' }));
    adoptCreditorWording({});
    adoptCreditorWording(undefined);
    expect(creditorWording('nb')).toEqual({ 'actions.pay': 'Betal' });
    expect(creditorWording('en')).toBeUndefined();
  });
});

describe('wordedView', () => {
  it("applies only the wording of the view's own language", () => {
    adoptCreditorWording(creditorWith('nb', { 'actions.pay': 'Betal' }));
    expect(wordedView(nb).actions.pay).toBe('Betal');
    expect(wordedView(nl)).toBe(nl);
    expect(wordedView(en)).toBe(en);
  });

  it('gives the same object for the same view and wording, and a new one when the wording changes', () => {
    adoptCreditorWording(creditorWith('nb', { 'actions.pay': 'Betal' }));
    const first = wordedView(nb);
    expect(wordedView(nb)).toBe(first);
    adoptCreditorWording(creditorWith('nb', { 'actions.pay': 'Betal nå' }));
    const second = wordedView(nb);
    expect(second).not.toBe(first);
    expect(second.actions.pay).toBe('Betal nå');
  });
});

/** The least an element offers a controller: a locale and an update cycle. */
class FakeHost {
  locale: string;
  updates = 0;
  controllers: ReactiveController[] = [];
  readonly localize: LocalizeController<typeof bannerCopy>;

  constructor(locale: string) {
    this.locale = locale;
    this.localize = new LocalizeController(this, { copy: [bannerCopy], onError: () => {} });
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

  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }

  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }

  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
}

describe('LocalizeController with the creditor wording', () => {
  it('renders the override in its language, re-renders when wording arrives, and leaves other languages alone', async () => {
    const norwegian = new FakeHost('nb-NO');
    const dutch = new FakeHost('nl-NL');
    for (const host of [norwegian, dutch]) {
      host.connect();
      host.update();
    }
    await vi.waitFor(() => expect(norwegian.localize.messages?.banner).toBe(nb.banner), waitOptions);
    await vi.waitFor(() => expect(dutch.localize.messages?.banner).toBe(nl.banner), waitOptions);
    const updatesBefore = norwegian.updates;

    adoptCreditorWording(creditorWith('nb', { [HEADING]: 'Hei fra {creditor}: {amount}' }));
    expect(norwegian.updates).toBe(updatesBefore + 1);
    const messages = norwegian.localize.messages!;
    expect(messages.banner.reminder.direct.formal.heading(params)).toBe(
      'Hei fra Fjordlys Energi AS: kr 1 441,00',
    );
    // Only what was overridden changed; the copy stays the catalog's otherwise.
    expect(messages.banner.reminder.direct.formal.body(params)).toBe(
      nb.banner.reminder.direct.formal.body(params),
    );
    // Elements rendering the same parts share the worded view, as they share the catalog's.
    const other = new FakeHost('nb');
    other.update();
    await vi.waitFor(() => expect(other.localize.messages).toBe(messages), waitOptions);
    // An override for nb never reaches an nl element.
    expect(dutch.localize.messages?.banner).toBe(nl.banner);

    norwegian.disconnect();
    const updatesAfterLeaving = norwegian.updates;
    adoptCreditorWording(creditorWith('nb', { [HEADING]: 'Hallo' }));
    expect(norwegian.updates).toBe(updatesAfterLeaving);
    dutch.disconnect();
  });
});
