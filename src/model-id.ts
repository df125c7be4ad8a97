// A model's id: a short hash of its file, so a log line, /healthz and the CLI name the same model
// the same way whatever its path (a retrained copy, a rollback, the shipped one).
import { createHash } from "node:crypto";

export function modelId(fileText: string): string {
  return createHash("sha256").update(fileText).digest("hex").slice(0, 12);
}
