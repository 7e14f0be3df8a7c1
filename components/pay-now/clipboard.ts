/**
 * Copies `text`: through the asynchronous Clipboard API where the page may use it, else through
 * the older `execCommand('copy')` on a hidden text area (insecure origins, permission policies,
 * older WebViews). Resolves `false` when neither worked, so the caller can say so instead of
 * claiming "Copied". `scratch` is where the text area briefly lives (the element's shadow root,
 * so the host page never sees it).
 */
export async function copyText(text: string, scratch: ParentNode & Node): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the fallback below.
  }
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') {
    return false;
  }
  const previousFocus = (scratch.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // Off-screen but rendered: a `display: none` text area cannot be selected.
  area.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:-9999px;opacity:0;';
  scratch.appendChild(area);
  let copied = false;
  try {
    area.select();
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    previousFocus?.focus();
  }
  return copied;
}
