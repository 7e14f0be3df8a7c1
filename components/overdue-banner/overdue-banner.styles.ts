import { css } from 'lit';

// Comments inside the template ship with it: keep them out here. After a declined plan, the
// creditor's own words are set apart as a quotation with their line breaks kept
// (`.creditor-message`), and its contact details are ordinary underlined links (`.contact`).
export const overdueBannerStyles = css`
  /* The live region itself has no box of its own: while loading, and when nothing is due, the
     banner takes no room in the host's layout at all. */
  .base {
    display: block;
    margin: 0;
    padding: 0;
  }

  .notice {
    --_stage-color: var(--_amicable-color-accent);
    display: grid;
    gap: var(--_amicable-space-2);
    padding: var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-border);
    border-inline-start: 0.3em solid var(--_stage-color);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
    animation: amicable-banner-in var(--_amicable-duration) ease-out;
  }

  .notice.firm {
    --_stage-color: var(--_amicable-color-warning);
  }

  .notice.final,
  .notice.collection {
    --_stage-color: var(--_amicable-color-danger);
  }

  .notice.paused {
    --_stage-color: var(--_amicable-color-success);
  }

  .heading {
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }

  .body,
  .next-step,
  .way-out,
  .creditor-message,
  .contact {
    max-width: 70ch;
  }

  .details {
    display: grid;
    gap: var(--_amicable-space-2);
  }

  .details:empty {
    display: none;
  }

  .way-out {
    color: var(--_amicable-color-text-muted);
  }

  .creditor-message {
    display: grid;
    gap: var(--_amicable-space-2);
    margin: 0;
  }

  .creditor-message blockquote {
    margin: 0;
    padding-inline-start: var(--_amicable-space-4);
    border-inline-start: 2px solid var(--_amicable-color-border);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .contact a {
    color: inherit;
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_amicable-space-2);
    margin-top: var(--_amicable-space-2);
  }

  button {
    transition:
      background-color var(--_amicable-duration) ease-out,
      filter var(--_amicable-duration) ease-out;
  }

  button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_amicable-color-text-muted);
    font-weight: 400;
    text-decoration: underline;
  }

  .snooze {
    margin-inline-start: auto;
  }

  .toggle {
    justify-self: start;
    padding-inline: 0;
  }

  .snoozed {
    color: var(--_amicable-color-text-muted);
  }

  .snoozed:focus {
    outline: none;
  }

  .snoozed:focus-visible {
    outline: 2px solid var(--_amicable-color-focus);
  }

  @keyframes amicable-banner-in {
    from {
      opacity: 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .notice {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .notice {
      border-inline-start-color: CanvasText;
    }
  }
`;
