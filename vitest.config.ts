import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Setups that build Excel's maximum column (huge-lists) or start a PostgreSQL cluster take seconds,
    // more on a shared 2-core machine: the default 10 s cut them off there.
    hookTimeout: 120_000,
    // Chromium and LibreOffice for test/e2e: found, installed where possible, or a clear stop.
    globalSetup: ['test/setup/system-deps.ts'],
  },
});
