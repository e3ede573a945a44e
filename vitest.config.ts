// Vitest: the suites under test/, one process per file (the Temporal native bridge), one real Temporal (the
// dev server, or a cluster with GONGGUAN_TEMPORAL=cluster) and database for the whole run
// (test/support/global-setup.ts).
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Cluster-only tests (their own cluster, a PostgreSQL restart) run in cluster mode, alone (scripts/test).
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.GONGGUAN_TEMPORAL === 'cluster' ? [] : ['test/cluster/**']),
    ],
    // The Temporal native bridge does not survive worker threads being recycled: use processes.
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/closing-line-reporter.ts'],
  },
});
