import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdList, idListConverter, normaliseIdList } from '../../../../components/base/id-list';
import { Id } from '../../../../src/contract/primitives';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('normaliseIdList', () => {
  it('reads a string separated by commas, white space or both, each id once, in order', () => {
    expect(normaliseIdList(' inv-b, inv-a ,inv-b,,\n inv-c\tinv-a ')).toEqual({
      ids: ['inv-b', 'inv-a', 'inv-c'],
      rejected: [],
    });
  });

  it('reads an array the same way as the string it joins to', () => {
    const fromArray = normaliseIdList(['inv-b', ' inv-a', 'inv-b', '', 'inv-c ']);
    expect(fromArray).toEqual(normaliseIdList('inv-b, inv-a, inv-b, , inv-c'));
    expect(fromArray.ids).toEqual(['inv-b', 'inv-a', 'inv-c']);
  });

  it('takes each array entry as one id: an entry with a separator in it is one bad entry, not two ids', () => {
    expect(normaliseIdList(['inv-a', 'inv 1/2', 'inv-b,inv-c'])).toEqual({
      ids: ['inv-a'],
      rejected: ['inv 1/2', 'inv-b,inv-c'],
    });
  });

  it('is empty for null, undefined, an empty string and an empty array', () => {
    for (const value of [null, undefined, '', '  , ', []]) {
      expect(normaliseIdList(value)).toEqual({ ids: [], rejected: [] });
    }
  });

  it('sets aside what the contract does not take as an Id, and entries that are not strings', () => {
    const long = 'x'.repeat(65);
    const { ids, rejected } = normaliseIdList(['inv-1', 'inv/2', long, 42, null, { id: 'inv-3' }, 'ok:4']);
    expect(ids).toEqual(['inv-1', 'ok:4']);
    expect(rejected).toEqual(['inv/2', long, '42', 'null', '[object Object]']);
    for (const id of ids) expect(Id.safeParse(id).success).toBe(true);
    for (const entry of ['inv/2', long]) expect(Id.safeParse(entry).success).toBe(false);
  });

  it('takes a lone non-string value as one rejected entry rather than throwing', () => {
    expect(normaliseIdList(7)).toEqual({ ids: [], rejected: ['7'] });
  });
});

describe('idListConverter', () => {
  it("hands the attribute's text to the setter as it is, and writes ids back joined by commas", () => {
    expect(idListConverter.fromAttribute?.(' a, b ', undefined)).toBe(' a, b ');
    expect(idListConverter.fromAttribute?.(null, undefined)).toBe(null);
    expect(idListConverter.toAttribute?.(['a', ' b', 'c d', 'd/e'], undefined)).toBe('a,b');
    expect(idListConverter.toAttribute?.('a b, c', undefined)).toBe('a,b,c');
  });
});

describe('IdList', () => {
  const host = () => document.createElement('amicable-test-host');

  it('reads back a frozen array, and keeps the same one while the ids stay the same', () => {
    const list = new IdList(host(), 'invoices');
    expect(list.ids).toEqual([]);
    list.set('a, b');
    const first = list.ids;
    expect(first).toEqual(['a', 'b']);
    expect(Object.isFrozen(first)).toBe(true);
    list.set(['a', 'b']);
    expect(list.ids).toBe(first);
    list.set(['b', 'a']);
    expect(list.ids).toEqual(['b', 'a']);
    expect(list.ids).not.toBe(first);
    list.set(null);
    expect(list.ids).toEqual([]);
  });

  it('leaves out what is not an id with one console warning naming the element and property', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = new IdList(host(), 'lines');
    list.set(['l1', 'l/2', 'unique-to-this-test']);
    expect(list.ids).toEqual(['l1', 'unique-to-this-test']);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('<amicable-test-host>');
    expect(message).toContain('`lines`');
    expect(message).toContain('"l/2"');
    // The same bad list again (a framework re-rendering) warns no more.
    list.set(['l1', 'l/2', 'unique-to-this-test']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('does not warn about valid or empty lists', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = new IdList(host(), 'invoices');
    for (const value of ['', null, undefined, [], 'a b', ['c']]) list.set(value);
    expect(warn).not.toHaveBeenCalled();
  });
});
