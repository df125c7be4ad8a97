// `npm run build` as the Docker image uses it: compiled JavaScript that runs on plain node (no
// tsx), finds the files it reads at run time, and serves the CLI from dist/ when src/ is absent.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, dropPrefix, freshPrefix, REDIS_URL } from "./helpers/redis.ts";

// An image-like folder: package.json, bin/, dist/ and node_modules, no sources.
const app = mkdtempSync(join(tmpdir(), "ct-build-"));
const prefix = freshPrefix("build");

beforeAll(() => {
  const tsc = resolve("node_modules/typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", join(app, "dist")]);
  execFileSync(process.execPath, ["scripts/dist-assets.js", "copy", join(app, "dist")]);
  cpSync("package.json", join(app, "package.json"));
  cpSync("bin", join(app, "bin"), { recursive: true });
  symlinkSync(resolve("node_modules"), join(app, "node_modules"));
}, 120_000);

afterAll(async () => {
  const redis = connect();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

function jsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".js"))
    .map((f) => join(dir, f));
}

describe("the build", () => {
  it("rewrites every relative import to .js", () => {
    const files = jsFiles(join(app, "dist"));
    expect(files.length).toBeGreaterThan(50);
    const left = files.filter((f) =>
      /from\s+["']\.{1,2}\/[^"']*\.ts["']/.test(readFileSync(f, "utf8")),
    );
    expect(left).toEqual([]);
  });

  it("runs the bot on plain node and triages a piped line", () => {
    const run = spawnSync(process.execPath, [join(app, "dist/src/main.js")], {
      cwd: app,
      input: "would you mix my EP in April? budget is $900\n",
      env: { PATH: process.env.PATH ?? "", REDIS_URL, QUEUE_PREFIX: prefix, CONSOLE_MODE: "lines" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.label).toBe("collaboration");
    expect(result.draft.length).toBeGreaterThan(0);
  }, 40_000);

  it("the command runs dist/ when the sources are not there", () => {
    const run = spawnSync(
      process.execPath,
      [
        join(app, "bin/collab-triage.js"),
        "classify",
        "--json",
        "@everyone free nitro: dlscord-gift.com/claim",
      ],
      { cwd: app, env: { PATH: process.env.PATH ?? "" }, encoding: "utf8", timeout: 30_000 },
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).label).toBe("spam");
  }, 40_000);
});
