// `npm run build`'s helper: `clean` empties dist/ (so a deleted source leaves no stale .js behind);
// `copy` puts beside the compiled code the files it reads at run time through import.meta.url
// (the shipped model, the corpus retraining starts from, the reply templates, the demo inbox).
// A second argument names another output folder (the build test uses a temporary one).
import { cpSync, rmSync } from "node:fs";

const ASSETS = [
  "classifiers/model/model.json",
  "classifiers/corpus",
  "src/responder/replies.md",
  "examples/inbox.jsonl",
];

const [verb, out = "dist"] = process.argv.slice(2);
if (verb === "clean") {
  rmSync(out, { recursive: true, force: true });
} else if (verb === "copy") {
  for (const path of ASSETS) cpSync(path, `${out}/${path}`, { recursive: true });
} else {
  process.stderr.write("usage: node scripts/dist-assets.js clean|copy [DIR]\n");
  process.exitCode = 2;
}
