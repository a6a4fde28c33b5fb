#!/usr/bin/env node
// Run after `npm install` on a machine whose npm registry mirror serves only the Linux x64 builds of Astro's
// compiler binding: npm then leaves the other platforms' optional packages out of package-lock.json, and
// `npm ci` refuses the lock file as out of sync. This records them as platform-specific optional packages
// (never fetched on Linux x64; fetched from the registry on the platform that needs them).
import { readFileSync, writeFileSync } from 'node:fs';

const BINDING = 'node_modules/@astrojs/compiler-binding';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const binding = lock.packages[BINDING];
const platforms = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};
let added = 0;
for (const [platform, fields] of Object.entries(platforms)) {
  const key = `${BINDING}-${platform}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version: binding.version, ...fields, license: 'MIT', optional: true, engines: binding.engines };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform packages recorded`);
