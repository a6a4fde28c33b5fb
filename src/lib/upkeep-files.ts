/** Reads what the upkeep report needs from disk: the content files, the images' sizes, the imports waiting. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readSources } from './content-check';
import type { UpkeepInput } from './upkeep';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Where `npm run import:activities` writes entries that still need consent (kept out of git: see .gitignore). */
export const IMPORTS_DIR = 'imports/activities';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

export function readUpkeepInput(root: string): UpkeepInput {
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const imports = join(root, IMPORTS_DIR);
  return {
    sources: readSources(root),
    images: files(join(root, 'content')).filter((f) => IMAGE.test(f)).map((f) => ({ file: rel(f), bytes: statSync(f).size })),
    pendingImports: existsSync(imports)
      ? readdirSync(imports, { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(imports, d.name, 'index.mdx')))
          .map((d) => ({ slug: d.name, file: rel(join(imports, d.name, 'index.mdx')) }))
      : [],
  };
}
