import { css } from 'lit';

export const termPopoverStyles = css`
  :host {
    display: inline;
  }

  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    max-width: 100%;
    min-height: 24px;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    line-height: inherit;
    text-align: start;
    vertical-align: baseline;
  }

  .term {
    min-width: 0;
    overflow-wrap: anywhere;
    text-decoration: underline dotted;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  .trigger:hover .term,
  :host([open]) .term {
    text-decoration-style: solid;
  }

  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    color: var(--_amicable-color-accent);
  }

  .icon circle,
  .icon path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  /* The panel is positioned by @floating-ui/dom against the viewport ("fixed"), in the top layer
     where the Popover API is available, so no overflow or stacking context of the host clips it. */
  .panel {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    z-index: 2147483647;
    box-sizing: border-box;
    width: max-content;
    max-width: min(22em, var(--_available-width, calc(100vw - 16px)));
    max-height: calc(100vh - 16px);
    margin: 0;
    padding: var(--_amicable-space-3) var(--_amicable-space-4);
    overflow: auto;
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
    color: var(--_amicable-color-text);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.2);
    font-weight: 400;
    overflow-wrap: anywhere;
  }

  .panel-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_amicable-space-2);
  }

  .panel-term {
    font-weight: 600;
  }

  .explanation {
    margin-top: var(--_amicable-space-1);
  }

  .close {
    display: inline-grid;
    flex: none;
    place-items: center;
    width: 24px;
    height: 24px;
    margin: -2px -6px 0 0;
    padding: 0;
    border: 0;
    border-radius: var(--_amicable-radius);
    background: none;
    color: var(--_amicable-color-text-muted);
  }

  .close:hover {
    background: var(--_amicable-color-surface-muted);
  }

  .close svg {
    width: 16px;
    height: 16px;
  }

  .close path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  @media (forced-colors: active) {
    .trigger {
      border: 0;
      color: LinkText;
    }

    .panel {
      border-color: CanvasText;
    }
  }
`;
