/**
 * An activity's 小学校区 must be one of its area's schools: open data consumers join on it, so a typo or a school
 * of the wrong district would quietly put the activity in the wrong place.
 */
import { type ContentProblem, type SourceFile, fieldLine } from '../content-check';

export function checkSchoolDistricts(sources: SourceFile[]): ContentProblem[] {
  const schools = new Map<string, { name: string; schools: string[] }>();
  for (const s of sources) {
    if (s.collection !== 'areas' || typeof s.data.id !== 'string') continue;
    const list = Array.isArray(s.data.schools) ? s.data.schools.map(String) : [];
    schools.set(s.data.id, { name: String(s.data.name ?? s.data.id), schools: list });
  }
  const problems: ContentProblem[] = [];
  for (const s of sources) {
    const district = s.data.schoolDistrict;
    if (s.collection !== 'activities' || typeof district !== 'string' || !district.trim()) continue;
    const area = schools.get(String(s.data.area ?? ''));
    if (!area || area.schools.includes(district.trim())) continue; // an unknown area is reported by the schema
    const choices = area.schools.length ? `「${area.schools.join('」「')}」のどれか` : '空のまま（この地区には小学校区が登録されていません）';
    problems.push({
      file: s.file, field: 'schoolDistrict', line: fieldLine(s.yamlText, s.yamlLine, ['schoolDistrict']),
      message: `「${district}」は${area.name}の小学校区ではありません。${choices}にしてください`,
    });
  }
  return problems;
}
