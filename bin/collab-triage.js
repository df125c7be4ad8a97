#!/usr/bin/env node
// The `collab-triage` command. In a checkout the TypeScript sources run as they are, through tsx;
// an install without them (the Docker image) runs the build in dist/ (`npm run build`).
import { existsSync } from "node:fs";

const sources = new URL("../src/cli/main.ts", import.meta.url);
let entry = new URL("../dist/src/cli/main.js", import.meta.url);
if (existsSync(sources)) {
  const { register } = await import("tsx/esm/api");
  register();
  entry = sources;
}
const { runFromShell } = await import(entry.href);
process.exitCode = await runFromShell(process.argv.slice(2));
