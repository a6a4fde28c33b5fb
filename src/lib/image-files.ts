/**
 * Whether a path an editor wrote is a real image beside the entry. Astro and sharp would fail deep in the build
 * (with a stack trace) on a missing file or a text file named .jpg; this says which file and why, before the build.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { imagePathProblem } from './image-paths';

export { IMAGE_EXTENSIONS, isOutsideEntry } from './image-paths';

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  webp: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  avif: (b) => b.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(b.toString('latin1', 8, 12)),
  gif: (b) => b.toString('latin1', 0, 4) === 'GIF8',
};
SIGNATURES.jpeg = SIGNATURES.jpg!;

/** Why `path` (as written in the entry) cannot be used as an image, or undefined when it can. */
export function imageFileProblem(entryDir: string, path: string): string | undefined {
  const pathProblem = imagePathProblem(path);
  if (pathProblem) return pathProblem;
  const ext = extname(path).slice(1).toLowerCase();
  const file = join(entryDir, path);
  if (!existsSync(file) || !statSync(file).isFile()) return `画像ファイル「${path}」が見つかりません（index.mdx と同じフォルダーに置きます）`;
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!SIGNATURES[ext]!(head)) return `「${path}」は画像ではありません（名前は .${ext} ですが、中身が ${ext} の画像ではありません）。写真を保存し直してください`;
  return undefined;
}
