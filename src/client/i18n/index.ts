/** Locale negotiation, message catalogs and formatting for the Amicable elements. */
export {
  bannerCopy,
  chargeReason,
  getMessages,
  isGlossaryKey,
  loadMessages,
  resolveLegalBasis,
} from './catalog';
export { en } from './en';
export {
  type DateStyle,
  daysFrom,
  formatDate,
  formatFileSize,
  formatNumber,
  formatPercent,
  formatRelativeDate,
  formatRelativeDays,
  negotiateLocale,
  parseCalendarDate,
} from './format';
export {
  type BannerCopy,
  type BannerMessage,
  type BannerParams,
  type BannerToneSet,
  type ChargeParams,
  GLOSSARY_KEYS,
  type GlossaryEntry,
  type GlossaryKey,
  LEGAL_BASIS_ALIASES,
  type Messages,
  type NextStepCopy,
  type NextStepParams,
  type NoticeStage,
  type PluralForms,
  plural,
  SUPPORTED_LOCALES,
  type SupportedLocale,
  type TimelineKind,
  type TimelineParams,
} from './messages';
