/**
 * How an element asks for another element's code: the banner opens `<amicable-pay-now>` in a
 * dialog and needs it defined. The script-tag loader installs a loader here; in the classic bundle
 * every element is defined already, and from npm the host imports the elements it uses.
 */

/** Loads the code of the element registered as `tag`; resolves once it is defined or unknown. */
export type ElementLoader = (tag: string) => Promise<unknown>;

let installed: ElementLoader | undefined;

/** Install the function that loads an element's code by tag (the script-tag loader does this). */
export function setElementLoader(loader: ElementLoader): void {
  installed = loader;
}

/**
 * Make sure `tag` gets defined if this SDK build can define it. Never rejects: a chunk that fails
 * to load leaves the element un-upgraded (the loader warns), and the host page carries on.
 */
export function requestElement(tag: string): Promise<void> {
  if (
    typeof customElements === 'undefined' ||
    customElements.get(tag) !== undefined ||
    installed === undefined
  ) {
    return Promise.resolve();
  }
  return installed(tag).then(
    () => undefined,
    () => undefined,
  );
}
