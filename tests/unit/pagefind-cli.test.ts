import { describe, expect, it } from 'vitest';
import { pagefindBinarySpecifier, pagefindProblems } from '../../src/lib/pagefind-cli';

// Pagefind 1.6's log, as its command-line program prints it (trimmed to the lines that matter).
const log = (pages: number) => `
Running Pagefind v1.6.0 (Extended)
[Walking source directory]
Found ${pages} files matching **/*.{html}

[Parsing files]
Found a data-pagefind-body element on the site.
↳ Ignoring pages without this tag.

[Reading languages]
Discovered 1 language: ja

[Building search indexes]
Total: 
  Indexed 1 language
  Indexed ${pages} pages
  Indexed 28 words
  Indexed 0 filters
  Indexed 0 sorts

Finished in 0.136 seconds
`;

describe('Pagefind command-line program', () => {
  it('is the extended binary of the platform, named as the pagefind package names it', () => {
    expect(pagefindBinarySpecifier('linux', 'x64')).toBe('@pagefind/linux-x64/bin/pagefind_extended');
    expect(pagefindBinarySpecifier('darwin', 'arm64')).toBe('@pagefind/darwin-arm64/bin/pagefind_extended');
    expect(pagefindBinarySpecifier('win32', 'x64')).toBe('@pagefind/windows-x64/bin/pagefind_extended.exe');
  });

  it('a run that indexed every page it was given, quietly, has no problems', () => {
    expect(pagefindProblems({ code: 0, output: log(4916) }, 4916)).toEqual([]);
    expect(pagefindProblems({ code: 0, output: log(1).replace('1 pages', '1 page') }, 1)).toEqual([]);
  });

  it('names a failed exit, a signal, and the lines where Pagefind reports an error', () => {
    const empty = `${log(0)}Error: Pagefind was not able to build an index. \nMost likely, the directory passed to Pagefind was empty or did not contain any html files.\n`;
    expect(pagefindProblems({ code: 1, output: empty }, 3)).toEqual([
      'Pagefind が失敗しました（終了コード 1）',
      'Pagefind: Error: Pagefind was not able to build an index.',
    ]);
    expect(pagefindProblems({ code: null, signal: 'SIGKILL', output: '' }, 3)).toEqual(['Pagefind が途中で止まりました（シグナル SIGKILL）']);
    const skipped = log(2).replace('[Reading languages]', 'Failed to parse file a/index.html — skipping this file. Error: stream did not contain valid UTF-8\n[Reading languages]');
    expect(pagefindProblems({ code: 0, output: skipped }, 2)).toEqual(['Pagefind: Failed to parse file a/index.html — skipping this file. Error: stream did not contain valid UTF-8']);
  });

  it('a run that indexed another number of pages than it was given, or did not say, is a problem', () => {
    expect(pagefindProblems({ code: 0, output: log(4915) }, 4916)).toEqual(['Pagefind が索引にしたページは4915ページで、渡した4916ページと合いません']);
    expect(pagefindProblems({ code: 0, output: 'Finished in 1 seconds' }, 2)).toEqual(['Pagefind の出力に索引にしたページ数がありません']);
  });

  it('a program that could not start is named with the reason', () => {
    expect(pagefindProblems({ code: null, output: '', startError: 'spawn /x/pagefind_extended ENOENT' }, 2)).toEqual(['Pagefind のプログラムを起動できませんでした: spawn /x/pagefind_extended ENOENT']);
  });
});
