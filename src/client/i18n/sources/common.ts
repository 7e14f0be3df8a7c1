import type { CopySource } from '../parts';

/** The words every element uses, in each locale, loaded when an element asks for it. */
export const commonCopy: CopySource<'common'> = {
  part: 'common',
  load: {
    en: () => import('../en/common'),
    nb: () => import('../nb/common'),
    nl: () => import('../nl/common'),
    de: () => import('../de/common'),
  },
};
