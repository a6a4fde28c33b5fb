/** The activity categories editors choose from, and their ids in URLs. No Zod here: islands import this. */
export const CATEGORIES = [
  'サロン・茶話会',
  '通いの場・体操',
  '子ども食堂・食の支援',
  '子育て',
  '居場所',
  '学び・趣味',
  '就労・役割',
  '見守り・生活支援',
  '相談窓口',
  'ボランティア',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Stable ASCII ids for URLs (`/activities/?category=salon`); content keeps the Japanese values editors see. */
export const CATEGORY_IDS: Record<Category, string> = {
  'サロン・茶話会': 'salon',
  '通いの場・体操': 'kayoinoba',
  '子ども食堂・食の支援': 'food',
  '子育て': 'kosodate',
  '居場所': 'ibasho',
  '学び・趣味': 'manabi',
  '就労・役割': 'shuro',
  '見守り・生活支援': 'mimamori',
  '相談窓口': 'soudan',
  'ボランティア': 'volunteer',
};
