// `npm run build`'s helper: `clean` empties dist/ (so a deleted source leaves no stale .js behind);
// `copy` puts beside the compiled code every other file of the source folders (the shipped model,
// the corpus retraining starts from, the reply templates...), since the code finds them through
// import.meta.url, and the demo inbox. A second argument names another output folder (the build
// test uses a temporary one).
import { cpSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["src", "adapters", "classifiers"];
const EXTRA = ["examples/inbox.jsonl"];
// What tsc compiles, and what a retrain or a rollback leaves beside the shipped model.
const SKIP = /\.ts$|\.prev\.|\.tmp-/;

function assets() {
  const found = [...EXTRA];
  for (const dir of SOURCES) {
    for (const name of readdirSync(dir, { recursive: true })) {
      const path = join(dir, String(name));
      if (!SKIP.test(path) && statSync(path).isFile()) found.push(path);
    }
  }
  return found;
}

const [verb, out = "dist"] = process.argv.slice(2);
if (verb === "clean") {
  rmSync(out, { recursive: true, force: true });
} else if (verb === "copy") {
  for (const path of assets()) cpSync(path, join(out, path));
} else {
  process.stderr.write("usage: node scripts/dist-assets.js clean|copy [DIR]\n");
  process.exitCode = 2;
}
