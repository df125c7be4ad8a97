// `npm run test:faults`: kills, Redis crashes and platform failures played against `npm start` with
// the fake platforms and a Redis of the suite's own. One file at a time: each runs real processes.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default defineConfig({
  test: {
    ...base.test,
    include: ["test/faults/**/*.test.ts"],
    exclude: [],
    maxWorkers: 1,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
