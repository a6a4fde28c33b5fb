import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../admin/config';
import { COLLECTIONS, SINGLE_FILES, URL_ENUMS, entryFile } from '../../src/schemas/registry';

const root = new URL('../..', import.meta.url).pathname;
const singleFiles = Object.values(SINGLE_FILES);

describe('the collection registry', () => {
  it('names every folder and file in content/, and nothing that is not there', () => {
    const top = readdirSync(join(root, 'content'), { withFileTypes: true });
    const registered = [...COLLECTIONS.map((c) => c.folder), ...singleFiles.map((f) => f.file)];
    // A top-level entry is a collection's folder, a single file, or a folder that only holds single files.
    for (const d of top) {
      const path = `content/${d.name}`;
      expect(registered.some((r) => r === path || r.startsWith(`${path}/`)), `${path} is not in src/schemas/registry.ts`).toBe(true);
    }
    for (const path of registered) expect(existsSync(join(root, path)), `${path} is missing`).toBe(true);
  });

  it('holds every file of a collection folder as one entry', () => {
    for (const c of COLLECTIONS) {
      const names = readdirSync(join(root, c.folder));
      expect(names.length, c.folder).toBeGreaterThan(0);
      for (const name of names) {
        const id = c.format === 'mdx' ? name : name.replace(/\.yaml$/, '');
        expect(existsSync(join(root, entryFile(c.name, id))), `${c.folder}/${name}`).toBe(true);
      }
    }
  });

  it('is what the CMS edits: every collection, in its folder or file, and nothing else', () => {
    const config = buildCmsConfig({ siteUrl: 'https://example.jp' });
    const cms = config.collections.map((c) =>
      'folder' in c ? { name: c.name, where: c.folder, extension: c.extension } : { name: c.name, where: c.files.map((f) => f.file).join() },
    );
    expect(cms).toEqual([
      ...COLLECTIONS.map((c) => ({ name: c.name, where: c.folder, extension: c.format })),
      ...singleFiles.map((f) => ({ name: f.cmsName, where: f.file })),
    ]);
  });

  it('gives each MDX collection a page and a body field, and each collection its Japanese name', () => {
    for (const c of COLLECTIONS) {
      expect(c.label).toMatch(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u);
      expect(c.idField).toBe(c.format === 'mdx' ? 'slug' : 'id');
      if (c.format === 'mdx') {
        // Fixed pages sit at the top (/about/), entries under their collection (/articles/x/).
        expect(c.url?.('x')).toMatch(c.name === 'pages' ? /^\/x\/$/ : /^\/[a-z-]+\/x\/$/);
        expect(c.body?.label).toBeTruthy();
      }
    }
  });
});

describe('enumerations in URLs', () => {
  it.each(Object.entries(URL_ENUMS))('%s: every value has its own URL-safe ASCII id', (_, { values, ids }) => {
    const list = values.map((v) => (ids as Record<string, string>)[v]);
    for (const id of list) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(new Set(list).size).toBe(values.length);
    expect(Object.keys(ids).sort()).toEqual([...values].sort());
  });
});
