import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, tParts } from '../../src/i18n/ja';
import { redirectResponse } from '../../src/lib/urls';

const ROOT = new URL('../..', import.meta.url).pathname;
const MODULES = ['src/i18n/ja.ts', 'src/i18n/editor.ts'].map((f) => join(ROOT, f));

const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));

const keysOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]!);
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe('t', () => {
  it('returns UI strings and fills their placeholders', () => {
    expect(t('skipLink')).toBe('本文へ移動');
    expect(t('tags.heading', { tag: '居場所' })).toBe('#居場所 の記事');
    expect(t('count', { count: 33 })).toBe('33件');
  });

  it('leaves a placeholder visible rather than dropping it when a value is missing', () => {
    expect(t('count')).toBe('{count}件');
  });

  it('cuts a sentence at the placeholders left for markup, filling the others', () => {
    expect(tParts('about.openDataBody', { license: 'CC BY 4.0 {x}' })).toEqual([
      'このサイトの活動情報は「CC BY 4.0 {x}」で利用できます（', { slot: 'licenseLink' }, '）。ファイルと項目の説明は',
      { slot: 'openDataLink' }, 'のページにあります。',
    ]);
  });
});

describe('the strings module', () => {
  it('keeps residents\' and editors\' words apart, each key in one module', () => {
    const [resident, editor] = MODULES.map(keysOf);
    expect(resident!.filter((k) => editor!.includes(k))).toEqual([]);
    expect(editor!.every((k) => /^(report|privacy|guide|admin)\./.test(k))).toBe(true);
    expect(new Set(resident).size).toBe(resident!.length);
  });

  it('has no key that nothing uses', () => {
    const keys = MODULES.flatMap(keysOf);
    const code = [...filesUnder('src', /\.(ts|astro)$/), ...filesUnder('admin', /\.(ts|tsx)$/), ...filesUnder('scripts', /\.(ts|mjs)$/)]
      .filter((f) => !MODULES.includes(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Keys built in code: t(`soudan.situation.${situation}`) uses every key under `soudan.situation.`.
    const prefixes = [...code.matchAll(/`([\w.]+)\$\{/g)].map((m) => m[1]!).filter((p) => p.includes('.'));
    const unused = keys.filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('leaves no Japanese UI text written into pages, components or layouts', () => {
    const found: string[] = [];
    for (const file of ['src/pages', 'src/components', 'src/layouts'].flatMap((d) => filesUnder(d, /\.(astro|ts)$/))) {
      const lines = readFileSync(file, 'utf8')
        // Not shown to anyone: comments and styles.
        .replace(/<style[\s\S]*?<\/style>/g, (m) => m.replace(/[^\n]/g, ' '))
        .replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
        .split('\n');
      lines.forEach((line, i) => {
        const shown = line
          .replace(/^\s*\/\/.*$|\s\/\/ .*$/, '')
          // Keys of the strings module, e.g. t(`soudan.situationHint.複合`).
          .replace(/\bte?\(\s*(['`])[^'`]*\1/g, '')
          // Content values compared against (a kind or situation the editor chose), not words of the UI.
          .replace(/[!=]==\s*'[^']*'/g, '')
          // Build errors, read by the editor in the terminal.
          .replace(/throw new Error\(.*\)/, '');
        if (JAPANESE.test(shown)) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});

describe('the page left at an old URL', () => {
  it('speaks Japanese from the strings module and escapes the address', async () => {
    const html = await redirectResponse('/activities/new-slug/?a=1&b=<2>', 'https://example.jp/').text();
    expect(html).toContain(`<title>${t('redirect.title')}</title>`);
    expect(html).toContain(
      '<p>新しいページは <a href="/activities/new-slug/?a=1&#38;b=&#60;2&#62;">https://example.jp/activities/new-slug/?a=1&#38;b=%3C2%3E</a> です。</p>',
    );
  });
});
