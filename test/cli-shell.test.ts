// The command's rough edges as a new user meets them in a shell: empty messages, --help on each
// command, --version, the accepted platforms, one error per problem, and training that replaces a
// model or learns from too few examples.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "./helpers/cli-process.ts";

const cwd = mkdtempSync(join(tmpdir(), "ct-cli-shell-"));

describe("classify", () => {
  it("refuses an empty message as piped input does: usage, exit 2", async () => {
    for (const empty of ["", "   "]) {
      const { code, stdout, stderr } = await runBin(["classify", empty], cwd);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^collab-triage: classify got an empty message/);
    }
  });
});
