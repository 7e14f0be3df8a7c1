import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  type Placement,
  platform,
  shift,
  size,
} from '@floating-ui/dom';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AmicableElement } from '../base/amicable-element';
import { baseStyles } from '../base/tokens.styles';
import { termPopoverStyles } from './term-popover.styles';

const placements: readonly Placement[] = [
  'top',
  'top-start',
  'top-end',
  'right',
  'right-start',
  'right-end',
  'bottom',
  'bottom-start',
  'bottom-end',
  'left',
  'left-start',
  'left-end',
];

/** Space kept between the panel and the edges of the viewport, in CSS pixels. */
const viewportPadding = 8;

/** Whether the browser has the Popover API (top layer, light dismiss, Escape). Read lazily: no DOM at import. */
function supportsPopover(): boolean {
  return typeof HTMLElement !== 'undefined' && Object.hasOwn(HTMLElement.prototype, 'popover');
}

/**
 * A word customers may not know, with its explanation one click, tap or key press away: a
 * disclosure button (the term itself) that shows a small panel positioned next to it.
 *
 * It follows the disclosure pattern rather than a tooltip: the trigger is a real `<button>` with
 * `aria-expanded` and `aria-controls`; the panel is a labelled region that may hold interactive
 * content (a close button, links in the default slot), so it must stay open until dismissed.
 * Focus stays on the trigger when it opens; Tab moves into the panel. Escape, a click or tap
 * outside, the close button or the trigger again close it, and focus returns to the trigger when
 * it was inside the panel.
 *
 * Where the browser has the Popover API the panel lives in the top layer (no `overflow: hidden`
 * or `z-index` of the host page can clip it), and light dismiss and Escape are native; elsewhere
 * the element does both itself. Either way the panel is positioned with @floating-ui/dom
 * (`strategy: 'fixed'`, flipping and shifting to stay on screen in narrow portal layouts, and
 * following scrolls and resizes while open).
 *
 * @tag amicable-term-popover
 * @summary A glossary term that explains itself in a popover, by keyboard, pointer or touch.
 *
 * @slot - Extra content at the end of the panel, such as a link to the creditor's help page.
 *
 * @csspart trigger - The button around the term.
 * @csspart term - The term's text inside the button.
 * @csspart icon - The small "i" after the term.
 * @csspart panel - The popover with the explanation.
 * @csspart panel-term - The term repeated as the panel's label.
 * @csspart explanation - The explanation.
 * @csspart close-button - The button that closes the panel.
 *
 * @cssproperty --amicable-color-accent - The icon.
 * @cssproperty --amicable-color-surface - Background of the panel.
 * @cssproperty --amicable-color-border - Border of the panel.
 * @cssproperty --amicable-color-text-muted - The close button.
 * @cssproperty --amicable-radius - Corner radius of the panel.
 * @cssproperty --amicable-space-3 - Vertical padding of the panel.
 * @cssproperty --amicable-space-4 - Horizontal padding of the panel.
 */
export class AmicableTermPopover extends AmicableElement {
  static override styles = [...baseStyles, termPopoverStyles];

  /** The term as it appears in the text, e.g. `Reminder fee (purregebyr)`. */
  @property() term = '';

  /** What the term means, in one or two plain sentences. Rendered as text, never as HTML. */
  @property() explanation = '';

  /**
   * The trigger's accessible name, e.g. `What does “purregebyr” mean?`. It should contain the term
   * (WCAG 2.5.3, label in name); when empty the term alone names the button.
   */
  @property() label = '';

  /** Accessible name of the close button in the panel. */
  @property({ attribute: 'close-label' }) closeLabel = 'Close';

  /** Where the panel prefers to sit (a @floating-ui/dom placement); unknown values give `bottom-start`. */
  @property({
    converter: { fromAttribute: (value: string | null) => parsePlacement(value) },
  })
  placement: Placement = 'bottom-start';

  /** Whether the explanation is showing. Reflected, so hosts can style `amicable-term-popover[open]`. */
  @property({ type: Boolean, reflect: true }) open = false;

  #stopPositioning: (() => void) | undefined;
  #fallbackListeners: AbortController | undefined;
  /** Focus was inside the panel as it closed: give it back to the trigger. */
  #focusWasInside = false;

  /** Show the explanation. */
  show(): void {
    this.open = true;
  }

  /** Hide the explanation. */
  hide(): void {
    this.open = false;
  }

  /** Show the explanation if hidden, hide it if showing. */
  toggle(): void {
    this.open = !this.open;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopFollowing();
    this.#fallbackListeners?.abort();
    this.#fallbackListeners = undefined;
    // A panel removed from the document is hidden by the browser; keep `open` truthful.
    this.open = false;
  }

  protected override render() {
    const native = supportsPopover();
    return html`<button
        class="trigger"
        part="trigger"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        aria-label=${this.label === '' ? nothing : this.label}
        popovertarget=${native ? 'panel' : nothing}
        @click=${native ? nothing : this.#handleFallbackTriggerClick}
      >
        <span class="term" part="term">${this.term}</span>
        <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="12" cy="12" r="9.5" />
          <path d="M12 11v6M12 7.5v.01" />
        </svg>
      </button>
      <div
        id="panel"
        class="panel"
        part="panel"
        role="region"
        aria-labelledby="panel-term"
        popover=${native ? 'auto' : nothing}
        ?hidden=${!native && !this.open}
        @beforetoggle=${this.#handleBeforeToggle}
        @toggle=${this.#handleToggle}
        @keydown=${native ? nothing : this.#handleFallbackKeydown}
      >
        <div class="panel-header">
          <p class="panel-term" part="panel-term" id="panel-term">${this.term}</p>
          <button class="close" part="close-button" type="button" aria-label=${this.closeLabel} @click=${this.#handleCloseClick}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
          </button>
        </div>
        <p class="explanation" part="explanation">${this.explanation}</p>
        <slot></slot>
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('open')) {
      return;
    }
    const panel = this.#panel();
    if (panel === null || !this.isConnected) {
      return;
    }
    if (supportsPopover()) {
      const showing = panel.matches(':popover-open');
      if (this.open && !showing) {
        showPopoverFrom(panel, this.#trigger());
      } else if (!this.open && showing) {
        panel.hidePopover();
      }
      return;
    }
    // Without the Popover API the `hidden` binding has already shown or hidden the panel.
    if (this.open) {
      this.#startFollowing();
      this.#listenForFallbackDismiss();
    } else {
      this.#fallbackListeners?.abort();
      this.#fallbackListeners = undefined;
      this.#stopFollowing();
      this.#returnFocusIfLost();
    }
  }

  #trigger(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.trigger');
  }

  #panel(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.panel');
  }

  #handleBeforeToggle(event: Event): void {
    if ((event as ToggleEvent).newState === 'closed') {
      // `toggle` fires later, after a click outside may already have moved focus on purpose.
      this.#focusWasInside = this.#focusIsInPanel();
    }
  }

  #handleToggle(event: Event): void {
    const opened = (event as ToggleEvent).newState === 'open';
    this.open = opened;
    if (opened) {
      this.#startFollowing();
    } else {
      this.#stopFollowing();
      this.#returnFocusIfLost();
    }
  }

  #handleCloseClick(): void {
    this.#focusWasInside = this.#focusIsInPanel();
    this.open = false;
  }

  #handleFallbackTriggerClick(): void {
    this.open = !this.open;
  }

  #handleFallbackKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.#focusWasInside = this.#focusIsInPanel();
      this.open = false;
    }
  }

  /** Without the Popover API: Escape anywhere and a pointer down outside close the panel. */
  #listenForFallbackDismiss(): void {
    this.#fallbackListeners?.abort();
    const listeners = new AbortController();
    this.#fallbackListeners = listeners;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.open) {
          this.#focusWasInside = this.#focusIsInPanel();
          this.open = false;
        }
      },
      { signal: listeners.signal },
    );
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (this.open && !event.composedPath().includes(this)) {
          this.open = false;
        }
      },
      { signal: listeners.signal, capture: true },
    );
  }

  #startFollowing(): void {
    const trigger = this.#trigger();
    const panel = this.#panel();
    // A `toggle` event queued before the element was removed arrives after disconnectedCallback:
    // following then would keep the detached element alive through autoUpdate's listeners.
    if (!this.isConnected || trigger === null || panel === null || this.#stopPositioning !== undefined) {
      return;
    }
    this.#stopPositioning = autoUpdate(trigger, panel, () => {
      void this.#position(trigger, panel);
    });
  }

  #stopFollowing(): void {
    this.#stopPositioning?.();
    this.#stopPositioning = undefined;
  }

  async #position(trigger: HTMLElement, panel: HTMLElement): Promise<void> {
    try {
      const { x, y } = await computePosition(trigger, panel, {
        strategy: 'fixed',
        platform: zoomAwarePlatform,
        placement: this.placement,
        middleware: [
          offset(6),
          flip({ padding: viewportPadding }),
          shift({ padding: viewportPadding }),
          size({
            padding: viewportPadding,
            apply({ availableWidth, availableHeight, elements }) {
              const zoom = cssZoomOf(elements.floating);
              // Narrow layouts: never wider than the room on screen (the stylesheet caps it at 22em).
              elements.floating.style.setProperty(
                '--_available-width',
                `${Math.floor(availableWidth / zoom)}px`,
              );
              // Short viewports (phones in landscape, 200 % zoom): scroll inside the panel.
              elements.floating.style.maxHeight = `${Math.max(96, Math.floor(availableHeight / zoom))}px`;
            },
          }),
        ],
      });
      if (this.open) {
        // Under CSS `zoom` on an ancestor, rectangles come back zoomed but `left`/`top` get zoomed again.
        const zoom = cssZoomOf(panel);
        panel.style.left = `${x / zoom}px`;
        panel.style.top = `${y / zoom}px`;
      }
    } catch (error) {
      // A panel in the wrong place is better than an exception in the host page.
      this.emitError(error);
    }
  }

  #focusIsInPanel(): boolean {
    const panel = this.#panel();
    const active = this.shadowRoot?.activeElement ?? null;
    return panel !== null && active !== null && panel.contains(active);
  }

  #returnFocusIfLost(): void {
    const wasInside = this.#focusWasInside;
    this.#focusWasInside = false;
    if (!wasInside) {
      return;
    }
    const active = this.shadowRoot?.activeElement ?? null;
    const lost =
      active === null ? isNowhere(document.activeElement) : this.#panel()?.contains(active) === true;
    if (lost) {
      this.#trigger()?.focus();
    }
  }
}

/** Open `panel` with `trigger` as its invoker where the browser takes one (so a click on it toggles). */
function showPopoverFrom(panel: HTMLElement, trigger: HTMLElement | null): void {
  const show = panel.showPopover as (options?: { source?: HTMLElement }) => void;
  try {
    show.call(panel, trigger === null ? undefined : { source: trigger });
  } catch {
    // Already showing, or not connected: nothing to do.
  }
}

/**
 * @floating-ui/dom measures the panel's own size in CSS pixels but the term's rectangle as drawn;
 * under CSS `zoom` on an ancestor (some portals zoom their layout) the two disagree. Measure the
 * panel as drawn too, so flip and shift see its real size.
 */
const zoomAwarePlatform: typeof platform = {
  ...platform,
  async getDimensions(element) {
    const dimensions = await platform.getDimensions(element);
    const zoom = cssZoomOf(element);
    return { width: dimensions.width * zoom, height: dimensions.height * zoom };
  },
};

/** The effective CSS `zoom` of `element` (1 where the browser does not report it). */
function cssZoomOf(element: Element): number {
  const zoom = (element as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

function isNowhere(element: Element | null): boolean {
  return element === null || element === document.body || element === document.documentElement;
}

function parsePlacement(value: string | null): Placement {
  return placements.find((placement) => placement === value) ?? 'bottom-start';
}

declare global {
  interface HTMLElementTagNameMap {
    'amicable-term-popover': AmicableTermPopover;
  }
}
