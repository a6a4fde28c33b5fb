import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/content-check';

/**
 * Fails the build before anything is rendered when content is wrong, listing every problem on its own line.
 * In `astro dev` it only reports, so an editor's preview keeps running while they fix things.
 */
export default function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const lines = problems.map(formatProblem);
        for (const line of lines) logger.error(line);
        if (command === 'build') {
          throw new Error(`内容に ${problems.length} 件の問題があるため、サイトを作れません:\n${lines.join('\n')}`);
        }
      },
    },
  };
}
