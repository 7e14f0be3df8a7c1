/**
 * `chunks/warm-up-<hash>.js`: the dedicated worker the script-tag loader starts beside the page
 * (`startWarmUpWorker` in `preload.ts`). It loads ICU's formatting data for the locale it is sent
 * (see `warmUpFormatting`) on its own thread, while the main thread runs the SDK's code, then
 * closes. A classic script with no imports: `scripts/build.mjs` builds it on its own.
 */
import { warmUpFormatting } from './intl-warm-up';

addEventListener(
  'message',
  (event: MessageEvent<unknown>) => {
    warmUpFormatting(typeof event.data === 'string' ? event.data : undefined);
    close();
  },
  { once: true },
);
