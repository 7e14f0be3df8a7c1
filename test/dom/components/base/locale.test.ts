import { afterEach, describe, expect, it } from 'vitest';
import { canonicalLocale, closestLang, resolveLocale } from '../../../../components/base/locale';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

function mount(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  return container;
}

describe('resolveLocale', () => {
  it("takes the element's own lang first", () => {
    mount('<section lang="de"><p id="target" lang="nb-no"></p></section>');
    const target = document.getElementById('target')!;
    expect(resolveLocale(target, { configured: 'nl-NL', customer: 'sv-SE' })).toBe('nb-NO');
  });

  it('takes the closest [lang] ancestor next', () => {
    mount('<section lang="nl"><div><p id="target"></p></div></section>');
    expect(resolveLocale(document.getElementById('target')!, { configured: 'nb-NO' })).toBe('nl');
  });

  it('crosses shadow-root boundaries to the host and beyond', () => {
    const container = mount('<div lang="sv-SE"><span id="host"></span></div>');
    const host = container.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    const wrapper = document.createElement('div');
    wrapper.append(inner);
    shadow.append(wrapper);
    expect(closestLang(inner)).toBe('sv-SE');

    wrapper.setAttribute('lang', 'da');
    expect(closestLang(inner)).toBe('da');
  });

  it('skips empty and invalid lang values and keeps looking upwards', () => {
    mount('<div lang="nl-NL"><div lang=""><div lang="not a locale!"><p id="target"></p></div></div></div>');
    expect(resolveLocale(document.getElementById('target')!)).toBe('nl-NL');
  });

  it('falls back to the configured locale, then the customer locale, then en', () => {
    const target = mount('<p></p>').querySelector('p')!;
    expect(resolveLocale(target, { configured: 'nb-NO', customer: 'sv-SE' })).toBe('nb-NO');
    expect(resolveLocale(target, { configured: undefined, customer: 'sv-se' })).toBe('sv-SE');
    expect(resolveLocale(target, { configured: 'bogus locale', customer: undefined })).toBe('en');
    expect(resolveLocale(target)).toBe('en');
  });

  it('lets <html lang> count as the closest ancestor, ahead of the configuration', () => {
    document.documentElement.setAttribute('lang', 'de-DE');
    const target = mount('<p></p>').querySelector('p')!;
    expect(resolveLocale(target, { configured: 'nb-NO' })).toBe('de-DE');
  });

  it('works on a detached element', () => {
    const detached = document.createElement('p');
    expect(resolveLocale(detached, { customer: 'nl' })).toBe('nl');
  });
});

describe('canonicalLocale', () => {
  it('canonicalises case and rejects junk', () => {
    expect(canonicalLocale('EN-gb')).toBe('en-GB');
    expect(canonicalLocale(' nb ')).toBe('nb');
    expect(canonicalLocale('')).toBeUndefined();
    expect(canonicalLocale(null)).toBeUndefined();
    expect(canonicalLocale('123 456')).toBeUndefined();
  });
});
