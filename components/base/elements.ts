/**
 * Every element the SDK ships, by folder name under `components/`, in one place. The build
 * makes one npm entry per name, the script-tag loader one lazily loaded chunk per name, and
 * the classic-script bundle includes them all. Names whose `define.ts` does not exist yet are
 * skipped, so an element can be listed before it is written.
 */
export const elementNames = [
  'overdue-banner',
  'invoice-explainer',
  'pay-now',
  'instalment-proposer',
  'dispute-form',
] as const;

/** The folder name of a shipped element, e.g. `overdue-banner`. */
export type ElementName = (typeof elementNames)[number];

/** The custom-element tag of a shipped element, e.g. `amicable-overdue-banner`. */
export type ElementTag = `amicable-${ElementName}`;

/** The tag an element registers, e.g. `overdue-banner` → `amicable-overdue-banner`. */
export function tagNameOf(name: ElementName): ElementTag {
  return `amicable-${name}`;
}
