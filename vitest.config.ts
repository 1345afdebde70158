import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // DynamoDB Local and the SES emulator start once for the whole run.
    globalSetup: ['test/support/global-setup.ts'],
    // Handlers log JSON; tests only need to see warnings and errors.
    env: { POWERTOOLS_LOG_LEVEL: 'WARN', RATE_LIMIT_PER_MINUTE: '1000000' },
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Two cores: Chromium, Java and the workers share them.
    maxWorkers: 2,
  },
});
