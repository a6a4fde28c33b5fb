/** Names for uploaded photos: ASCII `<slug>-<n>.jpg` whatever the original was called, never one already taken. */
import { SLUG_PATTERN } from '../schemas/common';

export function photoName(slug: string, taken: readonly string[]): string {
  const base = SLUG_PATTERN.test(slug) ? slug : 'photo';
  const numbers = taken.map((name) => new RegExp(`^${base}-(\\d+)\\.[a-z]+$`, 'i').exec(name.replace(/^.*\//, ''))?.[1]).filter(Boolean).map(Number);
  return `${base}-${Math.max(0, ...numbers) + 1}.jpg`;
}

/** The size a photo is scaled to: its long side at most `max` pixels, never enlarged. */
export function fitWithin(width: number, height: number, max = 1600): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
