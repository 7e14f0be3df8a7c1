import type { Messages } from './messages';
import { copy as banner } from './nl/banner';
import { copy as common } from './nl/common';
import { copy as dispute } from './nl/dispute';
import { copy as explainer } from './nl/explainer';
import { copy as payNow } from './nl/pay-now';
import { copy as plan } from './nl/plan';
import { copy as validation } from './nl/validation';

/**
 * The whole Dutch catalog. Elements load only the parts they render (`nl/*.ts`, see
 * `parts.ts`); this assembles them for code that wants every message at once.
 */
export const nl: Messages = {
  ...common,
  ...banner,
  ...explainer,
  ...payNow,
  ...plan,
  ...dispute,
  ...validation,
};
