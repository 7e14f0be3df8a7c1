import type { CopySource } from '../parts';

/** The overdue banner's copy, in each locale, loaded when an element asks for it. */
export const bannerCopy: CopySource<'banner'> = {
  part: 'banner',
  load: {
    en: () => import('../en/banner'),
    nb: () => import('../nb/banner'),
    nl: () => import('../nl/banner'),
    de: () => import('../de/banner'),
  },
};
