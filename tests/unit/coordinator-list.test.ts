import { describe, expect, it } from 'vitest';
import {
  LIST_MAX, LIST_STORAGE_KEY, addId, addRequested, listSearch, moveId, parseIds, readList, removeId, resolveIds, writeList,
} from '../../src/lib/coordinator-list';

describe('parseIds', () => {
  it('reads slugs in order, trimmed and without repeats', () => {
    expect(parseIds(' b,a , b,,C ')).toEqual({ ids: ['b', 'a', 'c'], invalid: [] });
    expect(parseIds(null)).toEqual({ ids: [], invalid: [] });
  });
  it('sets aside what cannot be a slug, so the page can name it', () => {
    expect(parseIds('salon-x,<script>,a b')).toEqual({ ids: ['salon-x'], invalid: ['<script>', 'a b'] });
  });
  it('keeps at most LIST_MAX', () => {
    const many = Array.from({ length: LIST_MAX + 5 }, (_, i) => `a${i}`).join(',');
    expect(parseIds(many).ids).toHaveLength(LIST_MAX);
  });
});

describe('list edits', () => {
  it('adds once, removes, and moves within bounds', () => {
    expect(addId(['a'], 'b')).toEqual(['a', 'b']);
    expect(addId(['a'], 'a')).toEqual(['a']);
    expect(removeId(['a', 'b'], 'a')).toEqual(['b']);
    expect(moveId(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b'], 'x', 1)).toEqual(['a', 'b']);
  });
  it('writes the list URL query', () => {
    expect(listSearch(['a', 'b'])).toBe('?ids=a,b');
    expect(listSearch([])).toBe('');
  });
});

describe('resolveIds', () => {
  const targets = new Map([
    ['new', { slug: 'new', ended: false }],
    ['old', { slug: 'new', ended: false }],
    ['gone', { slug: 'gone', ended: true }],
    ['b', { slug: 'b', ended: false }],
  ]);
  it('shows current activities in order, resolving old slugs, and names ended and unknown ids', () => {
    expect(resolveIds(['b', 'old', 'gone', 'nope', 'new'], targets)).toEqual({ shown: ['b', 'new'], ended: ['gone'], unknown: ['nope'] });
  });
});

describe('storage', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
  };
  it('round-trips and leaves nothing behind when emptied', () => {
    const s = memory();
    expect(writeList(s, ['a', 'b'])).toBe(true);
    expect(readList(s)).toEqual(['a', 'b']);
    writeList(s, []);
    expect(s.m.has(LIST_STORAGE_KEY)).toBe(false);
  });
  it('treats blocked storage as an empty list', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); }, removeItem: () => {} };
    expect(readList(blocked)).toEqual([]);
    expect(writeList(blocked, ['a'])).toBe(false);
    expect(readList(undefined)).toEqual([]);
  });
});

describe('addRequested (?add= from an activity page’s 「リストに追加」 form)', () => {
  const targets = new Map([
    ['salon-a', { slug: 'salon-a', ended: false }],
    ['old-salon-a', { slug: 'salon-a', ended: false }],
    ['cafe-b', { slug: 'cafe-b', ended: false }],
    ['gone-c', { slug: 'gone-c', ended: true }],
  ]);
  it('adds a known activity at the end, once', () => {
    expect(addRequested(['cafe-b'], 'salon-a', targets)).toEqual({ kind: 'added', slug: 'salon-a', ids: ['cafe-b', 'salon-a'] });
    expect(addRequested(['salon-a'], 'salon-a', targets)).toEqual({ kind: 'already', slug: 'salon-a', ids: ['salon-a'] });
  });
  it('adds an old slug under the current one, and reads the value as a slug (trimmed, lower case)', () => {
    expect(addRequested([], ' Old-Salon-A ', targets)).toEqual({ kind: 'added', slug: 'salon-a', ids: ['salon-a'] });
    expect(addRequested(['salon-a'], 'old-salon-a', targets).kind).toBe('already');
  });
  it('leaves a full list as it is', () => {
    const full = Array.from({ length: LIST_MAX }, (_, i) => `a${i}`);
    expect(addRequested(full, 'salon-a', targets)).toEqual({ kind: 'full', slug: 'salon-a', ids: full });
  });
  it('does not add an ended activity', () => {
    expect(addRequested([], 'gone-c', targets)).toEqual({ kind: 'ended', slug: 'gone-c', ids: [] });
  });
  it('adds nothing for unknown or hostile values', () => {
    for (const value of ['no-such', '../x', '<script>alert(1)</script>', 'salon-a,cafe-b', '', ' ', 'salon-a/../cafe-b', '__proto__', 'constructor']) {
      expect(addRequested(['cafe-b'], value, targets), value).toEqual({ kind: 'unknown', ids: ['cafe-b'] });
    }
  });
  it('never changes the list it was given', () => {
    const ids = ['cafe-b'];
    addRequested(ids, 'salon-a', targets);
    expect(ids).toEqual(['cafe-b']);
  });
});
