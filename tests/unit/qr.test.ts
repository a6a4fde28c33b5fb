import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/qr';

/** Paints the path's rectangles (`M x y h w v1 h-w z`) into RGBA pixels, as a printer or screen would. */
function rasterise({ size, d }: { size: number; d: string }, scale = 4) {
  const px = size * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(w) * scale; dx++) {
        const i = ((Number(y) * scale + dy) * px + Number(x) * scale + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, px };
}

describe('qrPath', () => {
  it('draws a code that reads back as the text, with a quiet zone', () => {
    const url = 'https://fukushi.midori.example.jp/list/?ids=salon-hinatabokko,kita-ikiiki-taiso,minami-kodomo-shokudo';
    const code = qrPath(url);
    expect(code.d.startsWith('M4 4h7')).toBe(true);
    const { data, px } = rasterise(code);
    expect(jsQR(data, px, px)?.data).toBe(url);
  });
});
