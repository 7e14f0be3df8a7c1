import type { CopySource } from '../parts';

/** The invoice explainer's copy, with next steps, charges and the glossary, in each locale, loaded when an element asks for it. */
export const explainerCopy: CopySource<'explainer'> = {
  part: 'explainer',
  load: {
    en: () => import('../en/explainer'),
    nb: () => import('../nb/explainer'),
    nl: () => import('../nl/explainer'),
    de: () => import('../de/explainer'),
  },
};
