import { defineConfig } from 'vitest/config';

// CI asks for a JSON report (counted by .ci/run); people get the default reporter only.
const jsonReport = process.env.VITEST_JSON_REPORT;

/**
 * Test tiers. Unit tests exercise pure code and need no engine: the folders below, and
 * anywhere else a file named `*.unit.test.ts`. Every other test is an integration test on
 * the local engines (DynamoDB Local, sockets, a browser). `npm test` runs both; the unit
 * tier alone runs without Java (`npx vitest run --project unit`), so a test filed there
 * that needs an engine fails at once.
 */
const UNIT = ['test/domain/**/*.test.ts', 'test/agent/local-model/**/*.test.ts', 'test/agent/render/**/*.test.ts', 'test/agent/turn/**/*.test.ts', 'test/**/*.unit.test.ts'];

export default defineConfig({
  test: {
    // Integration suites start real engines (DynamoDB Local, sockets); keep the 2-core machine unsaturated.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: UNIT,
          // One DynamoDB Local (AWS's own engine) for the whole run; each file gets its own tables.
          globalSetup: ['test/support/dynamodb.ts'],
        },
      },
    ],
  },
});
