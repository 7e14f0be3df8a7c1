import { css, unsafeCSS } from 'lit';

/**
 * The public theming tokens and their light-mode defaults. A host page themes every element by
 * setting these on any ancestor (`:root { --amicable-color-accent: #7a1fa2; }`) or on the element.
 * Components never read them directly: they read the private `--_amicable-*` twins below, which
 * fall back to these defaults (and to dark or forced-colour values), so a default never shadows a
 * value the host set on an ancestor.
 */
export const tokenDefaults = {
  '--amicable-color-accent': '#0b57d0',
  '--amicable-color-on-accent': '#ffffff',
  '--amicable-color-text': '#1f1f1f',
  '--amicable-color-text-muted': '#5c5f62',
  '--amicable-color-surface': '#ffffff',
  '--amicable-color-surface-muted': '#f3f5f7',
  '--amicable-color-border': '#c4c7c5',
  '--amicable-color-focus': '#0b57d0',
  '--amicable-color-danger': '#b3261e',
  '--amicable-color-warning': '#8a5300',
  '--amicable-color-success': '#146c2e',
  '--amicable-color-backdrop': 'rgb(0 0 0 / 0.45)',
  '--amicable-radius': '8px',
  '--amicable-font-family':
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  '--amicable-font-size': 'medium',
  '--amicable-line-height': '1.5',
  '--amicable-space-1': '0.25em',
  '--amicable-space-2': '0.5em',
  '--amicable-space-3': '0.75em',
  '--amicable-space-4': '1em',
  '--amicable-space-5': '1.5em',
  '--amicable-duration': '150ms',
} as const;

/** A public theming token, e.g. `--amicable-color-accent`. */
export type AmicableToken = keyof typeof tokenDefaults;

/** Dark defaults, used when the reader's system prefers a dark scheme and the host set no value. */
export const darkTokenDefaults = {
  '--amicable-color-accent': '#a8c7fa',
  '--amicable-color-on-accent': '#062e6f',
  '--amicable-color-text': '#e3e3e3',
  '--amicable-color-text-muted': '#bdc1c6',
  '--amicable-color-surface': '#1f1f1f',
  '--amicable-color-surface-muted': '#2b2c2e',
  '--amicable-color-border': '#5f6368',
  '--amicable-color-focus': '#a8c7fa',
  '--amicable-color-danger': '#f2b8b5',
  '--amicable-color-warning': '#ffb95c',
  '--amicable-color-success': '#6dd58c',
  '--amicable-color-backdrop': 'rgb(0 0 0 / 0.65)',
} as const satisfies Partial<Record<AmicableToken, string>>;

/**
 * `--_amicable-x: var(--amicable-x, <default>)` for every token. `unsafeCSS` is safe here: every
 * value is a constant of this module, never data.
 */
function privateTwins(defaults: Partial<Record<AmicableToken, string>>): string {
  return Object.entries(defaults)
    .map(([token, value]) => `${token.replace('--amicable-', '--_amicable-')}: var(${token}, ${value});`)
    .join('\n');
}

/**
 * Token declarations for a component's `static styles`. Put it first, followed by `reset`, then
 * the component's own styles.
 */
export const tokens = css`
    :host {
      ${unsafeCSS(privateTwins(tokenDefaults))}
    }

    @media (prefers-color-scheme: dark) {
      :host {
        ${unsafeCSS(privateTwins(darkTokenDefaults))}
      }
    }

    @media (prefers-reduced-motion: reduce) {
      :host {
        --_amicable-duration: 0ms;
      }
    }

    /* Windows High Contrast and friends: system colours only, so nothing disappears. */
    @media (forced-colors: active) {
      :host {
        --_amicable-color-accent: LinkText;
        --_amicable-color-on-accent: Canvas;
        --_amicable-color-text: CanvasText;
        --_amicable-color-text-muted: CanvasText;
        --_amicable-color-surface: Canvas;
        --_amicable-color-surface-muted: Canvas;
        --_amicable-color-border: CanvasText;
        --_amicable-color-focus: Highlight;
        --_amicable-color-danger: CanvasText;
        --_amicable-color-warning: CanvasText;
        --_amicable-color-success: CanvasText;
      }
    }
`;

/**
 * Isolation from the host page. Shadow DOM already keeps the page's selectors (`button {}`,
 * `div {}`, `* {}`) away from our internals; what still leaks in is inheritance (colour, font,
 * letter-spacing, text-transform…) and rules aimed at the host element itself, which beat `:host`.
 * So `:host` drops everything inherited, and every top-level node of the shadow tree sets the
 * inherited properties again from our tokens, which no host rule can reach.
 *
 * Everything sits in a cascade layer so a component's own (unlayered) rules always win over it.
 */
export const reset = css`
  @layer amicable-reset {
    :host {
      all: initial;
      display: block;
      box-sizing: border-box;
      color: var(--_amicable-color-text);
      font-family: var(--_amicable-font-family);
      font-size: var(--_amicable-font-size);
      line-height: var(--_amicable-line-height);
    }

    :host([hidden]) {
      display: none !important;
    }

    :host > * {
      color: var(--_amicable-color-text);
      font-family: var(--_amicable-font-family);
      font-size: var(--_amicable-font-size);
      font-style: normal;
      font-weight: 400;
      font-variant: normal;
      line-height: var(--_amicable-line-height);
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
      cursor: auto;
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    [hidden] {
      display: none !important;
    }

    h1,
    h2,
    h3,
    h4,
    p,
    ul,
    ol {
      margin: 0;
    }

    button,
    input,
    select,
    textarea {
      font: inherit;
      letter-spacing: inherit;
      color: inherit;
    }

    button {
      cursor: pointer;
    }

    :focus-visible {
      outline: 2px solid var(--_amicable-color-focus);
      outline-offset: 2px;
    }

    @media (forced-colors: active) {
      button {
        border: 1px solid ButtonText;
      }
    }
  }
`;

/** Shared styles of every element, in order: tokens, then the reset. */
export const baseStyles = [tokens, reset];
