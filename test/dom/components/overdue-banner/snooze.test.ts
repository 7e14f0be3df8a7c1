import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearSnooze,
  defaultSnoozeHours,
  parseSnoozeHours,
  snooze,
  snoozedUntil,
} from '../../../../components/overdue-banner/snooze';

const now = new Date('2026-11-23T10:00:00Z');
const hours = (count: number) => count * 3_600_000;

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('parseSnoozeHours', () => {
  it('takes positive numbers of hours, fractions included', () => {
    expect(parseSnoozeHours('24')).toBe(24);
    expect(parseSnoozeHours(' 1.5 ')).toBe(1.5);
  });

  it('falls back to 72 for anything else, never throwing', () => {
    expect(defaultSnoozeHours).toBe(72);
    for (const value of [null, undefined, '', '  ', 'soon', '0', '-3', 'Infinity', 'NaN', '1e400']) {
      expect(parseSnoozeHours(value), String(value)).toBe(72);
    }
  });
});

describe('snooze', () => {
  it('hides the notice for the stage it was given for, until the time runs out', () => {
    const until = snooze('cust-1', 'reminder', 24, now);
    expect(until.getTime() - now.getTime()).toBe(hours(24));
    expect(snoozedUntil('cust-1', 'reminder', now)).toEqual(until);
    expect(snoozedUntil('cust-1', 'reminder', new Date(now.getTime() + hours(23)))).toEqual(until);
    expect(snoozedUntil('cust-1', 'reminder', new Date(now.getTime() + hours(24)))).toBeUndefined();
  });

  it('does not hold for another stage (the notice comes back when the stage moves on)', () => {
    snooze('cust-1', 'reminder', 72, now);
    expect(snoozedUntil('cust-1', 'firm', now)).toBeUndefined();
    expect(snoozedUntil('cust-1', 'paused-plan', now)).toBeUndefined();
  });

  it('is remembered per customer, in localStorage, and only there', () => {
    snooze('cust-1', 'reminder', 72, now);
    expect(snoozedUntil('cust-2', 'reminder', now)).toBeUndefined();
    expect(Object.keys(localStorage)).toEqual(['amicable.snooze.cust-1']);
    expect(JSON.parse(localStorage.getItem('amicable.snooze.cust-1')!)).toEqual({
      stage: 'reminder',
      until: '2026-11-26T10:00:00.000Z',
    });
    clearSnooze('cust-1');
    expect(snoozedUntil('cust-1', 'reminder', now)).toBeUndefined();
  });

  it('ignores a stored value it cannot read', () => {
    localStorage.setItem('amicable.snooze.cust-9', '{not json');
    expect(snoozedUntil('cust-9', 'reminder', now)).toBeUndefined();
    localStorage.setItem('amicable.snooze.cust-9', JSON.stringify({ stage: 3 }));
    expect(snoozedUntil('cust-9', 'reminder', now)).toBeUndefined();
  });

  it('lasts for the page when storage refuses access, and never throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const until = snooze('cust-3', 'firm', 2, now);
    expect(snoozedUntil('cust-3', 'firm', now)).toEqual(until);
    expect(() => clearSnooze('cust-3')).not.toThrow();
  });
});
