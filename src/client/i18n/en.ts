import { copy as banner } from './en/banner';
import { copy as common } from './en/common';
import { copy as dispute } from './en/dispute';
import { copy as explainer } from './en/explainer';
import { copy as payNow } from './en/pay-now';
import { copy as plan } from './en/plan';
import { copy as validation } from './en/validation';
import type { Messages } from './messages';

/**
 * The whole English catalog. Elements load only the parts they render (`en/*.ts`, see
 * `parts.ts`); this assembles them for code that wants every message at once.
 */
export const en: Messages = {
  ...common,
  ...banner,
  ...explainer,
  ...payNow,
  ...plan,
  ...dispute,
  ...validation,
};
