import type { Messages } from './messages';
import { copy as banner } from './nb/banner';
import { copy as common } from './nb/common';
import { copy as dispute } from './nb/dispute';
import { copy as explainer } from './nb/explainer';
import { copy as payNow } from './nb/pay-now';
import { copy as plan } from './nb/plan';
import { copy as validation } from './nb/validation';

/**
 * The whole Norwegian Bokmål catalog. Elements load only the parts they render (`nb/*.ts`, see
 * `parts.ts`); this assembles them for code that wants every message at once.
 */
export const nb: Messages = {
  ...common,
  ...banner,
  ...explainer,
  ...payNow,
  ...plan,
  ...dispute,
  ...validation,
};
