/** 費用 as one line: editors often write 「無料（軽食つき）」 in the text already, so 無料 is not said twice. */
export function formatCost(cost: { free: boolean; text?: string }, freeLabel = '無料'): string {
  if (!cost.free) return cost.text ?? '';
  if (!cost.text || cost.text.startsWith(freeLabel)) return cost.text ?? freeLabel;
  return `${freeLabel}（${cost.text}）`;
}
