// The benchmark's content: a deterministic large site cloned from the samples in content/, and a bare Astro + MDX
// site with the same pages and images, both in scratch folders that share this project's node_modules.
// Used by scripts/bench.mjs; nothing here is random (the same --entries gives the same files, byte for byte).
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
/** Where the site's sources come from: this checkout, or BENCH_SOURCE (e.g. an export of an older commit, to compare). */
const SOURCE = process.env.BENCH_SOURCE ?? ROOT;
const MDX = ['articles', 'activities', 'notices'];
/** Shares of the entries (2,000 articles, 2,000 activities and 1,000 notices in 5,000, as the issue states). */
const SHARE = { articles: 0.4, activities: 0.4, notices: 0.2 };

/** Place names swapped into cloned text, so bodies are not 5,000 copies of 24 texts (Pagefind's index would lie). */
const PLACES = ['桜台', '若葉', '浜田', '緑ヶ丘', '北町', '山辺', '松原', '青葉台', '川原', '中央', '東町', '南町', '本町', '栄町', '旭', '朝日', '日の出', '柳川', '梅ノ木', '竹ノ内'];
const PEOPLE = ['民生委員さん', '自治会長さん', '世話人さん', 'ボランティアさん', '地区担当の職員', '近所の方', '保健師さん', '学生さん'];
const KANA_DIGITS = ['いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう', 'じゅう'];
const kanaNumber = (n) => String(n).split('').map((d) => KANA_DIGITS[(Number(d) + 9) % 10]).join('');

/** An MDX file split into its frontmatter lines and body. */
function split(text) {
  const end = text.indexOf('\n---', 4);
  return { front: text.slice(4, end), body: text.slice(end + 4) };
}

/** One value of a top-level YAML key replaced (the samples write these on one line). */
const setKey = (front, key, value) => (new RegExp(`^${key}:.*$`, 'm').test(front) ? front.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`) : `${front}\n${key}: ${value}`);
const dropKey = (front, key) => front.replace(new RegExp(`^${key}:.*(\\n[ -].*)*$`, 'm'), '').replace(/\n\n+/g, '\n');
const valueOf = (front, key) => (new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front)?.[1] ?? '').replace(/^"(.*)"$/, '$1');

/** A clone's body: the sample's paragraphs in a rotated order, with places and people swapped. */
function varyBody(body, n) {
  const blocks = body.trim().split(/\n{2,}/);
  const paragraphs = blocks.filter((b) => !/^(#|<|!\[|[-*] |\d+\. |>|\|)/.test(b));
  const shift = paragraphs.length ? n % paragraphs.length : 0;
  const rotated = paragraphs.slice(shift).concat(paragraphs.slice(0, shift));
  let p = 0;
  const out = blocks.map((b) => (/^(#|<|!\[|[-*] |\d+\. |>|\|)/.test(b) ? b : rotated[p++]));
  const place = PLACES[n % PLACES.length];
  const person = PEOPLE[n % PEOPLE.length];
  return `\n${out.join('\n\n').replace(/(桜台|若葉|浜田|緑ヶ丘|北町|山辺)/g, place).replace(/民生委員さん/g, person)}\n`;
}

/** The samples of one collection: folder name, frontmatter, body, the image files beside it. */
function samples(collection) {
  const dir = join(ROOT, 'content', collection);
  return readdirSync(dir).sort().map((name) => {
    const files = readdirSync(join(dir, name));
    return { name, dir: join(dir, name), ...split(readFileSync(join(dir, name, 'index.mdx'), 'utf8')), images: files.filter((f) => /\.(jpe?g|png|webp)$/i.test(f)) };
  });
}

/** How many of each collection for `entries` entries in all. */
export function counts(entries) {
  const articles = Math.round(entries * SHARE.articles);
  const activities = Math.round(entries * SHARE.activities);
  return { articles, activities, notices: entries - articles - activities };
}

/**
 * Writes `entries` entries into `<dir>/content/` (the samples themselves first, then clones of them), with the
 * samples' data collections (areas, councils, series, authors, synonyms, site) as they are. Clones keep their
 * sample's images (every article has a hero photo; activities and notices have photos as often as the samples do).
 */
export function writeContent(dir, entries) {
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true, filter: (src) => !MDX.some((c) => src.startsWith(join(ROOT, 'content', c, '/'))) });
  const wanted = counts(entries);
  const written = { articles: [], activities: [], notices: [] };
  for (const collection of MDX) {
    const list = samples(collection);
    for (let i = 0; i < wanted[collection]; i++) {
      const sample = list[i % list.length];
      const n = Math.floor(i / list.length);
      const slug = n === 0 ? sample.name : `${sample.name}-${n + 1}`;
      let front = sample.front;
      let body = sample.body;
      if (n > 0) {
        front = setKey(front, 'slug', slug);
        front = dropKey(front, 'redirectFrom');
        const place = PLACES[(i + n) % PLACES.length];
        if (collection === 'activities') {
          front = setKey(front, 'name', JSON.stringify(`${valueOf(front, 'name')}（${place}${n + 1}）`));
          front = setKey(front, 'kana', JSON.stringify(`${valueOf(front, 'kana')} ${kanaNumber(n + 1)}`));
        } else {
          front = setKey(front, 'title', JSON.stringify(`${valueOf(front, 'title')}（${place}編 その${n + 1}）`));
        }
        if (collection === 'articles') {
          front = setKey(front, 'pinned', 'false');
          // Spread publication over earlier days, so listings, feeds and pagination see realistic orderings.
          const date = new Date(`${valueOf(front, 'publishedAt')}T00:00:00Z`);
          date.setUTCDate(date.getUTCDate() - n * 3 - (i % 7));
          front = setKey(front, 'publishedAt', date.toISOString().slice(0, 10));
          // Consent is recorded before publication, as the content check requires.
          date.setUTCDate(date.getUTCDate() - 7);
          front = front.replace(/^(\s+date:) \d{4}-\d\d-\d\d$/gm, `$1 ${date.toISOString().slice(0, 10)}`);
          front = dropKey(front, 'updatedAt');
        }
        body = varyBody(body, i);
      }
      const out = join(dir, 'content', collection, slug);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.mdx'), `---\n${front}\n---${body}`);
      for (const file of readdirSync(sample.dir)) if (file !== 'index.mdx') copyFileSync(join(sample.dir, file), join(out, file));
      written[collection].push({ slug, sampleDir: sample.dir, title: valueOf(front, collection === 'activities' ? 'name' : 'title'), body, images: sample.images });
    }
  }
  return written;
}

/** Symlinks to this project's packages, with a node_modules/.astro of the scratch folder's own (Astro's caches). */
function linkNodeModules(dir) {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** A scratch copy of this project (sources, config) with `entries` generated entries. */
export function siteProject(entries) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  for (const name of ['src', 'admin', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(SOURCE, name), join(dir, name), { recursive: true });
  linkNodeModules(dir);
  const written = writeContent(dir, entries);
  return { dir, written };
}

/**
 * A bare Astro + MDX site: the same entries (bodies and photos) as one glob collection, each on a page with its
 * photos through astro:assets, plus plain list pages until it has `pages` HTML pages, as ours does.
 */
export function bareProject(written, pages) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  linkNodeModules(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare', type: 'module', private: true }));
  writeFileSync(join(dir, 'astro.config.mjs'), `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.jp', trailingSlash: 'always', integrations: [mdx()] });\n`);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict' }));
  mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/list'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const schema = ({ image }) => z.object({ title: z.string(), images: z.array(z.object({ src: image(), alt: z.string() })) });
export const collections = Object.fromEntries(['articles', 'activities', 'notices'].map((c) => [c, defineCollection({ loader: glob({ pattern: '*/index.mdx', base: './content/' + c }), schema })]));
`);
  const layout = (title, body) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body><main>${body}</main></body></html>`;
  writeFileSync(join(dir, 'src/pages/[collection]/[slug].astro'), `---
import { getCollection, render } from 'astro:content';
import { Image } from 'astro:assets';
export async function getStaticPaths() {
  const all = [...(await getCollection('articles')), ...(await getCollection('activities')), ...(await getCollection('notices'))];
  return all.map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
${layout('{entry.data.title}', '<h1>{entry.data.title}</h1>{entry.data.images.map((i) => <Image src={i.src} alt={i.alt} widths={entry.collection === "articles" ? [360, 720, 1080, 1200] : [360, 720]} sizes="100vw" />)}<Content />')}
`);
  const total = written.articles.length + written.activities.length + written.notices.length;
  const fill = Math.max(0, pages - total);
  writeFileSync(join(dir, 'src/pages/list/[n].astro'), `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const all = await getCollection('articles');
  return Array.from({ length: ${fill} }, (_, n) => ({ params: { n: String(n + 1) }, props: { items: all.slice((n * 20) % Math.max(1, all.length), (n * 20) % Math.max(1, all.length) + 20) } }));
}
const { items } = Astro.props;
---
${layout('一覧', '<ul>{items.map((e) => <li><a href={`/articles/${e.id}/`}>{e.data.title}</a></li>)}</ul>')}
`);
  for (const collection of MDX) {
    for (const entry of written[collection]) {
      const out = join(dir, 'content', collection, entry.slug);
      mkdirSync(out, { recursive: true });
      const images = entry.images.map((file) => {
        copyFileSync(join(entry.sampleDir, file), join(out, file));
        return `  - src: ./${file}\n    alt: 写真`;
      });
      writeFileSync(join(out, 'index.mdx'), `---\ntitle: ${JSON.stringify(entry.title)}\nimages:${images.length ? `\n${images.join('\n')}` : ' []'}\n---${entry.body.replace(/<[A-Z][^>]*\/>|<[A-Z][\s\S]*?<\/[A-Z][A-Za-z]*>/g, '')}`);
    }
  }
  return dir;
}
