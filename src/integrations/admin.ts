import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import yaml from 'js-yaml';
import { buildCmsConfig } from '../../admin/config';
import { problemLabel } from '../../admin/field-labels';
import { type ContentProblem, buildSnapshot, checkContent, readSources } from '../lib/content-check';
import { buildIndex } from '../lib/entry-check';
import { SINGLE_FILES } from '../schemas/registry';

/**
 * Serves the editors' admin at /admin/ from our own site: Decap CMS's prebuilt dist/ (no CDN, works offline),
 * our entry page, the config generated from the schemas, our widgets/previews bundle and the site's CSS for previews.
 */
export default function admin(): AstroIntegration {
  let root = '';
  let site = '';
  let dev = false;
  const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

  // A build reads the content once (see buildSnapshot); `astro dev` reads it afresh for each request, as it changes.
  const sources = () => (dev ? readSources(root) : buildSnapshot(root).sources);

  const configYaml = () => {
    const settings = yaml.load(readFileSync(join(root, SINGLE_FILES.site.file), 'utf8')) as { cms?: { repo?: string; branch?: string; baseUrl?: string } };
    const config = buildCmsConfig({
      repo: process.env.CMS_REPO ?? settings.cms?.repo,
      branch: process.env.CMS_BRANCH ?? settings.cms?.branch,
      baseUrl: process.env.CMS_BASE_URL ?? settings.cms?.baseUrl,
      siteUrl: site,
      localPort: process.env.DECAP_PORT ? Number(process.env.DECAP_PORT) : undefined,
      areas: buildIndex(sources()).areas.map((a) => ({ id: a.id, name: a.title ?? a.id })),
    });
    return `# 自動生成されたファイルです（admin/config.ts と src/schemas/ から）。直接編集しないでください。\n${yaml.dump(config, { lineWidth: 120, noRefs: true })}`;
  };

  const bundle = (entry: string) => async () => {
    const result = await esbuild({
      entryPoints: [join(root, entry)], bundle: true, format: 'iife', target: 'es2020', minify: true, write: false,
      legalComments: 'none',
    });
    return result.outputFiles[0]!.text;
  };

  /** The field as editors know it (「開催日時 1件目 › 頻度」), beside its key in the file. */
  const withLabel = (p: ContentProblem) => {
    const label = problemLabel(p);
    return label ? { ...p, label } : p;
  };

  const previewCss = () => `${readFileSync(join(root, 'src/styles/layers.css'), 'utf8')}\n${readFileSync(join(root, 'src/styles/global.css'), 'utf8')}\n${readFileSync(join(root, 'admin/preview.css'), 'utf8')}`;

  const generated: Record<string, () => string | Promise<string>> = {
    '/admin/': () => readFileSync(join(root, 'admin/index.html'), 'utf8'),
    '/admin/config.yml': configYaml,
    '/admin/cms-setup.js': bundle('admin/cms.ts'),
    // What editors see of the content check (see admin/status.ts): live while editing locally, else this build's.
    '/admin/status/': () => readFileSync(join(root, 'admin/status.html'), 'utf8'),
    '/admin/status.js': bundle('admin/status.ts'),
    '/admin/content-status.json': () => JSON.stringify({ checkedAt: new Date().toISOString(), live: dev, problems: (dev ? checkContent(root) : buildSnapshot(root).problems).map(withLabel) }),
    '/admin/preview.css': previewCss,
    '/admin/admin.css': () => readFileSync(join(root, 'admin/admin.css'), 'utf8'),
    '/admin/init.js': () => readFileSync(join(root, 'admin/init.js'), 'utf8'),
    // The entries the admin checks slugs and references against (see admin/entry-validation.ts).
    '/admin/content-index.json': () => JSON.stringify(buildIndex(sources())),
  };
  const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.yml': 'text/yaml', '.json': 'application/json', '.wasm': 'application/wasm', '/': 'text/html' };
  const typeOf = (path: string) => `${TYPES[path.endsWith('/') ? '/' : extname(path)] ?? 'application/octet-stream'}; charset=utf-8`;

  return {
    name: 'admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? 'http://localhost:4321';
      },
      'astro:server:setup': ({ server }) => {
        dev = true;
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (path === '/admin') {
            res.writeHead(301, { location: '/admin/' }).end();
            return;
          }
          if (!path.startsWith('/admin/')) return next();
          try {
            const make = generated[path];
            const file = join(decapDist, path.slice('/admin/'.length));
            if (make) res.writeHead(200, { 'content-type': typeOf(path) }).end(await make());
            else if (existsSync(file)) res.writeHead(200, { 'content-type': typeOf(path) }).end(readFileSync(file));
            else next();
          } catch (error) {
            res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        // The whole prebuilt folder: decap-cms.js loads its chunks and wasm by relative path. Source maps stay out.
        cpSync(decapDist, out, { recursive: true, filter: (src) => !src.endsWith('.map') });
        for (const [path, make] of Object.entries(generated)) {
          const file = join(out, path.endsWith('/') ? `${path.slice('/admin/'.length)}index.html` : path.slice('/admin/'.length));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, await make());
        }
        logger.info('管理画面を /admin/ に書き出しました');
      },
    },
  };
}
