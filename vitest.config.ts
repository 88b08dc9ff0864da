import { defineConfig } from 'vitest/config';

// CI asks for a JSON report (counted by .ci/run); people get the default reporter only.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One DynamoDB Local (AWS's own engine) for the whole run; each file gets its own tables.
    globalSetup: ['test/support/dynamodb.ts'],
    // Integration suites start real engines (DynamoDB Local, sockets); keep the 2-core machine unsaturated.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined,
  },
});
