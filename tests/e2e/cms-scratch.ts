/**
 * A scratch copy of the project for editor tests: the CMS writes into it through a real decap-server,
 * and it can be rebuilt with `astro build` without touching the real content.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'node_modules/.bin');

export interface Scratch {
  dir: string;
  stop: () => void;
  build: () => { status: number | null; output: string };
}

/** decap-server listens on DECAP_PORT (8081 by default): the admin must be built with the same DECAP_PORT. */
export async function startScratch(port = Number(process.env.DECAP_PORT ?? 8081)): Promise<Scratch> {
  const dir = mkdtempSync(join(tmpdir(), 'cms-scratch-'));
  for (const entry of ['content', 'src', 'admin', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const server: ChildProcess = spawn(join(BIN, 'decap-server'), [], {
    env: { ...process.env, PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://localhost:${port}/api/v1`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }),
    }).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    dir,
    stop: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
    build: () => {
      const run = spawnSync(join(BIN, 'astro'), ['build', '--root', dir], {
        encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
  };
}
