// A pending review as triage would store it, for tests that start from a stored review rather
// than from a message going through the pipeline.
import type { Review } from "../../src/types.ts";
import { dm } from "./messages.ts";

export function pendingReview(id: string, overrides: Partial<Review> = {}): Review {
  const at = new Date().toISOString();
  return {
    id,
    kind: "reply",
    status: "pending",
    message: dm("would you mix my EP?"),
    classification: {
      label: "collaboration",
      confidence: 0.9,
      scores: { spam: 0.05, feedback_request: 0.05, collaboration: 0.9 },
      reasons: ["a test"],
      source: "test",
    },
    draft: { kind: "collab_vague", text: "Tell me more.", source: "template" },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
