import { css } from 'lit';

export const overdueBannerStyles = css`
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_amicable-space-3);
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-border);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
  }

  .heading {
    font-size: 1.125em;
    font-weight: 600;
  }

  .action {
    padding: var(--_amicable-space-2) var(--_amicable-space-4);
    border: 1px solid transparent;
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-accent);
    color: var(--_amicable-color-on-accent);
    font-weight: 600;
    transition: filter var(--_amicable-duration) ease-out;
  }

  .action:hover {
    filter: brightness(1.1);
  }
`;
