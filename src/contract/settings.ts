import * as z from 'zod/mini';
import { BankAccount } from './invoice';
import { currencyMismatches, NonNegativeMoney, PositiveMoney } from './money';
import { PlanPolicy } from './plan';
import {
  CountryCode,
  CurrencyCode,
  Email,
  KidAlgorithm,
  Label,
  Locale,
  ReferenceScheme,
  Timestamp,
  Tone,
} from './primitives';

/** ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
function isValidIban(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = Number.parseInt(char, 36).toString();
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The creditor's bank account: a domestic account number, or an IBAN (with BIC where needed). */
export const BankAccountInput = z
  .strictObject({
    accountNumber: z.optional(
      z.string().check(z.regex(/^[0-9][0-9 .-]{3,33}$/, 'Use the account number in digits')),
    ),
    iban: z.optional(
      z
        .string()
        .check(
          z.regex(/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/, 'Use the IBAN in capitals without spaces'),
          z.refine(isValidIban, 'This IBAN has a wrong check number'),
        ),
    ),
    bic: z.optional(
      z.string().check(z.regex(/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/, 'Use an 8 or 11 character BIC')),
    ),
    /** Account holder as the bank knows it; defaults to the creditor's name. */
    holder: z.optional(Label),
  })
  .check(
    z.refine((account) => account.accountNumber !== undefined || account.iban !== undefined, {
      message: 'Give an accountNumber or an iban',
      path: ['accountNumber'],
    }),
  );
export type BankAccountInput = z.infer<typeof BankAccountInput>;

/** The creditor's instalment policy; defaults fill what is left out. */
export const PlanPolicyInput = z.strictObject({
  minInstalment: PositiveMoney,
  maxCount: z.int().check(z.gte(1), z.lte(120)),
  maxMonths: z.int().check(z.gte(1), z.lte(120)),
  maxFirstDueDays: z.optional(z.int().check(z.gte(0), z.lte(365))),
  fee: z.optional(NonNegativeMoney),
  allowBiweekly: z.optional(z.boolean()),
});
export type PlanPolicyInput = z.infer<typeof PlanPolicyInput>;

const promisePolicyShape = { maxDays: z.int().check(z.gte(1), z.lte(90)) };

/** How far ahead a customer may promise to pay. */
export const PromisePolicyInput = z.strictObject(promisePolicyShape);
export type PromisePolicyInput = z.infer<typeof PromisePolicyInput>;

/** How far ahead a customer may promise to pay, as stored. */
export const PromisePolicy = z.object(promisePolicyShape);
export type PromisePolicy = z.infer<typeof PromisePolicy>;

const reminderScheduleShape = {
  /** The courtesy `upcoming` notice shows this many days before the due date (0: none). */
  upcomingDaysBefore: z.int().check(z.gte(0), z.lte(60)),
  reminderAfterDays: z.int().check(z.gte(0), z.lte(365)),
  firmAfterDays: z.int().check(z.gte(0), z.lte(365)),
  finalAfterDays: z.int().check(z.gte(0), z.lte(365)),
  collectionAfterDays: z.int().check(z.gte(0), z.lte(730)),
  /** Days the final notice gives to pay (the law asks at least 14 in Norway and the Netherlands). */
  finalNoticeDays: z.int().check(z.gte(1), z.lte(90)),
};

type ScheduleDays = Partial<Record<keyof typeof reminderScheduleShape, number>>;
const escalation = ['reminderAfterDays', 'firmAfterDays', 'finalAfterDays', 'collectionAfterDays'] as const;

/** Stages escalate in order: each threshold must come after the one before. */
const stagesInOrder = z.superRefine<ScheduleDays>((schedule, ctx) => {
  for (let index = 1; index < escalation.length; index++) {
    const key = escalation[index]!;
    const earlier = escalation[index - 1]!;
    const days = schedule[key];
    const before = schedule[earlier];
    if (days !== undefined && before !== undefined && days <= before) {
      ctx.addIssue({
        code: 'custom',
        message: `Make ${key} later than ${earlier}`,
        path: [key],
        input: days,
      });
    }
  }
});

/** Days after the due date at which each stage begins; left-out values take the country's defaults. */
export const ReminderScheduleInput = z
  .strictObject({
    upcomingDaysBefore: z.optional(reminderScheduleShape.upcomingDaysBefore),
    reminderAfterDays: z.optional(reminderScheduleShape.reminderAfterDays),
    firmAfterDays: z.optional(reminderScheduleShape.firmAfterDays),
    finalAfterDays: z.optional(reminderScheduleShape.finalAfterDays),
    collectionAfterDays: z.optional(reminderScheduleShape.collectionAfterDays),
    finalNoticeDays: z.optional(reminderScheduleShape.finalNoticeDays),
  })
  .check(stagesInOrder);
export type ReminderScheduleInput = z.infer<typeof ReminderScheduleInput>;

/** The reminder schedule in force, defaults applied. */
export const ReminderSchedule = z.object(reminderScheduleShape);
export type ReminderSchedule = z.infer<typeof ReminderSchedule>;

const creditorContactShape = {
  email: z.optional(Email),
  phone: z.optional(
    z.string().check(z.regex(/^\+?[0-9 ()-]{4,32}$/, 'Use a phone number such as +47 22 00 00 00')),
  ),
  /** The creditor's help page, http(s) only (it becomes a link). */
  url: z.optional(z.httpUrl()),
};

/** How customers reach the creditor. */
export const CreditorContactInput = z.strictObject(creditorContactShape);
export type CreditorContactInput = z.infer<typeof CreditorContactInput>;

/** How customers reach the creditor, as stored. */
export const CreditorContact = z.object(creditorContactShape);
export type CreditorContact = z.infer<typeof CreditorContact>;

/**
 * The creditor's own wording of the elements' copy: locale (`en`, `nb`, `nl`, `de`) → message key
 * (`banner.reminder.direct.formal.heading`) → plain text, which may use the message's parameters as
 * `{name}` placeholders. Only the shape is checked here; which locales, keys and placeholders exist
 * is the table of `./message-keys` (`messageOverrideIssues`), which the server applies with a 422
 * naming each bad entry.
 */
export const MessageOverrides = z.record(z.string(), z.record(z.string(), z.string()));
export type MessageOverrides = z.infer<typeof MessageOverrides>;

/** `PUT /v1/admin/settings` body: the creditor. Every amount is in the creditor's `currency`. */
export const SettingsUpsert = z
  .strictObject({
    name: Label,
    country: CountryCode,
    currency: CurrencyCode,
    locale: Locale,
    /** Defaults from the country: direct in Northern Europe, formal where that is the norm. */
    tone: z.optional(Tone),
    bankAccount: BankAccountInput,
    /** Defaults from the country: `kid` in Norway, `nl` in the Netherlands, `rf` elsewhere. */
    referenceScheme: z.optional(ReferenceScheme),
    kidAlgorithm: z.optional(KidAlgorithm),
    planPolicy: z.optional(PlanPolicyInput),
    promisePolicy: z.optional(PromisePolicyInput),
    reminderSchedule: z.optional(ReminderScheduleInput),
    /** Days the creditor takes to answer a dispute. */
    disputeResponseDays: z.optional(z.int().check(z.gte(1), z.lte(90))),
    allowPartialPayments: z.optional(z.boolean()),
    contact: z.optional(CreditorContactInput),
    messages: z.optional(MessageOverrides),
  })
  .check(
    z.superRefine((settings, ctx) => {
      const policy = settings.planPolicy;
      for (const path of currencyMismatches(settings.currency, [
        { path: ['planPolicy', 'minInstalment'], money: policy?.minInstalment },
        { path: ['planPolicy', 'fee'], money: policy?.fee },
      ])) {
        ctx.addIssue({
          code: 'custom',
          message: `Use the creditor's currency ${settings.currency}`,
          path,
          input: null,
        });
      }
      if (
        settings.kidAlgorithm !== undefined &&
        settings.referenceScheme !== undefined &&
        settings.referenceScheme !== 'kid'
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'kidAlgorithm applies only to the kid reference scheme',
          path: ['kidAlgorithm'],
          input: settings.kidAlgorithm,
        });
      }
    }),
  );
export type SettingsUpsert = z.infer<typeof SettingsUpsert>;

/** The creditor's settings in force, with every default filled in. */
export const Settings = z.object({
  name: z.string(),
  country: CountryCode,
  currency: CurrencyCode,
  locale: Locale,
  tone: Tone,
  bankAccount: BankAccount,
  referenceScheme: ReferenceScheme,
  kidAlgorithm: z.optional(KidAlgorithm),
  planPolicy: PlanPolicy,
  promisePolicy: PromisePolicy,
  reminderSchedule: ReminderSchedule,
  disputeResponseDays: z.int(),
  allowPartialPayments: z.boolean(),
  contact: z.optional(CreditorContact),
  messages: z.optional(MessageOverrides),
  updatedAt: Timestamp,
});
export type Settings = z.infer<typeof Settings>;
