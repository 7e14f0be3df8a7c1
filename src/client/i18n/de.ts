import { copy as banner } from './de/banner';
import { copy as common } from './de/common';
import { copy as dispute } from './de/dispute';
import { copy as explainer } from './de/explainer';
import { copy as payNow } from './de/pay-now';
import { copy as plan } from './de/plan';
import { copy as validation } from './de/validation';
import type { Messages } from './messages';

/**
 * The whole German catalog. Elements load only the parts they render (`de/*.ts`, see
 * `parts.ts`); this assembles them for code that wants every message at once.
 */
export const de: Messages = {
  ...common,
  ...banner,
  ...explainer,
  ...payNow,
  ...plan,
  ...dispute,
  ...validation,
};
