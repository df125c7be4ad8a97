// `npm run test:cluster`: the Redis Cluster and Sentinel suites, the slow fault ones included.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default defineConfig({
  test: { ...base.test, include: ["test/cluster*.test.ts", "test/sentinel*.test.ts"], exclude: [] },
});
