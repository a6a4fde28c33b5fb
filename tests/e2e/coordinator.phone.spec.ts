/**
 * 「リストに追加」 on a 360 px phone: an activity's page (no JavaScript) sends the activity to /list/, which says what
 * it did and links back; the button is a full-size target and stays off paper.
 */
import { expect, test } from '@playwright/test';
import { entries } from './content';

const activity = entries('activities').find((a) => a.id === 'salon-hinatabokko')!;

test('the button is a full-size target, the list page says what it did without sideways scrolling, and paper shows neither', async ({ page }) => {
  await page.goto(`/activities/${activity.id}/`);
  const button = page.getByRole('button', { name: new RegExp(`^「${activity.data.name}」を\\s*リストに追加$`) });
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await page.emulateMedia({ media: 'print' });
  await expect(button).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await button.click();
  await expect(page).toHaveURL(`/list/?ids=${activity.id}`);
  const message = page.locator('[data-list-add]');
  await expect(message).toBeInViewport();
  await expect(message).toBeFocused();
  const back = message.getByRole('link', { name: `「${activity.data.name}」のページに戻る` });
  expect((await back.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.emulateMedia({ media: 'print' });
  await expect(message).toBeHidden();
});
