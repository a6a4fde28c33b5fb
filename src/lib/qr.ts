/**
 * QR codes as SVG path data, the same at build (handouts) and in the browser (a list's own URL).
 * Each row's dark runs become one rectangle, so a code stays a few kilobytes and scales to any print size.
 */
import encodeQR from 'qr';

/** The quiet zone a reader needs around the symbol, in modules (the standard asks for 4). */
export const QR_QUIET_ZONE = 4;

export function qrPath(text: string): { size: number; d: string } {
  const rows = encodeQR(text, 'raw', { border: QR_QUIET_ZONE, ecc: 'medium' });
  let d = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      d += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  return { size: rows.length, d };
}
