import { html, type LitElement, nothing, type TemplateResult } from 'lit';

/** One problem in the summary: what is wrong, and the id of the control that fixes it. */
export interface SummaryProblem {
  message: string;
  /** The id of the control (in the element's shadow root) the link moves focus to. */
  target: string;
}

/**
 * The list of problems a form shows at its top when sending is refused (`part="error-summary"`).
 * It appears on `show()` and takes focus, so a screen reader hears how many problems there are;
 * each problem links to its control. Hidden again with `hide()` (sending, a reset).
 */
export class ErrorSummary {
  readonly #host: LitElement;
  #shown = false;

  constructor(host: LitElement) {
    this.#host = host;
  }

  /** Whether the summary is shown (it renders only while there are problems). */
  get shown(): boolean {
    return this.#shown;
  }

  /** Shows the summary and moves focus to it once it is rendered. */
  async show(): Promise<void> {
    this.#shown = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  hide(): void {
    if (!this.#shown) return;
    this.#shown = false;
    this.#host.requestUpdate();
  }

  /**
   * The summary, while shown and there are problems.
   * @param heading says how many problems there are (`validation.summary`).
   */
  render(
    problems: readonly SummaryProblem[],
    heading: (count: number) => string,
  ): TemplateResult | typeof nothing {
    if (!this.#shown || problems.length === 0) return nothing;
    return html`<div
      class="error-summary"
      part="error-summary"
      role="group"
      tabindex="-1"
      aria-labelledby="summary-heading"
    >
      <h3 id="summary-heading">${heading(problems.length)}</h3>
      <ul>
        ${problems.map(
          (problem) => html`<li>
            <a href="#${problem.target}" @click=${(event: Event) => this.#handleLink(event, problem.target)}
              >${problem.message}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #handleLink(event: Event, target: string): void {
    // In a shadow root a fragment link cannot reach its target: move focus ourselves.
    event.preventDefault();
    const control = this.#host.renderRoot.querySelector<HTMLElement>(`#${target}`);
    control?.focus();
    control?.scrollIntoView({ block: 'center' });
  }
}
