import { configDefaults, defineConfig } from "vitest/config";

/** Slow Redis fault suites, run on their own: `npm run test:cluster` (vitest.cluster.config.ts). */
export const SLOW = [
  "test/cluster-failover.test.ts",
  "test/cluster-tls.test.ts",
  "test/sentinel-failover.test.ts",
];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The fault suite runs on its own: `npm run test:faults` (vitest.faults.config.ts).
    exclude: [...configDefaults.exclude, ...SLOW, "test/faults/**"],
    // Files share one Redis but never a prefix; two at a time keeps the 2-core machine responsive.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
