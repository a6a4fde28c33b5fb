/**
 * /soudan/: 相談窓口 by the situation a person arrives with. 複合 (いくつも重なって…) comes last, as the answer
 * when none of the others fits.
 */
import { SITUATIONS, SITUATION_IDS, type Situation } from '../schemas/activity';

interface ConsultationLike {
  id: string;
  data: { category: string; situations: readonly Situation[]; kana: string; status: string };
}

/**
 * The windows for each situation. `repeated` names the windows already listed under an earlier situation: the
 * printed sheet gives those their name and phone only, so the page fits on one A4 sheet.
 */
export function consultationsBySituation<T extends ConsultationLike>(activities: readonly T[]) {
  const open = activities.filter((a) => a.data.category === '相談窓口' && a.data.status !== 'ended');
  const seen = new Set<string>();
  return SITUATIONS.map((situation) => {
    const items = open.filter((a) => a.data.situations.includes(situation));
    const repeated = new Set(items.filter((a) => seen.has(a.id)).map((a) => a.id));
    for (const a of items) seen.add(a.id);
    return { situation, anchor: `situation-${SITUATION_IDS[situation]}`, items, repeated };
  });
}
