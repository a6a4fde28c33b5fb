/**
 * /soudan/: 相談窓口 by the situation a person arrives with. 複合 (いくつも重なって…) comes last, as the answer
 * when none of the others fits.
 */
import { SITUATIONS, SITUATION_IDS, type Situation } from '../schemas/activity';

interface ConsultationLike {
  id: string;
  data: { category: string; situations: readonly Situation[]; kana: string; status: string };
}

export function consultationsBySituation<T extends ConsultationLike>(activities: readonly T[]) {
  const open = activities.filter((a) => a.data.category === '相談窓口' && a.data.status !== 'ended');
  return SITUATIONS.map((situation) => ({
    situation,
    anchor: `situation-${SITUATION_IDS[situation]}`,
    items: open.filter((a) => a.data.situations.includes(situation)),
  }));
}
