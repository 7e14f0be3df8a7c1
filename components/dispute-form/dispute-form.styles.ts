import { css } from 'lit';

export const disputeFormStyles = css`
  .base {
    display: grid;
    gap: var(--_amicable-space-5);
    max-width: 42em;
  }

  .heading {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
  }

  .intro,
  .hint,
  .count {
    color: var(--_amicable-color-text-muted);
  }

  .intro,
  .hint,
  .field-error,
  .count {
    max-width: 70ch;
  }

  form {
    display: grid;
    gap: var(--_amicable-space-5);
  }

  .choice .amount {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .nested {
    padding-inline-start: var(--_amicable-space-4);
    border-inline-start: 0.2em solid var(--_amicable-color-border);
  }

  input[type='text'],
  textarea {
    width: 100%;
    padding: var(--_amicable-space-2);
    border: 1px solid var(--_amicable-color-text-muted);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
  }

  input[type='text'] {
    max-width: 12em;
  }

  textarea {
    min-height: 8em;
    resize: vertical;
  }

  .field-error {
    color: var(--_amicable-color-danger);
    font-weight: 600;
  }

  .count.over {
    color: var(--_amicable-color-danger);
    font-weight: 600;
  }

  .drop-zone {
    display: grid;
    justify-items: center;
    gap: var(--_amicable-space-1);
    width: 100%;
    min-height: 5em;
    padding: var(--_amicable-space-4);
    border: 2px dashed var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
    color: var(--_amicable-color-text);
    text-align: center;
  }

  .drop-zone:hover,
  .drop-zone.dragging {
    border-color: var(--_amicable-color-accent);
    background: var(--_amicable-color-surface-muted);
  }

  .drop-zone strong {
    color: var(--_amicable-color-accent);
    font-weight: 600;
  }

  .files {
    display: grid;
    gap: var(--_amicable-space-2);
    padding: 0;
    list-style: none;
  }

  .file {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: var(--_amicable-space-1) var(--_amicable-space-2);
    padding: var(--_amicable-space-2) var(--_amicable-space-3);
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
  }

  .file-name {
    overflow-wrap: anywhere;
  }

  .file-size {
    color: var(--_amicable-color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  .file progress {
    grid-column: 1 / -1;
    width: 100%;
    height: 0.5em;
    accent-color: var(--_amicable-color-accent);
  }

  .file .field-error {
    grid-column: 1 / -1;
  }

  .notices {
    display: grid;
    gap: var(--_amicable-space-1);
    padding: 0;
    list-style: none;
  }

  button.remove {
    min-height: 2em;
    padding: var(--_amicable-space-1) var(--_amicable-space-3);
    font-weight: 400;
  }

  button.primary {
    justify-self: start;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .error-summary h3 {
    font-size: 1.05em;
    font-weight: 600;
  }

  .confirmation {
    display: grid;
    gap: var(--_amicable-space-3);
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-border);
    border-inline-start: 0.3em solid var(--_amicable-color-success);
    border-radius: var(--_amicable-radius);
  }

  .confirmation h3 {
    font-size: 1.05em;
    font-weight: 600;
  }

  .reference {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
  }

`;
