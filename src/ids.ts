import { createHash } from "node:crypto";
import type { InboundMessage } from "./types.ts";

/**
 * The review id is derived from the platform message, so the same message enqueued twice lands on
 * the same job and the same review. 21 characters: Discord allows nonces of at most 25.
 */
export function reviewIdFor(
  message: Pick<InboundMessage, "platform" | "workspace" | "id">,
): string {
  const digest = createHash("sha256")
    .update(`${message.platform}\u0000${message.workspace}\u0000${message.id}`)
    .digest("hex");
  return `r${digest.slice(0, 20)}`;
}
