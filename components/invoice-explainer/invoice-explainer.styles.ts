import { css } from 'lit';

/*
 * Built to reflow down to 320 CSS pixels and at 200 % text size without horizontal scrolling:
 * everything wraps (flex-wrap, auto-fit grids, `overflow-wrap: anywhere` for long references and
 * compound words such as "forsinkelsesrenteloven"); only short amounts keep to one line.
 */
export const invoiceExplainerStyles = css`
  .base {
    display: grid;
    gap: var(--_amicable-space-5);
    min-width: 0;
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
    overflow-wrap: anywhere;
  }

  .header {
    display: grid;
    gap: var(--_amicable-space-1);
  }

  .heading {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
  }

  .creditor,
  .muted,
  .empty,
  .charge-facts,
  .charge-reason,
  .line-details,
  dt {
    color: var(--_amicable-color-text-muted);
  }

  .status {
    font-weight: 600;
  }

  .status.overdue {
    color: var(--_amicable-color-danger);
  }

  .status.paid {
    color: var(--_amicable-color-success);
  }

  dl,
  dd {
    margin: 0;
  }

  dt {
    font-size: 0.875em;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
    gap: var(--_amicable-space-2) var(--_amicable-space-4);
    padding: var(--_amicable-space-3);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface-muted);
  }

  .fact dd {
    font-weight: 600;
  }

  .to-pay {
    padding-inline-start: var(--_amicable-space-2);
    border-inline-start: 0.25em solid var(--_amicable-color-accent);
  }

  .to-pay .amount {
    display: block;
    font-size: 1.125em;
  }

  .disputed {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
  }

  .document a,
  a {
    color: var(--_amicable-color-accent);
    text-underline-offset: 0.2em;
  }

  .section {
    display: grid;
    gap: var(--_amicable-space-2);
    min-width: 0;
  }

  .section-heading {
    font-size: 1em;
    font-weight: 600;
    line-height: 1.3;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .references {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_amicable-space-1) var(--_amicable-space-4);
  }

  .reference {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_amicable-space-1);
    align-items: baseline;
  }

  .reference dt::after {
    content: ':';
  }

  .reference dd {
    font-weight: 600;
  }

  .lines,
  .charges,
  .events {
    display: grid;
  }

  .line,
  .charge {
    display: grid;
    gap: var(--_amicable-space-1);
    padding-block: var(--_amicable-space-2);
    border-top: 1px solid var(--_amicable-color-border);
  }

  .line:last-child,
  .charge:last-child {
    border-bottom: 1px solid var(--_amicable-color-border);
  }

  .line-main,
  .charge-main {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_amicable-space-3);
  }

  .line-description,
  .charge-name {
    flex: 1 1 10em;
    min-width: 0;
    font-weight: 600;
  }

  .line-amount,
  .charge-amount {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .line-details {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_amicable-space-3);
    font-size: 0.875em;
  }

  .charge-facts,
  .charge-reason {
    font-size: 0.875em;
  }

  .events {
    gap: var(--_amicable-space-1);
  }

  .next-label {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_amicable-space-3);
    font-weight: 600;
  }

  .next-fee {
    color: var(--_amicable-color-danger);
  }

  .bank {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: var(--_amicable-space-2) var(--_amicable-space-4);
  }

  .bank .value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    user-select: all;
  }

  .action-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_amicable-space-2);
  }

  button {
    max-width: 100%;
    text-align: center;
    transition:
      background-color var(--_amicable-duration) ease-out,
      filter var(--_amicable-duration) ease-out;
  }

  button.link {
    justify-self: start;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_amicable-color-accent);
    font-size: 0.875em;
    font-weight: 400;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .loading,
  .error {
    display: grid;
    gap: var(--_amicable-space-2);
    justify-items: start;
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
    color: var(--_amicable-color-text-muted);
  }

  @media (forced-colors: active) {
    .to-pay {
      border-inline-start-color: CanvasText;
    }

    button.link {
      border: 0;
      color: LinkText;
    }
  }
`;
