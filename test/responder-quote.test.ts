// The question a reply quotes back starts after a lead-in that ends in asking and a colon, in any
// template language and however long the lead-in; a colon in a time, or after a list that the
// question needs, stays.
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";

describe("the quoted question", () => {
  it.each([
    [
      "Ciao! Ho guardato il tuo tutorial sulle voci ieri sera e volevo chiederti: meglio studiare prima la compressione o l'equalizzazione?",
      "meglio studiare prima la compressione o l'equalizzazione?",
    ],
    [
      "Bonjour ! J'ai suivi toute ta série sur l'aquarelle cet hiver et je voulais te demander : quel papier conseilles-tu pour débuter ?",
      "quel papier conseilles-tu pour débuter ?",
    ],
    [
      "Hallo! Ich verfolge deinen Kanal schon seit dem ersten Video über Synthesizer und hätte eine Frage: lieber zuerst Hardware oder Plugins?",
      "lieber zuerst Hardware oder Plugins?",
    ],
    [
      "Hey, I binged your whole series about pricing freelance illustration work last weekend and I wanted to ask you: do you charge per piece or per hour?",
      "do you charge per piece or per hour?",
    ],
  ])("leaves out a long lead-in that ends in asking (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("keeps a colon that is not a lead-in's", () => {
    expect(questionToQuote("the stream starts at 10:30 so should I warm up my voice first?")).toBe(
      "the stream starts at 10:30 so should I warm up my voice first?",
    );
    const listed =
      "My whole setup right now is a cheap interface, two old monitors, a borrowed mic and a laptop: what would you upgrade first?";
    expect(questionToQuote(listed)).toBe(listed);
  });

  it("leaves out a Japanese lead-in that ends in a full-width colon", () => {
    expect(questionToQuote("質問があります：ミックスはどのDAWで始めるべきですか？")).toBe(
      "ミックスはどのDAWで始めるべきですか？",
    );
  });

  it("hears a Japanese question without its mark, but not 'how is it?'", () => {
    expect(questionToQuote("料金はいくらですか")).toBe("料金はいくらですか？");
    expect(questionToQuote("いくらで依頼できますか。")).toBe("いくらで依頼できますか？");
    expect(questionToQuote("新曲を作りました。どうですか")).toBeUndefined();
  });

  it("hears a question that starts halfway through a sentence with no mark", () => {
    expect(questionToQuote("im 14 and i want to get into mixing what should i do first")).toBe(
      "what should i do first?",
    );
    expect(questionToQuote("no bc how do u get ur lineart so smooth, i'm crying")).toBe(
      "how do u get ur lineart so smooth?",
    );
    expect(questionToQuote("i love what you do with color")).toBeUndefined();
  });
});
