import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
  }

  .dialog {
    box-sizing: border-box;
    width: min(40em, calc(100vw - 2em));
    max-width: none;
    max-height: calc(100dvh - 2em);
    padding: 0;
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
    color: var(--_amicable-color-text);
    box-shadow: 0 1em 3em rgb(0 0 0 / 0.25);
    overflow: hidden;
  }

  .dialog[open] {
    display: flex;
    flex-direction: column;
    animation: amicable-dialog-in var(--_amicable-duration) ease-out;
  }

  .dialog::backdrop {
    background: var(--_amicable-color-backdrop);
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_amicable-space-3);
    padding: var(--_amicable-space-3) var(--_amicable-space-4);
    border-bottom: 1px solid var(--_amicable-color-border);
  }

  .title {
    font-size: 1.125em;
    font-weight: 600;
  }

  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_amicable-radius);
    background: transparent;
    font-size: 1em;
    line-height: 1;
  }

  .close:hover {
    background: var(--_amicable-color-surface-muted);
  }

  .close svg {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  .body {
    padding: var(--_amicable-space-4);
    overflow: auto;
  }

  @keyframes amicable-dialog-in {
    from {
      opacity: 0;
      transform: translateY(0.5em);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .dialog[open] {
      animation: none;
    }
  }
`;
