// The reader's part said outright in shapes the work readers leave open: a division whose
// reader's clause is a bare verb ("I bake, you frost"), "would you" with the verb at its clause's
// end, "we'd love you to <verb>", the reader named by their group, "you on X, me on Y", and a
// division in the template languages. The brief then does not ask "what you need from me"; a
// sender's offer, a generic or past "you", or what the reader gets still leave it to ask.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails, isConcrete } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";
import { saysReadersPart } from "../src/responder/part-said.ts";
import { dividesTheWork } from "../src/responder/work-divided.ts";
import { describeRatio, growth, LINEAR_GROWTH, repeated } from "./helpers/growth.ts";

const brief = (text: string, language: Language = "en") =>
  askBrief(collabDetails(text, language), language);
const NEED = "what you need from me";

describe("the reader's part said", () => {
  it.each([
    "fancy a pop-up? I bake, you frost, we split the till 60/40",
    "you sew tiny hats, I bring the ferrets, let's shoot in the park",
    "we should start a podcast: I edit, u host 🎙️",
    "would you officiate? we elope in the woods in June",
    "could you accompany our choir at the carol night? £120",
    "we'd love the Hollow Pines Quartet to play the reception",
    "you on lyrics and me on the beat, rev share",
    "we'd love you to paint live at the harvest fair",
    "would you be interested in catering the wrap party? £250",
    "we can pay you £90 to narrate the trailer",
    "we'd like to rent the hall and have you cater our first supper club",
  ])("is not asked again (%s)", (text) => {
    expect(brief(text), text).not.toContain(NEED);
  });

  it.each<[Language, string, string]>([
    ["es", "tú pintas, yo enmarco y vendemos en la feria", "qué necesitas"],
    ["pt", "você costura e eu vendo na minha loja", "o que você precisa"],
    ["fr", "tu écris, je dessine, on partage 50/50", "ce que tu attends"],
    ["de", "du fotografierst, ich schreibe die Texte, 50/50", "was du von mir brauchst"],
    ["it", "tu cucini, io porto il vino, dividiamo a metà", "cosa ti serve da me"],
    ["it", "io ti scrivo i testi e tu mi suoni la chitarra, ci stai?", "cosa ti serve da me"],
    ["es", "yo te grabo el disco y tú me diseñas la portada", "qué necesitas"],
    ["fr", "je tourne un clip en mai, tu chorégraphierais la danse ?", "ce que tu attends"],
    ["it", "mi impagineresti la rivista del circolo?", "cosa ti serve da me"],
  ])("is not asked again in %s (%s)", (language, text, need) => {
    expect(brief(text, language), text).not.toContain(need);
  });

  it("makes no vague ask concrete", () => {
    expect(isConcrete(collabDetails("I bake, you frost", "en"))).toBe(false);
  });
});

describe("the reader's part not said", () => {
  it.each([
    "I could edit your videos, $200 a month",
    "you know how it is, I'm swamped, let's work together sometime",
    "when you played the Roxy I was in the crowd, I run a label now, $300",
    "if you write newsletters, I'll swap a shoutout with you",
    "we'd cover travel and you'd get 20% of the sales",
    "you post great little comics and i write essays, zine maybe?",
    "let's work together on something",
    "we'd love you to come to our launch party in May",
    "would you be interested in partnering on a podcast?",
  ])("is still asked (%s)", (text) => {
    expect(brief(text), text).toContain(NEED);
  });

  it.each<[Language, string, string]>([
    ["es", "tú sabes, yo creo que podríamos hacer algo", "qué necesitas"],
    ["fr", "tu sais, je pense qu'on pourrait faire un truc", "ce que tu attends"],
    ["de", "du bist toll, ich finde deine Sachen super, Projekt?", "was du von mir brauchst"],
  ])("is still asked in %s when each one only is or thinks (%s)", (language, text, need) => {
    expect(brief(text, language), text).toContain(need);
  });
});

describe("the reader's part read in the template languages", () => {
  it("reads a long text in time linear in its length", () => {
    for (const language of ["es", "pt", "fr", "de", "it"] as const) {
      for (const [read, text] of [
        [dividesTheWork, repeated("tu mi a, io ti a ", 3_000)],
        [dividesTheWork, repeated("du a und ich a ", 3_000)],
        [saysReadersPart, repeated("mi aresti ", 4_000)],
        [saysReadersPart, repeated("tu aaarais ", 4_000)],
      ] as const) {
        const g = growth((t) => read(t, language), text);
        const shown = `${read.name} in ${language} on ${JSON.stringify(text(1).slice(0, 10))}`;
        expect(g.ratio, describeRatio(shown, g)).toBeLessThan(LINEAR_GROWTH);
      }
    }
  });
});
