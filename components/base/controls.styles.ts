import { css } from 'lit';

/*
 * Control styles several elements share, word for word. Each element lists the parts it uses
 * before its own styles, so its own rules still refine these (same specificity, later wins).
 */

const button = css`
  button {
    min-height: 2.75em;
    padding: var(--_amicable-space-2) var(--_amicable-space-4);
    border: 1px solid var(--_amicable-color-accent);
    border-radius: var(--_amicable-radius);
    background: var(--_amicable-color-surface);
    color: var(--_amicable-color-accent);
    font-weight: 600;
    line-height: 1.2;
  }
`;

const primaryButton = css`
  button.primary {
    background: var(--_amicable-color-accent);
    color: var(--_amicable-color-on-accent);
  }
`;

/** Buttons: the outlined default and the filled `.primary`. */
export const buttonStyles = css`
  ${button}
  ${primaryButton}
`;

/** `buttonStyles` with hover feedback (the hover before `.primary`, so a primary keeps its colour). */
export const hoverableButtonStyles = css`
  ${button}

  button:hover {
    background: var(--_amicable-color-surface-muted);
  }

  ${primaryButton}

  button.primary:hover {
    filter: brightness(1.1);
  }
`;

/**
 * Forms: fieldsets, labels, fields, radio and checkbox rows, invalid fields, the error summary
 * that takes focus on a refused submit, and the focus ring of what is focused from script.
 */
export const formStyles = css`
  fieldset {
    display: grid;
    gap: var(--_amicable-space-2);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend,
  .label {
    padding: 0;
    margin-bottom: var(--_amicable-space-2);
    font-weight: 600;
  }

  .field {
    display: grid;
    gap: var(--_amicable-space-2);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_amicable-space-2);
    /* WCAG 2.2 target size: the whole row is the target, at least 24px high. */
    min-height: 1.75em;
    cursor: pointer;
  }

  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_amicable-color-accent);
  }

  [aria-invalid='true'] {
    border-color: var(--_amicable-color-danger);
    border-width: 2px;
  }

  .error-summary,
  .problem {
    display: grid;
    gap: var(--_amicable-space-2);
    padding: var(--_amicable-space-4);
    border: 2px solid var(--_amicable-color-danger);
    border-radius: var(--_amicable-radius);
  }

  .error-summary ul {
    display: grid;
    gap: var(--_amicable-space-1);
    padding-inline-start: 1.25em;
  }

  .error-summary a {
    color: var(--_amicable-color-danger);
    font-weight: 600;
    text-decoration: underline;
  }

  /* Focused from script (a heading, the error summary): no ring on click, a ring from the keyboard. */
  [tabindex='-1']:focus {
    outline: none;
  }

  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_amicable-color-focus);
    outline-offset: 2px;
  }
`;

/** Text for screen readers only. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
