// Classifiers that answer by keyword, for tests of what a label leads to. askClassifier: collaboration
// once the sender asks to work together, spam before (a message alone is not labelled as its
// conversation is); nitroClassifier: spam for a nitro scam, whose near-identical copies make campaigns.
import type { Classifier } from "../../src/ports.ts";

export const ASK = "work with you";

export const askClassifier: Classifier = {
  name: "ask",
  async classify(input) {
    const asks = input.text.includes(ASK);
    return {
      label: asks ? "collaboration" : "spam",
      confidence: 0.9,
      scores: asks
        ? { spam: 0.05, feedback_request: 0.05, collaboration: 0.9 }
        : { spam: 0.9, feedback_request: 0.05, collaboration: 0.05 },
      reasons: [asks ? "asks to work together" : "no ask yet"],
      source: "ask",
    };
  },
};

/** Spam when the text offers free nitro, collaboration otherwise: campaigns' copies are spam. */
export const nitroClassifier: Classifier = {
  name: "keyword",
  async classify(input) {
    const spam = input.text.includes("FREE NITRO");
    return {
      label: spam ? "spam" : "collaboration",
      confidence: 0.95,
      scores: spam
        ? { spam: 0.95, feedback_request: 0.025, collaboration: 0.025 }
        : { spam: 0.025, feedback_request: 0.025, collaboration: 0.95 },
      reasons: [spam ? "offers free **nitro**" : "asks to work together"],
      source: "keyword",
    };
  },
};

/** A near-identical copy of a nitro scam per account: the same text but for its ending. */
export function nitroCopies(accounts: number): Array<{ name: string; text: string }> {
  return Array.from({ length: accounts }, (_, i) => ({
    name: `Gift Bot ${i + 1}`,
    text: `${NITRO} #${i + 1}`,
  }));
}

export const NITRO =
  "FREE NITRO for everyone @everyone claim yours now at [discord.com/gift](https://discord-gift.example/claim) before it runs out today";
