/**
 * Custom Elements Manifest (`custom-elements.json`, shipped in the package): every element's
 * attributes, properties, events, `::part()` names and `--amicable-*` custom properties, read from
 * the classes' JSDoc. `npm run build` runs `cem analyze --litelement` with this file.
 */

/**
 * Tidy what the analyzer infers on its own: it lists `#private` members, and for
 * `dispatchEvent(new AmicableXEvent(detail))` it cannot see the event's name (a static of the
 * event class) and records nameless or misnamed events. Our events are documented with `@event`
 * on each class, so only `amicable-*` events stay.
 */
function tidy() {
  return {
    name: 'amicable-tidy',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => !member.name.startsWith('#') && member.privacy !== 'private',
            );
          }
          if (declaration.events) {
            const seen = new Set();
            declaration.events = declaration.events.filter((event) => {
              if (!event.name?.startsWith('amicable-') || seen.has(event.name)) return false;
              seen.add(event.name);
              return true;
            });
          }
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts', 'components/**/define.ts', 'components/base/define-element.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [tidy()],
};
