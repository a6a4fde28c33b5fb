import { describe, expect, it } from 'vitest';
import { consultationsBySituation } from '../../src/lib/soudan';
import type { Situation } from '../../src/schemas/activity';

const a = (id: string, situations: Situation[], category = '相談窓口', status = 'active') => ({ id, data: { category, situations, kana: id, status } });

describe('consultationsBySituation', () => {
  it('lists every situation in order, 複合 last, with the windows for each', () => {
    const groups = consultationsBySituation([a('houkatsu', ['介護・高齢']), a('marugoto', ['複合', '生活・お金']), a('salon', [], 'サロン・茶話会')]);
    expect(groups.map((g) => g.situation)).toEqual(['介護・高齢', '障害', '子ども・子育て', '生活・お金', '仕事', '住まい', '複合']);
    expect(groups.find((g) => g.situation === '介護・高齢')!.items.map((x) => x.id)).toEqual(['houkatsu']);
    expect(groups.find((g) => g.situation === '生活・お金')!.items.map((x) => x.id)).toEqual(['marugoto']);
    expect(groups.find((g) => g.situation === '障害')!.items).toEqual([]);
    expect(groups.at(-1)!.anchor).toBe('situation-fukugo');
  });

  it('leaves out ended windows and other categories', () => {
    const groups = consultationsBySituation([a('old', ['仕事'], '相談窓口', 'ended'), a('cafe', ['仕事'], '居場所')]);
    expect(groups.flatMap((g) => g.items)).toEqual([]);
  });

  it('marks a window already listed under an earlier situation, for the one-sheet printout', () => {
    const groups = consultationsBySituation([a('houkatsu', ['介護・高齢']), a('marugoto', ['複合', '生活・お金', '仕事']), a('kurashi', ['生活・お金', '仕事'])]);
    const repeated = (s: Situation) => [...groups.find((g) => g.situation === s)!.repeated];
    expect(repeated('介護・高齢')).toEqual([]);
    expect(repeated('生活・お金')).toEqual([]);
    expect(repeated('仕事').sort()).toEqual(['kurashi', 'marugoto']);
    expect(repeated('複合')).toEqual(['marugoto']);
  });
});
