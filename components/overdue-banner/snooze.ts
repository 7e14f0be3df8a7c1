/**
 * "Remind me later", remembered in `localStorage` per customer: until when, and for which notice
 * (the notice's `key`: its stage, or the stage and pause reason, or a declined plan's id and the
 * stage). A snooze holds only while the banner would show that same notice, so it comes back early
 * when the stage moves on (a reminder became a final notice), and a different notice (news of a
 * declined plan, then the stage's own notice once that news is old) is never hidden by it. Nothing
 * here is a secret: the customer id, a stage name and a plan id, which the portal's page can see.
 *
 * Storage can be missing or refuse access (privacy modes, sandboxed frames, a full quota); then the
 * snooze lasts as long as the page, never longer, and nothing throws.
 */

/** The default snooze, in hours (the `snooze-hours` attribute overrides it). */
export const defaultSnoozeHours = 72;

const keyPrefix = 'amicable.snooze.';

interface SnoozeRecord {
  stage: string;
  /** ISO 8601 instant. */
  until: string;
}

// When storage is unavailable the snooze still holds for the rest of the page's life.
const inMemory = new Map<string, SnoozeRecord>();

/**
 * `snooze-hours` parsed leniently: a positive number of hours (fractions allowed), anything else
 * (missing, empty, zero, negative, not a number) gives the default.
 */
export function parseSnoozeHours(value: string | null | undefined): number {
  if (value === null || value === undefined || value.trim() === '') {
    return defaultSnoozeHours;
  }
  const hours = Number(value);
  return Number.isFinite(hours) && hours > 0 ? hours : defaultSnoozeHours;
}

/** Remember that `customerId` snoozed the notice for `stage` until `now + hours`; returns that instant. */
export function snooze(customerId: string, stage: string, hours: number, now: Date = new Date()): Date {
  const until = new Date(now.getTime() + hours * 3_600_000);
  const record: SnoozeRecord = { stage, until: until.toISOString() };
  inMemory.set(customerId, record);
  try {
    localStorage.setItem(keyPrefix + customerId, JSON.stringify(record));
  } catch {
    // Kept in memory above.
  }
  return until;
}

/** When the notice for `customerId` in `stage` is snoozed until, or `undefined` when it is not. */
export function snoozedUntil(customerId: string, stage: string, now: Date = new Date()): Date | undefined {
  const record = read(customerId);
  if (record === undefined || record.stage !== stage) {
    return undefined;
  }
  const until = new Date(record.until);
  return until.getTime() > now.getTime() ? until : undefined;
}

/** Forget any snooze of `customerId`. */
export function clearSnooze(customerId: string): void {
  inMemory.delete(customerId);
  try {
    localStorage.removeItem(keyPrefix + customerId);
  } catch {
    // Nothing stored, then.
  }
}

function read(customerId: string): SnoozeRecord | undefined {
  try {
    const stored = localStorage.getItem(keyPrefix + customerId);
    if (stored !== null) {
      const value: unknown = JSON.parse(stored);
      if (isRecord(value)) {
        return value;
      }
    }
  } catch {
    // Unreadable or unavailable: fall back to this page's memory.
  }
  return inMemory.get(customerId);
}

function isRecord(value: unknown): value is SnoozeRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SnoozeRecord).stage === 'string' &&
    typeof (value as SnoozeRecord).until === 'string'
  );
}
