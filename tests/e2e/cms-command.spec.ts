import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

const ROOT = new URL('../../', import.meta.url).pathname;
const up = (url: string, init?: RequestInit) => fetch(url, init).then((r) => r.status < 500, () => false);
const decapInfo = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) };

test('npm run cms starts the site with its admin and decap-server together, and Ctrl-C stops both', async () => {
  test.setTimeout(120_000);
  const child = spawn('node', ['scripts/cms.mjs', '--port', '4391'], {
    cwd: ROOT, env: { ...process.env, DECAP_PORT: '8091', ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore',
  });
  await expect.poll(() => up('http://localhost:4391/admin/'), { timeout: 60_000 }).toBe(true);
  await expect.poll(() => up('http://localhost:8091/api/v1', decapInfo), { timeout: 30_000 }).toBe(true);
  const admin = await (await fetch('http://localhost:4391/admin/config.yml')).text();
  expect(admin).toContain('local_backend:\n  url: http://localhost:8091/api/v1');

  child.kill('SIGINT');
  await expect.poll(() => child.exitCode, { timeout: 15_000 }).not.toBeNull();
  await expect.poll(() => up('http://localhost:4391/admin/'), { timeout: 15_000 }).toBe(false);
  await expect.poll(() => up('http://localhost:8091/api/v1', decapInfo), { timeout: 15_000 }).toBe(false);
});
