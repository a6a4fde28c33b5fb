import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';

const GOOD = new URL('../fixtures/good', import.meta.url).pathname;
const ACTIVITY = 'content/activities/salon-test/index.mdx';

function withDistrict(line: string) {
  const root = mkdtempSync(join(tmpdir(), 'school-'));
  cpSync(GOOD, root, { recursive: true });
  const path = join(root, ACTIVITY);
  writeFileSync(path, readFileSync(path, 'utf8').replace('area: kita\n', `area: kita\n${line}\n`));
  return root;
}

describe('schoolDistrict', () => {
  it('accepts one of the area’s schools', () => {
    expect(checkContent(withDistrict('schoolDistrict: 北小学校'))).toEqual([]);
  });

  it('rejects a school of no area, naming the line and the choices', () => {
    const problems = checkContent(withDistrict('schoolDistrict: 南小学校'));
    expect(problems).toEqual([
      {
        file: ACTIVITY, field: 'schoolDistrict', line: 9,
        message: '「南小学校」は北部地区の小学校区ではありません。「北小学校」のどれかにしてください',
      },
    ]);
  });
});
