#!/usr/bin/env node
// Local editing in one command: the site in development mode (astro dev, with the admin at /admin/) and
// decap-server, which lets the admin read and write the files in this folder. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const children = [
  spawn(bin('decap-server'), [], { stdio: 'inherit', env: { ...process.env, PORT: process.env.DECAP_PORT ?? '8081', MODE: 'fs' } }),
  spawn(bin('astro'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }),
];

console.log('\n管理画面: http://localhost:4321/admin/ （止めるときは Ctrl-C）\n');

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
