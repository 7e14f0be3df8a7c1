import type { CopySource } from '../parts';

/** The copy of paying now (the explainer and the proposer reuse its bank-transfer words), in each locale, loaded when an element asks for it. */
export const payNowCopy: CopySource<'payNow'> = {
  part: 'payNow',
  load: {
    en: () => import('../en/pay-now'),
    nb: () => import('../nb/pay-now'),
    nl: () => import('../nl/pay-now'),
    de: () => import('../de/pay-now'),
  },
};
