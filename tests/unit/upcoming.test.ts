import { describe, expect, it } from 'vitest';
import { upcomingVisibility } from '../../src/lib/upcoming';

describe('upcomingVisibility', () => {
  const ends = [10, 20, 30, 40, 50];

  it('hides what has ended and keeps to the limit', () => {
    expect(upcomingVisibility(ends, 25, 2)).toEqual([false, false, true, true, false]);
    expect(upcomingVisibility(ends, 0)).toEqual([true, true, true, true, true]);
  });

  it('treats an entry as ended at its end time exactly', () => {
    expect(upcomingVisibility(ends, 50)).toEqual([false, false, false, false, false]);
    expect(upcomingVisibility(ends, 49, 1)).toEqual([false, false, false, false, true]);
  });
});
