/**
 * The two holes, proven on a real build of a scratch copy of the project:
 * markup in fields never escapes its JSON-LD block (or any other output), and a body can never run code at build time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const PAYLOAD = 'みそ汁</script><script>document.documentElement.dataset.pwned=1</script>';
const PAYLOAD_2 = '<!--<script>alert(1)</script>\u2028&amp;';

/** A copy of the project (sources, content, config) sharing node_modules, so a build cannot touch the real tree. */
function scratchProject() {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-build-'));
  for (const name of ['src', 'admin', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  // Its own node_modules/.astro: Astro caches parsed content there, which must not leak between the two builds.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

const edit = (dir: string, file: string, change: (t: string) => string) => {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const yamlString = (s: string) => JSON.stringify(s);

const build = (dir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 300_000,
  });

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

describe('markup in every field that reaches JSON-LD, HTML and RSS', () => {
  let dir: string;
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    dir = scratchProject();
    edit(dir, 'content/articles/report-hinatabokko-500-kaime/index.mdx', (t) =>
      t.replace(/^title: .*$/m, `title: ${yamlString(PAYLOAD)}`).replace(/^description: .*$/m, `description: ${yamlString(PAYLOAD_2)}`));
    edit(dir, 'content/activities/salon-hinatabokko/index.mdx', (t) =>
      t.replace(/^name: .*$/m, `name: ${yamlString(PAYLOAD)}`)
        .replace(/^summary: .*$/m, `summary: ${yamlString(PAYLOAD_2)}`)
        .replace(/^  name: .*$/m, `  name: ${yamlString(PAYLOAD)}`)
        .replace(/^  address: .*$/m, `  address: ${yamlString(PAYLOAD_2)}`));
    edit(dir, 'content/notices/kita-sasaeai-2027-01/index.mdx', (t) => t.replace(/^title: .*$/m, `title: ${yamlString(PAYLOAD)}`));
    result = build(dir);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds', () => {
    expect(result.status, result.stderr + result.stdout).toBe(0);
  });

  it('keeps every JSON-LD block whole: parseable, with the text as written and no raw <, > or &', () => {
    let blocks = 0;
    let withPayload = 0;
    for (const file of files(join(dir, 'dist'))) {
      if (!file.endsWith('.html')) continue;
      const html = readFileSync(file, 'utf8');
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks++;
        expect(json, file).not.toMatch(/[<>&\u2028\u2029]/);
        const text = JSON.stringify(JSON.parse(json!));
        if (text.includes(JSON.stringify(PAYLOAD).slice(1, -1))) withPayload++;
      }
    }
    expect(blocks).toBeGreaterThan(50);
    // The article, the activity (name and venue) and the notice carry the payload in their JSON-LD.
    expect(withPayload).toBeGreaterThanOrEqual(3);
  });

  it('adds no script element anywhere, as Chromium parses the pages: every <script> is JSON-LD or a file', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ javaScriptEnabled: true });
      let checked = 0;
      for (const file of files(join(dir, 'dist'))) {
        if (!file.endsWith('.html') || file.includes('/admin/')) continue;
        const html = readFileSync(file, 'utf8');
        if (!html.includes('みそ汁') && !html.includes('alert(1)')) continue;
        await page.setContent(html, { waitUntil: 'domcontentloaded' });
        const found = await page.evaluate(() => ({
          pwned: document.documentElement.dataset.pwned ?? null,
          scripts: [...document.scripts].map((s) => s.type || s.src || s.textContent!.slice(0, 40)),
          inHead: document.head.querySelector('meta[http-equiv="content-security-policy"]') !== null,
        }));
        expect(found.pwned, file).toBeNull();
        for (const script of found.scripts) expect(script, file).toMatch(/^application\/ld\+json$|^module$|\/(_astro|scripts)\//);
        expect(found.inHead, `${file}: the CSP meta tag stays in <head>`).toBe(true);
        checked++;
      }
      expect(checked).toBeGreaterThan(5);
    } finally {
      await browser.close();
    }
  });

  it('escapes the fields in the RSS feed', () => {
    const rss = readFileSync(join(dir, 'dist/feeds/articles.xml'), 'utf8');
    expect(rss).not.toContain('<script>');
    expect(rss).toContain('みそ汁&lt;/script&gt;');
  });
});

describe('code in a body never runs at build time', () => {
  it('refuses a frontmatter fence with text after it, naming the file and line, and writes nothing', () => {
    const dir = scratchProject();
    const marker = join(dir, 'pwned.txt');
    try {
      edit(dir, 'content/activities/salon-hinatabokko/index.mdx', (t) =>
        t.replace(/\n---\n/, `\n---x: |\n  {process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')}\n---\n`));
      const result = build(dir);
      expect(result.status).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(/content\/activities\/salon-hinatabokko\/index\.mdx:\d+/);
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
