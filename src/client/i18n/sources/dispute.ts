import type { CopySource } from '../parts';

/** The dispute form's copy, in each locale, loaded when an element asks for it. */
export const disputeCopy: CopySource<'dispute'> = {
  part: 'dispute',
  load: {
    en: () => import('../en/dispute'),
    nb: () => import('../nb/dispute'),
    nl: () => import('../nl/dispute'),
    de: () => import('../de/dispute'),
  },
};
