import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The import aliases (#core/…) are tsconfig paths; esbuild and tsx read them too.
  resolve: { tsconfigPaths: true },
  test: {
    // DynamoDB Local and the SES emulator start once for the whole run.
    globalSetup: ['test/support/global-setup.ts'],
    // The run prints test results, not application logs; tests that assert on logs capture them (log-privacy).
    env: { POWERTOOLS_LOG_LEVEL: 'SILENT', RATE_LIMIT_PER_MINUTE: '1000000' },
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Two cores: Chromium, Java and the workers share them.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit, integration, infra', include: ['test/{unit,integration,infra}/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        // After the others and one file at a time: two Chromiums with axe beside Java on two cores once
        // stalled a navigation past a minute; one browser at a time never has.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
