import type { CopySource } from '../parts';

/** The instalment proposer's copy, in each locale, loaded when an element asks for it. */
export const planCopy: CopySource<'plan'> = {
  part: 'plan',
  load: {
    en: () => import('../en/plan'),
    nb: () => import('../nb/plan'),
    nl: () => import('../nl/plan'),
    de: () => import('../de/plan'),
  },
};
