import { describe, expect, it } from 'vitest';
import { PAST_NOTICES_SHOWN, districtContents } from '../../src/lib/district';

const now = new Date('2026-11-22T12:00:00+09:00');
const ref = (id: string) => ({ id });
const notice = (id: string, council: string, startsAt: string) => ({
  id,
  data: { kind: '開催案内', startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 7_200_000), status: 'scheduled', council: ref(council), activities: [] },
});

describe('districtContents', () => {
  const area = { id: 'kita', data: { schools: ['北小学校', '松原小学校'] } };
  const content = {
    activities: [
      { id: 'a', data: { area: ref('kita'), schoolDistrict: '松原小学校' } },
      { id: 'b', data: { area: ref('kita') } },
      { id: 'c', data: { area: ref('minami') } },
    ],
    councils: [{ id: 'kita-kaigi', data: { area: ref('kita') } }, { id: 'shi', data: {} }],
    notices: [
      notice('next', 'kita-kaigi', '2026-12-10T14:00:00+09:00'),
      ...Array.from({ length: 7 }, (_, i) => notice(`past-${i + 1}`, 'kita-kaigi', `2026-0${i + 1}-10T14:00:00+09:00`)),
      notice('city', 'shi', '2026-12-01T14:00:00+09:00'),
    ],
    articles: [{ id: 'x', data: { areas: [ref('kita')] } }, { id: 'y', data: { areas: [ref('minami')] } }],
  };
  const d = districtContents(area, content, now);

  it('takes the area’s activities, grouped by 校区 with the whole-area ones last', () => {
    expect(d.activities.map((a) => a.id)).toEqual(['a', 'b']);
    expect(d.schools.map((g) => [g.school, g.items.map((a) => a.id)])).toEqual([['北小学校', []], ['松原小学校', ['a']], [undefined, ['b']]]);
  });

  it('takes the area’s 第2層協議体 and their notices: upcoming first, then the latest past ones', () => {
    expect(d.councils.map((c) => c.id)).toEqual(['kita-kaigi']);
    expect(d.councilById.get('kita-kaigi')).toBe(content.councils[0]);
    expect(d.notices.map((n) => n.id)).toEqual(['next', 'past-7', 'past-6', 'past-5', 'past-4', 'past-3']);
    expect(d.notices).toHaveLength(1 + PAST_NOTICES_SHOWN);
  });

  it('takes the articles about the area', () => {
    expect(d.articles.map((a) => a.id)).toEqual(['x']);
  });
});
