/**
 * Wait until every running animation in the page, shadow roots included, has finished. The
 * elements fade in; an axe audit in mid-fade measures half-transparent text and reports contrast
 * that no reader ever sees.
 */
export async function animationsFinished(): Promise<void> {
  const roots: (Document | ShadowRoot)[] = [document];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot !== null) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);
  const animations = roots.flatMap((root) => root.getAnimations());
  await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
}
