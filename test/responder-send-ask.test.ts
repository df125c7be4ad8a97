// Leave asked to send a piece ("can I send you my demo?") is answered "yes, send it" and how (the
// feedback_yes reply), not "let me think it over"; a question about sending it elsewhere is not.
import { describe, expect, it } from "vitest";
import { planReply } from "../src/responder/plan.ts";
import { asksToSend } from "../src/responder/send-ask.ts";
import { sentWork } from "../src/responder/sent.ts";

const plan = (text: string) =>
  planReply({ text }, "feedback_request", {
    feedbackPolicy: "yes",
    spamReply: "none",
    ownerLanguage: "en",
  });

describe("leave asked to send a piece", () => {
  it("gets the reply that says yes and how to send it", () => {
    for (const text of [
      "Could I send my pilot script and ask what you make of the cold open?",
      "would it be ok if I sent you my portfolio?",
      "hey, made a beat i think u'd like, ok if i send it?",
      "could I DM you three thumbnails and get your gut reaction?",
      "Could I show you two cover options? I can't pick",
      "mind if I share my pitch deck? first one ever",
      "would you try my sourdough recipe if I send the steps?",
      "je peux t'envoyer mon mémoire ?",
      "darf ich dir meine Mappe kurz schicken?",
      "posso mandarti il mio cortometraggio?",
      "mag ik je mijn demo sturen?",
    ]) {
      expect(asksToSend(text), text).toBe(true);
      const reply = plan(text);
      expect(reply.template, text).toBe("feedback_yes");
      // Offered, not sent yet: the reply asks for it.
      expect(reply.sent, text).toBe(false);
    }
  });

  it("is not a question about sending it elsewhere, nor the reader's own", () => {
    for (const text of [
      "should i send my demo to labels or wait?",
      "can i send my demo to labels without a manager?",
      "can i share your post on my blog?",
      "how do you send invoices?",
    ])
      expect(asksToSend(text), text).toBe(false);
    expect(sentWork("would it be ok if I sent you my portfolio?")).toBe(false);
    expect(sentWork("I sent you my portfolio last week")).toBe(true);
  });
});
