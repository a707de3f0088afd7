import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Chromium and LibreOffice for test/e2e: found, installed where possible, or a clear stop.
    globalSetup: ['test/setup/system-deps.ts'],
  },
});
