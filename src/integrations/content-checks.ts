import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { problemLabel } from '../../admin/field-labels';
import { te } from '../i18n/editor';
import { errorCommand, inGitHubActions } from '../lib/ci-annotations';
import { type ContentProblem, buildSnapshot, checkContent, formatProblem } from '../lib/content-check';

/**
 * Astro keeps parsed entries in its cache (node_modules/.astro/data-store.json) and reuses an entry whose file has
 * not changed, even when a schema in src/schemas changed (it watches only src/content.config.ts). A host that
 * caches node_modules between builds would then publish entries shaped by the old schema. So the cache is dropped
 * whenever the schemas change.
 */
function dropStaleContentCache(root: string, cacheDir: string) {
  const hash = createHash('sha256');
  for (const dir of ['src/schemas']) {
    for (const name of readdirSync(join(root, dir)).sort()) hash.update(name).update(readFileSync(join(root, dir, name)));
  }
  hash.update(readFileSync(join(root, 'src/content.config.ts')));
  const digest = hash.digest('hex');
  const stamp = join(cacheDir, 'schemas.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
}

/**
 * A problem as an annotation of a GitHub Actions run: shown beside the file in GitHub, and read back by the editors'
 * status page (/admin/status/), which names the field by its label in the admin.
 */
export const problemCommand = (p: ContentProblem) => errorCommand({
  file: p.file, line: p.line, title: problemLabel(p) || te('admin.status.checkTitle'),
  message: p.field && !problemLabel(p) ? te('admin.status.withField', { message: p.message, field: p.field }) : p.message,
});

/**
 * Fails the build before anything is rendered when content is wrong, listing every problem on its own line.
 * In GitHub Actions each problem is also printed as an annotation of the run. In `astro dev` it only reports, so an
 * editor's preview keeps running while they fix things.
 */
export default function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        dropStaleContentCache(root, fileURLToPath(config.cacheDir));
        const problems = command === 'build' ? buildSnapshot(root).problems : checkContent(root);
        if (problems.length === 0) return;
        const lines = problems.map(formatProblem);
        for (const line of lines) logger.error(line);
        if (command === 'build') {
          // Workflow commands must start a line of their own, so not through the logger, which adds a prefix.
          if (inGitHubActions()) for (const p of problems) console.log(problemCommand(p));
          throw new Error(`内容に ${problems.length} 件の問題があるため、サイトを作れません:\n${lines.join('\n')}`);
        }
      },
    },
  };
}
