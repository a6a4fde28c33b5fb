import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { headerPolicy, PAGE_DIRECTIVES, SEARCH_PAGE_SCRIPT_SOURCES } from '../../src/lib/security-policy';
import {
  activitySearchType, excerptPieces, excludedFromSearch, indexedText, isNoindex, otherSpellings, pageUrl,
  pagefindFilters, phraseQuery, readSearchParams, rerankByPhrase, searchQueryString, withSearchKeywords,
} from '../../src/lib/search';
import { synonymsSchema } from '../../src/schemas/search';

const GROUPS = [{ words: ['子ども', '子供', 'こども'] }, { words: ['障害', '障がい', '障碍'] }, { words: ['サロン', '茶話会'] }];

describe('表記ゆれ', () => {
  it('adds the other spellings of each group the text uses, and only those', () => {
    expect(otherSpellings('子どもと障がいのある人の居場所', GROUPS)).toEqual(['子供', 'こども', '障害', '障碍']);
    expect(otherSpellings('子どもと子供', GROUPS)).toEqual(['こども']);
    expect(otherSpellings('体操教室', GROUPS)).toEqual([]);
  });

  it('reads the indexed element only, as text', () => {
    const html = '<html lang="ja"><body><header>子ども</header><main data-pagefind-body><h1>A &amp; B</h1><script>x="サロン"</script><p>茶&#39;話</p></main></body></html>';
    expect(indexedText(html)).toBe("A & B 茶'話");
    expect(indexedText('<main><p>no body marker</p></main>')).toBe('');
  });

  it('hands Pagefind the keywords in a low-weight paragraph inside <main>, escaped', () => {
    const html = '<main data-pagefind-body><p>x</p></main><footer></footer>';
    expect(withSearchKeywords(html, ['子供', '<b>'])).toBe('<main data-pagefind-body><p>x</p><p data-pagefind-weight="0.5">子供 &lt;b&gt;</p></main><footer></footer>');
    expect(withSearchKeywords(html, [])).toBe(html);
  });

  it('the sample list has at least 20 valid groups, each spelling in one group', () => {
    const groups = synonymsSchema().parse(yaml.load(readFileSync('content/search/synonyms.yaml', 'utf8'))).groups;
    expect(groups.length).toBeGreaterThanOrEqual(20);
    const words = groups.flatMap((g) => g.words);
    expect(new Set(words).size).toBe(words.length);
  });

  it('the content check rejects a malformed list and a spelling in two groups, with file and line', () => {
    const root = mkdtempSync(join(tmpdir(), 'synonyms-'));
    cpSync(new URL('../fixtures/good', import.meta.url).pathname, root, { recursive: true });
    mkdirSync(join(root, 'content/search'));
    const write = (text: string) => writeFileSync(join(root, 'content/search/synonyms.yaml'), text);
    write('groups:\n  - words: [子ども, 子供]\n');
    expect(checkContent(root)).toEqual([]);
    write('groups:\n  - words: [子ども]\n  - word: [a, b]\n');
    const messages = checkContent(root).map((p) => `${p.file}:${p.line} ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^content\/search\/synonyms\.yaml:2 .*2つ以上/));
    expect(messages).toContainEqual(expect.stringMatching(/^content\/search\/synonyms\.yaml:3 .*word/));
    write('groups:\n  - words: [子ども, 子供]\n  - words:\n      - こども\n      - 子供\n');
    expect(checkContent(root)).toEqual([
      expect.objectContaining({ file: 'content/search/synonyms.yaml', line: 5, message: expect.stringContaining('「子供」が2つのグループ') }),
    ]);
  });
});

describe('what is indexed', () => {
  it('leaves out the admin, the search page, lists, print handouts and the 404 page', () => {
    for (const path of ['/admin/', '/search/', '/list/', '/activities/salon-x/print/', '/404.html']) expect(excludedFromSearch(path), path).toBe(true);
    for (const path of ['/articles/x/', '/activities/salon-x/', '/notices/x/', '/activities/']) expect(excludedFromSearch(path), path).toBe(false);
  });

  it('maps built files to URLs and spots pages that ask not to be indexed', () => {
    expect(pageUrl('articles/x/index.html')).toBe('/articles/x/');
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(isNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex">')).toBe(false);
  });

  it('gives 相談窓口 its own type', () => {
    expect(activitySearchType('相談窓口')).toBe('soudan');
    expect(activitySearchType('居場所')).toBe('activity');
  });
});

describe('the search page URL', () => {
  it('reads and writes the query and filters, leaving out defaults', () => {
    const state = readSearchParams(new URLSearchParams('q=%20子ども食堂%20&type=activity&area=kita&sort=date&x=1'));
    expect(state).toEqual({ q: '子ども食堂', type: 'activity', area: 'kita', category: '', sort: 'date' });
    expect(searchQueryString(state)).toBe(`?q=${encodeURIComponent('子ども食堂')}&type=activity&area=kita&sort=date`);
    expect(pagefindFilters(state)).toEqual({ type: 'activity', area: 'kita' });
    expect(searchQueryString(readSearchParams(new URLSearchParams('sort=nonsense')))).toBe('');
    expect(readSearchParams(new URLSearchParams(`q=${'あ'.repeat(500)}`)).q).toHaveLength(200);
  });
});

describe('results', () => {
  it('splits an excerpt into text and marks without interpreting HTML', () => {
    expect(excerptPieces('北町の<mark>百歳</mark>体操 &lt;script&gt; &amp;')).toEqual([
      { text: '北町の', mark: false }, { text: '百歳', mark: true }, { text: '体操 <script> &', mark: false },
    ]);
    expect(excerptPieces('食の支援. みなみ<mark>子ども</mark>. Vol. 2')).toEqual([
      { text: '食の支援　みなみ', mark: false }, { text: '子ども', mark: true }, { text: '　Vol. 2', mark: false },
    ]);
  });

  it('asks for an exact phrase only for one run of text cut into several words', () => {
    const segment = (text: string) => [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
    expect(phraseQuery('子ども食堂', segment)).toBe('"子ども 食堂"');
    expect(phraseQuery('19:00', segment)).toBe('"19 00"');
    expect(phraseQuery('体操', segment)).toBeUndefined();
    expect(phraseQuery('北部 相談', segment)).toBeUndefined();
    expect(phraseQuery('"子ども食堂"', segment)).toBeUndefined();
  });

  it('raises pages with the exact phrase, most when it is near the top, and keeps the rest in order', () => {
    const results = [{ id: 'a', score: 5 }, { id: 'b', score: 3 }, { id: 'c', score: 2 }, { id: 'd', score: 1 }];
    const ranked = rerankByPhrase(results, [{ id: 'c', words: [500] }, { id: 'd', words: [3, 800] }]);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'c', 'd', 'b']);
    expect(rerankByPhrase(results, []).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('Content-Security-Policy', () => {
  it('allows WebAssembly compilation only in the search policy', () => {
    expect(headerPolicy()).not.toContain('wasm');
    expect(headerPolicy('search')).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(PAGE_DIRECTIVES.join(';')).not.toContain('wasm');
    expect(SEARCH_PAGE_SCRIPT_SOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});
