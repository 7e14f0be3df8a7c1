/**
 * The first `Intl` formatter of a renderer loads ICU's data for money, dates and plurals, which in
 * a fresh renderer takes as long as a round trip to the API, or longer (60–180 ms measured on a
 * quiet machine). ICU keeps that data for the whole process, so whichever thread asks first pays,
 * and every later formatter, on any thread, in any locale and currency, is ready within a
 * millisecond. Nothing is kept here: the elements make their own formatters.
 *
 * Shared by the loader's main-thread warm-up and its worker (`src/warm-up-worker.ts`), which are
 * built apart, so each carries its own copy of these lines.
 */
export function warmUpFormatting(locale: string | undefined): void {
  const tag = locale ?? 'en';
  try {
    new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(0);
    new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    new Intl.PluralRules(tag).select(1);
  } catch {
    // An unknown locale: the elements fall back to English themselves.
  }
}
