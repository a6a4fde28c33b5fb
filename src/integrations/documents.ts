import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSnapshot, readSources } from '../lib/content-check';
import { isDocument } from '../lib/documents';
import { urls } from '../lib/urls';

/** Publishes each notice's documents at /notices/<slug>/<file> (copied at build, served in `astro dev`). */
export default function documents(): AstroIntegration {
  let root = '';
  const published = (sources = readSources(root)) =>
    sources
      .filter((s) => s.collection === 'notices' && Array.isArray(s.data.documents))
      .flatMap((s) =>
        (s.data.documents as { file?: unknown }[])
          .map((d) => String(d.file ?? ''))
          .filter(isDocument)
          .map((file) => ({ url: urls.noticeDocument(String(s.data.slug), file), source: join(root, dirname(s.file), file) })),
      )
      .filter((d) => existsSync(d.source));

  return {
    name: 'documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const found = published().find((d) => d.url === decodeURIComponent((req.url ?? '').split('?')[0]!));
          if (!found) return next();
          res.writeHead(200, { 'content-type': found.url.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream' }).end(readFileSync(found.source));
        });
      },
      'astro:build:done': ({ dir }) => {
        for (const d of published(buildSnapshot(root).sources)) {
          const target = join(fileURLToPath(dir), d.url);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(d.source, target);
        }
      },
    },
  };
}
