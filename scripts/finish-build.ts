// The second half of `npm run build`, run after `astro build` has exited: the search index (Pagefind), then the
// security headers for the host, which cover every file in dist/ including the index. In its own process so that
// Pagefind's memory (about 0.7 MB per indexed page) does not add to what Astro held (scripts/bench-results.md).
//   node --import ./scripts/ts-resolve.mjs scripts/finish-build.ts [root]   (root: the project folder, default cwd)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { writeSecurityHeaders } from '../src/integrations/security-headers.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const out = join(root, 'dist');
const time = () => new Date().toTimeString().slice(0, 8);

if (!existsSync(join(out, 'index.html'))) {
  console.error(`${out} にサイトがありません。astro build のあとに実行してください（npm run build は両方を行います）`);
  process.exit(1);
}
try {
  const indexed = await writeSearchIndex(root, out);
  console.log(`${time()} [search-index] ${indexed}`);
  writeSecurityHeaders(out);
  console.log(`${time()} [security-headers] _headers、.htaccess、security-headers.nginx.conf を書き出しました`);
} catch (error) {
  console.error(`${time()} [finish-build] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
