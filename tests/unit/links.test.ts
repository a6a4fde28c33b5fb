import { describe, expect, it } from 'vitest';
import { extractLinks, fileForPath } from '../../src/lib/links';

describe('extractLinks', () => {
  const html = `<!doctype html><html><body>
    <a href="#main">本文へ</a><main id="main">
    <a href="/activities/salon/">サロン</a><a href="https://example.jp/">外部</a><a href="mailto:a@example.jp">メール</a>
    <a href="/about/">こちら</a><a href="/x/"> 詳しくは<span>こちら</span> </a>
    <img src="/_astro/a.jpg" srcset="/_astro/a-360.jpg 360w, /_astro/a-720.jpg 720w" alt="">
    <link rel="stylesheet" href="/_astro/site.css"></main></body></html>`;
  const links = extractLinks(html);

  it('collects internal links and assets, not other schemes or hosts', () => {
    expect(links.targets).toEqual(['#main', '/activities/salon/', '/about/', '/x/', '/_astro/a.jpg', '/_astro/a-360.jpg', '/_astro/a-720.jpg', '/_astro/site.css']);
  });

  it('collects ids for #fragment checks', () => {
    expect(links.ids.has('main')).toBe(true);
  });

  it('reports links whose whole text is vague', () => {
    expect(links.vague).toEqual(['こちら', '詳しくはこちら']);
  });

  it('reports phone numbers a phone cannot call, not those in tel: links', () => {
    const page = extractLinks(`<p>電話 <a href="tel:0000-12-3456">0000-12-3456</a>、FAX 0000-12-3457</p>
      <p>受付 <span>0120-123-456</span>（平日）、番号 20261201、<a href="/a/">0000-23-4510</a></p>`);
    expect(page.unlinkedPhones).toEqual(['0000-12-3457', '0120-123-456', '0000-23-4510']);
  });
});

describe('fileForPath', () => {
  it('maps trailing-slash URLs to index.html and decodes Japanese paths', () => {
    expect(fileForPath('/activities/salon/')).toBe('/activities/salon/index.html');
    expect(fileForPath('/tags/%E5%B1%85%E5%A0%B4%E6%89%80/#x')).toBe('/tags/居場所/index.html');
    expect(fileForPath('/feeds/articles.xml')).toBe('/feeds/articles.xml');
  });
});
