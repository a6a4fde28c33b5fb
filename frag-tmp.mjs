import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const want = process.argv[2];
for (const f of readdirSync('dist/pagefind/fragment')) {
  const buf = gunzipSync(readFileSync(`dist/pagefind/fragment/${f}`));
  const json = JSON.parse(buf.toString('utf8').replace(/^pagefind_dcd/, ''));
  if (json.url.includes(want)) console.log(JSON.stringify(json, null, 1).slice(0, Number(process.argv[3] ?? 6000)));
}
