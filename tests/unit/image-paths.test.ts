import { describe, expect, it } from 'vitest';
import { explicitlyRelative, imagePathProblem } from '../../src/lib/image-paths';

describe('image paths', () => {
  it('gives a bare name its ./ (the file beside the entry) and leaves every other path as written', () => {
    expect(explicitlyRelative('photo.jpg')).toBe('./photo.jpg');
    expect(explicitlyRelative('写真/hero.webp')).toBe('./写真/hero.webp');
    for (const path of ['./photo.jpg', '../other/photo.jpg', '.\\photo.jpg', '/images/a.png', 'https://example.jp/a.png', 'data:image/png;base64,AA']) {
      expect(explicitlyRelative(path)).toBe(path);
    }
  });

  it('accepts a photo beside the entry and refuses one from elsewhere or in another format', () => {
    expect(imagePathProblem('./photo.jpg')).toBeUndefined();
    expect(imagePathProblem('../x/photo.jpg')).toMatch(/同じフォルダー/);
    expect(imagePathProblem('./drawing.svg')).toMatch(/形式/);
  });
});
