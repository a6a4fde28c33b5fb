import { describe, expect, it } from 'vitest';
import { fitWithin, photoName } from '../../src/lib/photo-names';

describe('photo names and sizes', () => {
  it('names a photo after the entry, numbered past every photo it already has', () => {
    expect(photoName('salon-aozora', [])).toBe('salon-aozora-1.jpg');
    expect(photoName('salon-aozora', ['salon-aozora-1.jpg', './salon-aozora-3.jpg', 'hero.png'])).toBe('salon-aozora-4.jpg');
    expect(photoName('', ['photo-1.jpg'])).toBe('photo-2.jpg');
    expect(photoName('カフェ', [])).toBe('photo-1.jpg');
  });

  it('scales the long side down to 1600 px and never enlarges', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
