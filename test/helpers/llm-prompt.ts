// The system prompt the LLM responder would send for a message, without a server: what the tests
// of its instructions read.
import type { Responder } from "../../src/ports.ts";
import { LlmResponder, type ReplyKind } from "../../src/responder/llm.ts";
import { planReply } from "../../src/responder/plan.ts";
import type { Label } from "../../src/types.ts";

const fallback: Responder = {
  draft: async () => ({ kind: "collab_vague", text: "template", source: "template" }),
};
const llm = new LlmResponder(
  { baseURL: "http://127.0.0.1:9/v1", model: "fake", ownerName: "Sam" },
  { fallback },
);

/** The prompt for `text` labelled `label`, drafted as `kind`. */
export function systemPromptFor(
  text: string,
  kind: ReplyKind = "collab_vague",
  label: Label = "collaboration",
): string {
  return llm.systemPrompt(
    kind,
    planReply({ text }, label, { feedbackPolicy: "yes", spamReply: "none", ownerLanguage: "en" }),
  );
}
