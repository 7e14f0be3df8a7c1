import { messageOverrideIssues } from '../../contract/message-keys';
import type { PlanPolicy } from '../../contract/plan';
import type { ReferenceScheme } from '../../contract/primitives';
import type {
  ReminderSchedule,
  ReminderScheduleInput,
  Settings,
  SettingsUpsert,
} from '../../contract/settings';
import type {
  AssessmentSettings,
  Country,
  CustomerKind,
  ReminderSchedule as DomainSchedule,
} from '../../domain';
import { DEFAULT_GRACE_DAYS, DEFAULT_REVIEW_DAYS, resolveSchedule, toneFor } from '../../domain';
import { deepFreeze } from '../db/read-cache';
import type { CreditorsTable, Queryable } from '../db/schema';
import { ProblemError, problems } from '../problem';
import type { WriteContext } from '../timeline';

/** The creditor as stored: what it sent, and the settings in force with every default filled in. */
export interface CreditorSettings {
  input: SettingsUpsert;
  settings: Settings;
}

const DEFAULT_REFERENCE_SCHEME: Partial<Record<Country, ReferenceScheme>> = { NO: 'kid', NL: 'nl' };

/** Smallest instalment when the creditor sets none: 200 kr in the Nordics, 25 of the currency elsewhere. */
function defaultMinInstalment(currency: string): number {
  return ['NOK', 'SEK', 'DKK'].includes(currency) ? 20_000 : 2_500;
}

export const DEFAULT_PROMISE_MAX_DAYS = 14;
export const DEFAULT_DISPUTE_RESPONSE_DAYS = 14;
export const DEFAULT_PLAN_FIRST_DUE_DAYS = 30;

/** The contract's schedule fields ↔ the domain's. */
export function toDomainSchedule(input: ReminderScheduleInput | undefined): Partial<DomainSchedule> {
  const schedule: { -readonly [K in keyof DomainSchedule]?: number } = {};
  if (!input) return schedule;
  if (input.upcomingDaysBefore !== undefined) schedule.upcomingDays = input.upcomingDaysBefore;
  if (input.reminderAfterDays !== undefined) schedule.reminder = input.reminderAfterDays;
  if (input.firmAfterDays !== undefined) schedule.firm = input.firmAfterDays;
  if (input.finalAfterDays !== undefined) schedule.final = input.finalAfterDays;
  if (input.collectionAfterDays !== undefined) schedule.collection = input.collectionAfterDays;
  if (input.finalNoticeDays !== undefined) schedule.daysToPay = input.finalNoticeDays;
  return schedule;
}

function fromDomainSchedule(schedule: DomainSchedule): ReminderSchedule {
  return {
    upcomingDaysBefore: schedule.upcomingDays,
    reminderAfterDays: schedule.reminder,
    firmAfterDays: schedule.firm,
    finalAfterDays: schedule.final,
    collectionAfterDays: schedule.collection,
    finalNoticeDays: schedule.daysToPay,
  };
}

/**
 * The settings in force: the creditor's document with the country's defaults for what it left
 * out. The schedule shown is the one for consumers; business customers get their country's own
 * collection gap when the creditor sets none (see `assessmentSettings`).
 * @throws ProblemError 422 when the schedule contradicts itself once defaults are filled in.
 */
export function resolveSettings(input: SettingsUpsert, updatedAt: string): Settings {
  let schedule: DomainSchedule;
  try {
    schedule = resolveSchedule(input.country, 'consumer', toDomainSchedule(input.reminderSchedule));
  } catch (error) {
    throw new ProblemError(422, 'unprocessable', {
      detail: `The reminder schedule does not work with the defaults for what it leaves out: ${
        error instanceof Error ? error.message : String(error)
      }`,
      errors: [{ path: 'reminderSchedule', message: 'Give every stage a later day than the one before' }],
    });
  }
  const policyInput = input.planPolicy;
  const planPolicy: PlanPolicy = {
    minInstalment: policyInput?.minInstalment ?? {
      amount: defaultMinInstalment(input.currency),
      currency: input.currency,
    },
    maxCount: policyInput?.maxCount ?? 6,
    maxMonths: policyInput?.maxMonths ?? 6,
    maxFirstDueDays: policyInput?.maxFirstDueDays ?? DEFAULT_PLAN_FIRST_DUE_DAYS,
    allowBiweekly: policyInput?.allowBiweekly ?? false,
    ...(policyInput?.fee ? { fee: policyInput.fee } : {}),
    // Not settable yet: the domain's defaults, stated so the customer sees them.
    graceDays: DEFAULT_GRACE_DAYS,
    reviewDays: DEFAULT_REVIEW_DAYS,
  };
  const referenceScheme = input.referenceScheme ?? DEFAULT_REFERENCE_SCHEME[input.country] ?? 'rf';
  const settings: Settings = {
    name: input.name,
    country: input.country,
    currency: input.currency,
    locale: input.locale,
    tone: toneFor(input.country, input.tone, input.locale),
    bankAccount: { ...input.bankAccount, holder: input.bankAccount.holder ?? input.name },
    referenceScheme,
    planPolicy,
    promisePolicy: { maxDays: input.promisePolicy?.maxDays ?? DEFAULT_PROMISE_MAX_DAYS },
    reminderSchedule: fromDomainSchedule(schedule),
    disputeResponseDays: input.disputeResponseDays ?? DEFAULT_DISPUTE_RESPONSE_DAYS,
    allowPartialPayments: input.allowPartialPayments ?? false,
    updatedAt,
  };
  if (referenceScheme === 'kid') settings.kidAlgorithm = input.kidAlgorithm ?? 'mod10';
  if (input.contact) settings.contact = input.contact;
  if (input.messages) settings.messages = input.messages;
  return settings;
}

/** What the stage engine reads from the creditor's settings. */
export function assessmentSettings(creditor: CreditorSettings): AssessmentSettings {
  return { country: creditor.input.country, schedule: toDomainSchedule(creditor.input.reminderSchedule) };
}

/** The schedule in force for one kind of customer. */
export function scheduleFor(creditor: CreditorSettings, kind: CustomerKind): DomainSchedule {
  return resolveSchedule(creditor.input.country, kind, toDomainSchedule(creditor.input.reminderSchedule));
}

// The settings resolved from each stored document lately, by the time it was stored. One
// deployment serves one creditor whose settings rarely change, and every customer read starts
// from them: resolving them once (and freezing the result, which the read cache would do anyway)
// spares every read the work.
const resolvedSettings = new Map<string, { document: string; settings: CreditorSettings }>();
const RESOLVED_SETTINGS_KEPT = 16;

/**
 * The settings a stored creditor row says. The same document and time give the same settings,
 * so the result is shared, deeply frozen: callers read it, never change it.
 */
export function settingsFromRow(row: Pick<CreditorsTable, 'settings_json' | 'updated_at'>): CreditorSettings {
  const known = resolvedSettings.get(row.updated_at);
  if (known?.document === row.settings_json) return known.settings;
  const input = JSON.parse(row.settings_json) as SettingsUpsert;
  const settings = deepFreeze({ input, settings: resolveSettings(input, row.updated_at) });
  if (resolvedSettings.size >= RESOLVED_SETTINGS_KEPT) resolvedSettings.clear();
  resolvedSettings.set(row.updated_at, { document: row.settings_json, settings });
  return settings;
}

export async function readSettings(db: Queryable, creditorId: string): Promise<CreditorSettings | undefined> {
  const row = await db.selectFrom('creditors').selectAll().where('id', '=', creditorId).executeTakeFirst();
  return row ? settingsFromRow(row) : undefined;
}

/** The 409 for a creditor whose back office has not set the settings yet. */
export function settingsMissing(): ProblemError {
  return new ProblemError(409, 'conflict', {
    detail: "The creditor's settings are not set yet: PUT /v1/admin/settings first",
  });
}

/** The creditor's settings, or 409 when the back office has not set them yet. */
export async function requireSettings(db: Queryable, creditorId: string): Promise<CreditorSettings> {
  const settings = await readSettings(db, creditorId);
  if (!settings) throw settingsMissing();
  return settings;
}

/**
 * Refuses overrides of the copy that name a locale, key or placeholder the elements do not have,
 * or whose text is empty or too long: a 422 naming every bad entry, before anything is written.
 */
function checkMessageOverrides(input: SettingsUpsert): void {
  if (input.messages === undefined) return;
  const issues = messageOverrideIssues(input.messages);
  if (issues.length === 0) return;
  throw problems.unprocessable(
    `${issues.length} of the creditor's own messages cannot be used: see errors`,
    issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

/** Creates or replaces the creditor's settings. The same document twice leaves one unchanged record. */
export async function upsertSettings(tx: WriteContext, input: SettingsUpsert): Promise<Settings> {
  checkMessageOverrides(input);
  const existing = await tx.trx
    .selectFrom('creditors')
    .select(['settings_json', 'updated_at'])
    .where('id', '=', tx.creditorId)
    .executeTakeFirst();
  const document = JSON.stringify(input);
  if (existing && existing.settings_json === document) return resolveSettings(input, existing.updated_at);
  const now = tx.now.toISOString();
  // Validate the schedule before writing anything.
  const settings = resolveSettings(input, now);
  await tx.trx
    .insertInto('creditors')
    .values({
      id: tx.creditorId,
      name: input.name,
      country: input.country,
      currency: input.currency,
      locale: input.locale,
      settings_json: document,
      created_at: now,
      updated_at: now,
    })
    .onConflict((conflict) =>
      conflict.column('id').doUpdateSet({
        name: input.name,
        country: input.country,
        currency: input.currency,
        locale: input.locale,
        settings_json: document,
        updated_at: now,
      }),
    )
    .execute();
  return settings;
}
