/**
 * `amicable.js`, the script-tag loader (an ES module):
 *
 * ```html
 * <script type="module" src="/sdk/amicable.js" data-api="/v1" data-token-url="/portal/amicable-token"></script>
 * ```
 *
 * Small on purpose: it configures the SDK from its `data-*` attributes, exposes
 * `window.Amicable`, and loads an element's code only when that element appears in the page.
 */
import { configureFromScript, defineWhenUsed, exposeGlobal, findScriptByUrl } from './script-tag';

// A module script has no `document.currentScript`; its own URL identifies the tag instead.
configureFromScript(findScriptByUrl(import.meta.url));
exposeGlobal();
defineWhenUsed(document);
