import { expect, test } from '@playwright/test';
import { entries, publishedArticles } from './content';

const CHANGED = /の同意を得て、内容の一部を変えています。$/;

test('a story whose details were changed says so, with whose consent; a story told as it happened does not', async ({ page }) => {
  const articles = publishedArticles();
  const changed = articles.filter((a) => a.data.people.featured && a.data.people.consent?.detailsChanged);
  const asItHappened = articles.find((a) => a.data.people.featured && !a.data.people.consent?.detailsChanged)!;
  expect(changed.length).toBeGreaterThan(0);
  for (const article of changed) {
    await page.goto(`/articles/${article.id}/`);
    const note = page.getByRole('note').filter({ hasText: CHANGED });
    await expect(note).toHaveText(article.data.people.consent.by === '本人' ? 'ご本人の同意を得て、内容の一部を変えています。' : CHANGED);
  }
  await page.goto(`/articles/${asItHappened.id}/`);
  await expect(page.getByText(CHANGED)).toHaveCount(0);
});

test('an activity whose contact is a private person says that publication was agreed', async ({ page }) => {
  const activities = entries('activities');
  const personal = activities.find((a) => a.data.contact.personal)!;
  const organisation = activities.find((a) => !a.data.contact.personal && a.data.contact.phone)!;
  await page.goto(`/activities/${personal.id}/`);
  const contact = page.getByRole('region', { name: '問い合わせ先' });
  await expect(contact).toContainText('ご本人の承諾を得て掲載しています');
  await page.goto(`/activities/${organisation.id}/`);
  await expect(page.getByRole('region', { name: '問い合わせ先' })).not.toContainText('承諾');
});

test('every 相談窓口 and every 開催案内 has a やさしい日本語 summary on its page', async ({ page }) => {
  const soudan = entries('activities').filter((a) => a.data.category === '相談窓口');
  const annai = entries('notices').filter((n) => n.data.kind === '開催案内');
  for (const [path, entry] of [...soudan.map((a) => [`/activities/${a.id}/`, a] as const), ...annai.map((n) => [`/notices/${n.id}/`, n] as const)]) {
    expect(entry.data.easySummary, path).toBeTruthy();
    await page.goto(path);
    await expect(page.getByRole('region', { name: 'やさしい にほんご' })).toContainText(entry.data.easySummary.slice(0, 20));
  }
});
