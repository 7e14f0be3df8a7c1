import type { CopySource } from '../parts';

/** The forms' field errors, in each locale, loaded when an element asks for it. */
export const validationCopy: CopySource<'validation'> = {
  part: 'validation',
  load: {
    en: () => import('../en/validation'),
    nb: () => import('../nb/validation'),
    nl: () => import('../nl/validation'),
    de: () => import('../de/validation'),
  },
};
