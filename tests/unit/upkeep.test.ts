import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { IMAGE_LIMIT_BYTES, formatUpkeepReport, upkeepCount, upkeepReport } from '../../src/lib/upkeep';
import { readUpkeepInput } from '../../src/lib/upkeep-files';

const FIXTURE = new URL('../fixtures/upkeep', import.meta.url).pathname;
const NOW = new Date('2026-12-03T10:00:00+09:00');

const report = () => upkeepReport(readUpkeepInput(FIXTURE), NOW);
const slugs = (kind: string) => report().find((s) => s.kind === kind)!.items.map((i) => i.slug);

describe('upkeepReport', () => {
  it('names the activity not verified for over 12 months, and the one due within a month', () => {
    expect(slugs('stale')).toEqual(['stale-salon']);
    expect(report().find((s) => s.kind === 'stale')!.items[0]).toEqual({
      slug: 'stale-salon', file: 'content/activities/stale-salon/index.mdx', detail: '最終確認日 2025年6月10日（541日前）',
    });
    expect(report().find((s) => s.kind === 'dueSoon')!.items).toEqual([
      { slug: 'due-salon', file: 'content/activities/due-salon/index.mdx', detail: '最終確認日 2025年12月20日、2026年12月20日までに確認' },
    ]);
  });

  it('names the activity without consent, and the imported one still waiting for it', () => {
    expect(slugs('noConsent')).toEqual(['unconsented-salon']);
    expect(slugs('pendingImport')).toEqual(['imported-salon']);
  });

  it('names the expired wish, but not the one still open', () => {
    expect(report().find((s) => s.kind === 'expiredWish')!.items).toEqual([
      { slug: 'expired-wish-salon', file: 'content/activities/expired-wish-salon/index.mdx', detail: '人手「お茶出し」— 2026年11月30日まで' },
    ]);
  });

  it('names the activity with no phone, mail or website, and the one paused for over 6 months', () => {
    expect(slugs('noContact')).toEqual(['no-contact-salon']);
    expect(slugs('pausedLong')).toEqual(['paused-salon']);
  });

  it('leaves ended activities alone', () => {
    expect(report().flatMap((s) => s.items).map((i) => i.slug)).not.toContain('ended-salon');
  });

  it('names a meeting held over 4 weeks ago without a 開催報告 of the same council and day', () => {
    // meeting-2026-10 has its report; meeting-2026-11 was 13 days ago; the cancelled one needs none.
    expect(slugs('noReport')).toEqual(['meeting-2026-09']);
  });

  it('names images over the size limit by their entry', () => {
    const sections = upkeepReport(
      { sources: [], pendingImports: [], images: [
        { file: 'content/articles/big/hero.jpg', bytes: IMAGE_LIMIT_BYTES + 1 },
        { file: 'content/articles/small/hero.jpg', bytes: IMAGE_LIMIT_BYTES },
        { file: 'content/activities/huge/photo.png', bytes: 5.5 * 1024 * 1024 },
      ] },
      NOW,
    );
    expect(sections.find((s) => s.kind === 'largeImage')!.items).toEqual([
      { slug: 'big', file: 'content/articles/big/hero.jpg', detail: 'hero.jpg（2MB）' },
      { slug: 'huge', file: 'content/activities/huge/photo.png', detail: 'photo.png（5.5MB）' },
    ]);
  });

  it('prints the report in Japanese, by slug, only the sections with something in them', () => {
    const text = formatUpkeepReport(report(), NOW);
    expect(text).toContain('点検リスト（2026年12月3日時点）\n手入れが必要な項目：8件\n');
    expect(text).toContain('■ 最終確認日から12か月を過ぎた活動（1件）\n');
    expect(text).toContain('  stale-salon — 最終確認日 2025年6月10日（541日前）\n');
    expect(text).not.toContain('大きすぎる画像');
    expect(upkeepCount(report())).toBe(8);
  });

  it('is what npm run content:report prints, exiting 1 when something needs attention', () => {
    const script = (path: string) => new URL(`../../scripts/${path}`, import.meta.url).pathname;
    const run = spawnSync(process.execPath, ['--import', script('ts-resolve.mjs'), script('content-report.ts')], {
      cwd: FIXTURE, encoding: 'utf8', env: { ...process.env, SITE_NOW: NOW.toISOString() },
    });
    expect(run.stdout).toBe(formatUpkeepReport(report(), NOW));
    expect(run.status).toBe(1);
  });
});
