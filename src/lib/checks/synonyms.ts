import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SINGLE_FILES } from '../../schemas/registry';
import { synonymsSchema } from '../../schemas/search';
import { type ContentProblem, fieldLine, readYamlFile, schemaProblems } from '../content-check';

export const SYNONYMS_FILE = SINGLE_FILES.synonyms.file;

/**
 * The search's 表記ゆれ list (optional: without it, search simply has no synonyms). Checked against its schema, and a
 * spelling may belong to one group only, since a page using it gets that group's other spellings.
 */
export function checkSynonyms(root: string): ContentProblem[] {
  if (!existsSync(join(root, SYNONYMS_FILE))) return [];
  const problems: ContentProblem[] = [];
  const { data, ...at } = readYamlFile(root, SYNONYMS_FILE, problems);
  if (!data) return problems;
  const invalid = schemaProblems(synonymsSchema(), data, at);
  if (invalid.length > 0) return [...problems, ...invalid];
  const seen = new Map<string, number>();
  synonymsSchema().parse(data).groups.forEach((group, g) => {
    group.words.forEach((word, w) => {
      const other = seen.get(word);
      if (other !== undefined && other !== g) {
        problems.push({
          file: SYNONYMS_FILE, line: fieldLine(at.yamlText, 1, ['groups', g, 'words', w]), field: 'groups',
          message: `「${word}」が2つのグループ（${other + 1}番目と${g + 1}番目）にあります。どちらか1つにまとめてください`,
        });
      }
      seen.set(word, g);
    });
  });
  return problems;
}
