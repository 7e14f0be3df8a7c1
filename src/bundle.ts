/**
 * `amicable.bundle.js`: the loader's behaviour in one classic script with every element
 * included, for hosts that want a single file and no module scripts.
 *
 * ```html
 * <script src="/sdk/amicable.bundle.js" data-api="/v1" data-token-url="/portal/amicable-token"></script>
 * ```
 */
import { configureFromScript, defineAll, exposeGlobal } from './script-tag';

// Read while this classic script runs: `currentScript` is null afterwards.
configureFromScript(document.currentScript instanceof HTMLScriptElement ? document.currentScript : null);
exposeGlobal();
defineAll();
