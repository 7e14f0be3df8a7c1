import { css } from 'lit';

export const instalmentProposerStyles = css`
  .base {
    display: grid;
    gap: var(--_amicable-space-5);
    max-width: 60em;
  }

  .heading {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
  }

  h3 {
    font-size: 1.05em;
    font-weight: 600;
  }

  .intro,
  .hint {
    color: var(--_amicable-color-text-muted);
    max-width: 70ch;
  }

  /* The form and the policy side by side where there is room, stacked where there is not. */
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
    align-items: start;
    gap: var(--_amicable-space-5);
  }

  form {
    display: grid;
    gap: var(--_amicable-space-5);
    min-width: 0;
  }

  input[type='text'],
  input[type='date'],
  select {
    width: 100%;
    max-width: 16em;
    min-height: 2.75em;
    padding: var(--_amicable-space-2);
    border: 1px solid var(--_amicable-color-text-muted);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
  }

  select {
    /* Room for "7 instalments (needs approval)" in every language. */
    max-width: 24em;
  }

  .field-error {
    color: var(--_amicable-color-danger);
    font-weight: 600;
    max-width: 70ch;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  th,
  td {
    padding: var(--_amicable-space-2) var(--_amicable-space-3);
    border-bottom: 1px solid var(--_amicable-color-border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_amicable-color-surface-muted);
    font-weight: 600;
  }

  tbody th {
    font-weight: 400;
  }

  .number {
    text-align: end;
  }

  tfoot td {
    font-weight: 600;
    border-bottom: 0;
  }

  .fee-note {
    display: block;
    color: var(--_amicable-color-text-muted);
    font-size: 0.875em;
  }

  .schedule-box {
    display: grid;
    gap: var(--_amicable-space-2);
  }

  .policy {
    display: grid;
    gap: var(--_amicable-space-3);
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface-muted);
  }

  .policy ul,
  .review ul {
    display: grid;
    gap: var(--_amicable-space-1);
    padding-inline-start: 1.25em;
  }

  .review {
    display: grid;
    gap: var(--_amicable-space-2);
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-border);
    border-inline-start: 0.3em solid var(--_amicable-color-warning);
    border-radius: var(--_amicable-radius);
  }

  .statement {
    font-weight: 600;
    min-height: 1.5em;
  }

  button.primary {
    justify-self: start;
  }

  button[aria-disabled='true'],
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }

  p.problem {
    border-color: var(--_amicable-color-border);
  }

  .result {
    display: grid;
    gap: var(--_amicable-space-3);
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-border);
    border-inline-start: 0.3em solid var(--_amicable-color-success);
    border-radius: var(--_amicable-radius);
  }

  .result.pending {
    border-inline-start-color: var(--_amicable-color-warning);
  }

  .how-to-pay {
    display: grid;
    gap: var(--_amicable-space-2);
  }

  dl {
    display: grid;
    gap: var(--_amicable-space-1);
    margin: 0;
  }

  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_amicable-space-2);
  }

  dt {
    font-weight: 600;
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
  }

  .code {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
    overflow-wrap: anywhere;
  }

`;
