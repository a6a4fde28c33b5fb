import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 60_000,
  },
});
