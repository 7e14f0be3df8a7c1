/**
 * Register `elementClass` as `tag` unless that tag is taken already. Two copies of the SDK in one
 * page (the script-tag build next to an npm build, or a module loaded twice under different
 * URLs) must not throw `NotSupportedError` into the host page; the first definition wins.
 */
export function define(tag: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag) !== undefined) {
    return;
  }
  customElements.define(tag, elementClass);
}
