import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentProblems, needsPrivacyCheck } from '../../admin/privacy';
import { checkContent } from '../../src/lib/content-check';
import { detailsChangedNote } from '../../src/lib/people';
import { peopleIssues, peopleSchema } from '../../src/schemas/people';

const GOOD = new URL('../fixtures/good', import.meta.url).pathname;
const WITHOUT_CONSENT = new URL('../fixtures/people/without-consent.mdx', import.meta.url).pathname;

/** The good fixture plus the people story that lacks consent, optionally edited. */
function withPeopleStory(change: (text: string) => string = (t) => t) {
  const root = mkdtempSync(join(tmpdir(), 'people-'));
  cpSync(GOOD, root, { recursive: true });
  const dir = join(root, 'content/articles/people-without-consent');
  mkdirSync(dir);
  copyFileSync(join(GOOD, 'content/articles/first-article/hero.png'), join(dir, 'hero.png'));
  writeFileSync(join(dir, 'index.mdx'), change(readFileSync(WITHOUT_CONSENT, 'utf8')));
  return root;
}
const FILE = 'content/articles/people-without-consent/index.mdx';
const consent = 'people:\n  featured: true\n  consent:\n    by: 本人\n    date: 2026-10-01\n';

describe('people in articles: the content check', () => {
  it('refuses an article that features people without consent, naming the file, field and line', () => {
    const problems = checkContent(withPeopleStory());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field: 'people.consent', line: 13 });
    expect(problems[0]!.message).toContain('同意の記録がない記事は公開できません');
  });

  it('accepts it once consent is recorded, and lets a draft wait for consent', () => {
    expect(checkContent(withPeopleStory((t) => t.replace('people:\n  featured: true\n', consent)))).toEqual([]);
    expect(checkContent(withPeopleStory((t) => t.replace('people:', 'draft: true\npeople:')))).toEqual([]);
  });

  it('asks for the part of the consent that is missing', () => {
    const problems = checkContent(withPeopleStory((t) => t.replace('people:\n  featured: true\n', consent.replace('    by: 本人\n', ''))));
    expect(problems.map((p) => [p.field, p.message])).toEqual([['people.consent.by', '同意した人（本人・本人と家族・家族）を選んでください']]);
  });

  it('refuses an article that does not say whether people appear', () => {
    const problems = checkContent(withPeopleStory((t) => t.replace('people:\n  featured: true\n', '')));
    expect(problems[0]).toMatchObject({ file: FILE, field: 'people', message: '「登場する人」の「個人がわかる形で人が登場する」を選んでください' });
  });
});

describe('peopleIssues', () => {
  const published = { publishedAt: '2026-10-10' };
  it('has nothing to say when nobody identifiable appears', () => {
    expect(peopleIssues({ featured: false }, published)).toEqual([]);
  });
  it('refuses consent given after publication', () => {
    const issues = peopleIssues({ featured: true, consent: { by: '本人', date: '2026-10-11' } }, published);
    expect(issues).toEqual([{ path: ['people', 'consent', 'date'], message: '同意を得た日が公開日より後です。公開する前に同意を得てください' }]);
  });
  it('accepts consent given on the day of publication', () => {
    expect(peopleIssues({ featured: true, consent: { by: '家族', date: new Date('2026-10-10') } }, { publishedAt: new Date('2026-10-10') })).toEqual([]);
  });
});

describe('the admin applies the same rule', () => {
  it('refuses to save what the build refuses, with the same words', () => {
    expect(consentProblems({ people: { featured: true }, publishedAt: '2026-10-10' })).toContain('同意の記録がない記事は公開できません');
    expect(consentProblems({ people: { featured: true, consent: { by: '本人', date: '2026-10-01' } }, publishedAt: '2026-10-10' })).toBe('');
  });
  it('asks for the privacy checklist only for a published article featuring people', () => {
    expect(needsPrivacyCheck({ people: { featured: true } })).toBe(true);
    expect(needsPrivacyCheck({ people: { featured: true }, draft: true })).toBe(false);
    expect(needsPrivacyCheck({ people: { featured: false } })).toBe(false);
  });
});

describe('detailsChangedNote', () => {
  const people = (by: '本人' | '本人と家族' | '家族', detailsChanged: boolean) =>
    peopleSchema().parse({ featured: true, consent: { by, date: '2026-10-01', detailsChanged } });
  it('names whose consent allowed the change', () => {
    expect(detailsChangedNote(people('本人', true))).toBe('article.detailsChanged.self');
    expect(detailsChangedNote(people('本人と家族', true))).toBe('article.detailsChanged.selfAndFamily');
    expect(detailsChangedNote(people('家族', true))).toBe('article.detailsChanged.family');
  });
  it('says nothing when the story is told as it happened', () => {
    expect(detailsChangedNote(people('本人', false))).toBeUndefined();
    expect(detailsChangedNote(peopleSchema().parse({ featured: false }))).toBeUndefined();
  });
});
