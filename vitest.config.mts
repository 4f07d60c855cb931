import { defineConfig } from 'vitest/config'
import SummaryLineReporter from './test/support/summary-line-reporter'

// Unit and integration tests run under plain Node against real encrypted databases in temp
// folders; e2e tests drive Debian's Chromium through the loopback bridge. None imports electron.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: scrypt-heavy and browser tests are happier without much oversubscription.
    maxWorkers: 2,
    // A poll is a wait for something the code does, never a timing check: on a loaded CI machine
    // (another test file building a vault beside an e2e file) a second is not enough.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default', new SummaryLineReporter()],
    projects: [
      {
        extends: true,
        // Pure functions with no files, processes or memory measurements of their own: a worker
        // runs file after file without re-importing the core for each (isolated, the imports
        // cost more than the tests: 104 s → 39 s for the unit tests).
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // Core, door, CLI and crash tests: each uses its own temp folders and databases, so a
        // worker runs them one after another in one module graph too (the core imported once per
        // worker, not once per file).
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/crash/**/*.test.ts'],
          exclude: ['test/**/*.isolated.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        // Each file in a fresh worker: the browser journeys, and files that measure the worker's
        // own memory (named *.isolated.test.ts), which other files' garbage would inflate.
        test: { name: 'isolated', include: ['test/e2e/**/*.test.ts', 'test/**/*.isolated.test.ts'] },
      },
    ],
  },
})
