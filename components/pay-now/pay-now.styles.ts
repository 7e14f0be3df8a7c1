import { css } from 'lit';

export const payNowStyles = css`
  .base {
    display: grid;
    gap: var(--_amicable-space-4);
  }

  .heading {
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  fieldset {
    display: grid;
    gap: var(--_amicable-space-2);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    margin-block-end: var(--_amicable-space-2);
    padding: 0;
    font-weight: 600;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: var(--_amicable-space-2);
    min-height: 2.75em;
    padding-inline: var(--_amicable-space-3);
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    cursor: pointer;
  }

  .choice:has(input:checked) {
    border-color: var(--_amicable-color-accent);
    box-shadow: inset 0 0 0 1px var(--_amicable-color-accent);
  }

  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_amicable-color-accent);
  }

  .part {
    display: grid;
    gap: var(--_amicable-space-1);
    padding-inline-start: var(--_amicable-space-3);
  }

  .part label {
    font-weight: 600;
  }

  .part input {
    max-inline-size: 14em;
    min-height: 2.75em;
    padding: var(--_amicable-space-2) var(--_amicable-space-3);
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
  }

  .part input[aria-invalid='true'] {
    border-color: var(--_amicable-color-danger);
    box-shadow: inset 0 0 0 1px var(--_amicable-color-danger);
  }

  .hint {
    color: var(--_amicable-color-text-muted);
    font-size: 0.9375em;
  }

  .error {
    color: var(--_amicable-color-danger);
    font-weight: 600;
  }

  .total {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_amicable-space-2);
  }

  .total strong {
    font-size: 1.25em;
    font-weight: 700;
  }

  .notice {
    display: grid;
    gap: var(--_amicable-space-2);
    justify-items: start;
  }

  .notice.warning,
  .declined {
    padding: var(--_amicable-space-3) var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-danger);
    border-inline-start-width: 0.3em;
    border-radius: var(--_amicable-radius);
  }

  .declined {
    display: grid;
    gap: var(--_amicable-space-1);
  }

  .declined-heading,
  .processing-heading,
  .qr-heading {
    font-weight: 600;
  }

  .card,
  .bank {
    display: grid;
    gap: var(--_amicable-space-3);
  }

  .mount {
    min-height: 2.75em;
  }

  .progress {
    color: var(--_amicable-color-text-muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_amicable-space-2);
  }

  button {
    min-width: 2.75em;
    transition: background-color var(--_amicable-duration) ease-out;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  button.link {
    min-height: 1.5em;
    padding: 0;
    border: 0;
    background: transparent;
    text-decoration: underline;
  }

  .transfer {
    display: grid;
    gap: var(--_amicable-space-2);
    padding: var(--_amicable-space-4);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface-muted);
  }

  .transfer-heading {
    font-size: 1em;
    font-weight: 600;
  }

  .details {
    display: grid;
    gap: var(--_amicable-space-2);
    margin: 0;
  }

  .row {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    align-items: center;
    gap: var(--_amicable-space-2) var(--_amicable-space-4);
  }

  dt {
    color: var(--_amicable-color-text-muted);
  }

  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_amicable-space-2);
    margin: 0;
  }

  .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    overflow-wrap: anywhere;
    user-select: all;
  }

  [part~='reference'] {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.02em;
  }

  button.copy {
    min-height: 2em;
    padding: var(--_amicable-space-1) var(--_amicable-space-3);
    font-size: 0.875em;
    font-weight: 500;
  }

  .qr {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_amicable-space-4);
    margin: 0;
  }

  .qr svg {
    inline-size: 10em;
    block-size: 10em;
    flex: none;
  }

  .qr figcaption {
    display: grid;
    gap: var(--_amicable-space-1);
    max-inline-size: 24em;
  }

  .receipt {
    display: grid;
    gap: var(--_amicable-space-2);
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-success);
    border-inline-start-width: 0.3em;
    border-radius: var(--_amicable-radius);
  }

  .receipt-heading {
    font-size: 1em;
    font-weight: 600;
  }

  .receipt-heading:focus {
    outline: none;
  }

  .receipt-heading:focus-visible {
    outline: 2px solid var(--_amicable-color-focus);
  }

  @media (max-width: 30em) {
    .row {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    .choice:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
