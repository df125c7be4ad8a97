import { randomUUID } from "node:crypto";
import type { InboundMessage } from "../../src/types.ts";

/**
 * A DM from a sender of its own (a fresh author and DM channel), so two calls are two
 * conversations; pass `author` and `channel` to write as the same sender.
 */
export function dm(text: string, overrides: Partial<InboundMessage> = {}): InboundMessage {
  const sender = `u-${randomUUID().slice(0, 8)}`;
  return {
    id: randomUUID(),
    platform: "console",
    workspace: "local",
    channel: `dm:${sender}`,
    context: "dm",
    author: { id: sender, name: "Maya Torres" },
    text,
    links: [],
    receivedAt: new Date().toISOString(),
    ...overrides,
  };
}

export const CONCRETE_COLLAB =
  "Hi! I run a small label and we're releasing a 6-track EP in April. Would you mix it? Budget is $1,800, full credit. Can send stems this week.";
export const VAGUE_COLLAB =
  "love your work, would be great to work together sometime! where can I reach you?";
