// The kind of reply fits the kind of ask: a price asked is answered with a quote to come, not a
// budget asked back; work asked by its verb alone is asked what it is, not thanked "for being
// specific"; a doubt about a piece they made and did not send asks for the piece.
import { describe, expect, it } from "vitest";
import { planReply } from "../src/responder/plan.ts";
import { asksPrice } from "../src/responder/price-ask.ts";
import { parseTemplates, type Templates, templateDraft } from "../src/responder/templates.ts";
import type { Label } from "../src/types.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const draft = (text: string, label: Label = "collaboration", opts = options) =>
  templateDraft(opts, dm(text), { label }).text ?? "";
const policy = { feedbackPolicy: "yes", spamReply: "none", ownerLanguage: "en" } as const;
const plan = (text: string, label: Label = "collaboration") => planReply({ text }, label, policy);

describe("a price asked", () => {
  it.each([
    "what do u charge for a logo?",
    "how much for a fullbody?",
    "u do mixing? how much",
    "whats ur price for editing a weekly 10 min yt vid",
    "need a 3d model of my oc, rates?",
    "could you quote us for a brand identity?",
    "quanto vc cobra pra fazer uma capa de single?",
    "Robisz emotki na zamówienie? potrzebuję 5, ile by to kosztowało?",
    "Jaka cena?",
    "logo ve menü tasarımı yaptırmak istiyorum, fiyat alabilir miyim?",
    "Was würde das ungefähr kosten?",
    "kak berapa harga commission full body?",
    "オーダーで浴衣の仕立てってお願いできますか？お値段教えてください",
  ])("is heard in %s", (text) => {
    expect(asksPrice(text)).toBe(true);
  });

  it.each([
    "happy to pay whatever you charge",
    "We can pay your usual consulting rate.",
    "Would you be open to a 3-month engagement, 2 days/week, at your day rate?",
    "wedding in September, NAME UR PRICE",
    "料金はご相談で、まずラフを1案無料で作ります",
    "Je peux vous envoyer un devis au mot ?",
    "how much time do you need for a mix?",
  ])("is not heard where the price is left to them or not asked: %s", (text) => {
    expect(asksPrice(text)).toBe(false);
  });

  it("is answered with a quote to come, asking no budget back", () => {
    const text = draft("what do u charge for a logo? it's for my aunt's taco truck");
    expect(plan("what do u charge for a logo?")).toMatchObject({
      kind: "collab_concrete",
      template: "collab_quote",
    });
    expect(text).toContain("thanks for asking about the logo");
    expect(text).toContain("I price each project on its own");
    expect(text).toContain("(timeline)");
    expect(text).not.toMatch(/budget|what you need from me|being specific/);
    // A budget named is no price asked: the concrete reply, which names it back.
    expect(plan("how much would the full set be? my budget is $300").template).toBe(
      "collab_concrete",
    );
  });

  it("names back nothing when nothing was named, and asks nothing when all a quote needs is there", () => {
    expect(draft("u do mixing? how much")).toContain(
      "Hi Maya, thanks for asking.\nI price each project on its own, so could you tell me a bit more about it (scope and timeline)?",
    );
    expect(draft("Can you quote a 6-page brochure redesign? Need it by the 30th.")).toContain(
      "I price each project on its own: let me check it against my schedule, and I'll get back to you with a quote.",
    );
  });

  it("in the sender's language, and formally to a formal sender", () => {
    expect(draft("Jaka cena za logo dla piekarni?")).toContain("Cena zależy od projektu");
    expect(draft("Oi! Você fotografa casamento? Qual o valor?")).toContain(
      "O preço depende de cada projeto",
    );
    const formal = draft(
      "Bonjour, vous faites des tatouages ornementaux ? Combien ça coûterait et vous avez des dispos en juin ?",
    );
    expect(formal).toContain("pourriez-vous m'en dire un peu plus");
    expect(formal).not.toMatch(/budget/);
  });
});

describe("work asked by its verb alone", () => {
  it("is asked what it is, without thanks for being specific", () => {
    const polish = draft("Mogłabyś zaprojektować etykiety do naszego piwa rzemieślniczego?");
    expect(plan("Mogłabyś zaprojektować etykiety do naszego piwa rzemieślniczego?")).toMatchObject({
      kind: "collab_concrete",
      template: "collab_asked",
    });
    expect(polish).toContain(
      "Chętnie dowiem się więcej. Napiszesz coś więcej (zakres, terminy i budżet)?",
    );
    expect(polish).not.toMatch(/konkrety|czego potrzebujesz/);
    const english = draft("hi i realy like ur drawing can u draw my charcter i pay with paypal");
    expect(english).toContain(
      "Happy to hear more. Could you tell me a bit about it (scope and timeline)?",
    );
    expect(english).not.toMatch(/being specific|what you have in mind/);
  });
});

describe("a doubt about a piece they made", () => {
  it("asks for the piece, to look at with their question in mind", () => {
    for (const text of [
      "hiii 🥺 i drew ur oc!! is the anatomy ok?? i struggle w hands sorry",
      "Zrobiłam okładkę do swojej książki, czy tytuł jest czytelny w miniaturce?",
    ]) {
      expect(plan(text, "feedback_request")).toMatchObject({
        template: "feedback_yes",
        concern: true,
      });
    }
    expect(draft("hiii 🥺 i drew ur oc!! is the anatomy ok??", "feedback_request")).toContain(
      "Send one link or file (a private link is fine), and I'll go through it with your question in mind.",
    );
    // What they made is only the background of a question about their choices or the reader's
    // ways: that question is acknowledged.
    for (const text of [
      "i built an app to split bills with friends || is it weird to use firebase for this or should i learn a real backend?",
      "Weird question: a client wants to buy out a component library I built for them and offered $15k. Is that low?",
      "quick q: do you take deposits for commissions? a client ghosted me after i finished the sketch",
    ]) {
      expect(plan(text, "feedback_request").template, text).toBe("feedback_question");
    }
  });
});

describe("the owner's templates", () => {
  it("accept the new sections, in any language, with {unless_details}", () => {
    const templates = {
      ...options.templates,
      ...parseTemplates(
        "## collab_quote.es\nHola {sender}: {details}.\n{unless_details}¡Hola {sender}!\nTe paso precio pronto.\n\n## collab_asked\nTell me more ({ask_brief}).\n",
        "mine.md",
      ),
    } as Templates;
    const mine = { ...options, templates };
    expect(
      draft("Queremos un mural en la barda del bar, ¿cuánto cobrarías?", "collaboration", mine),
    ).toBe("Hola Maya: el proyecto (mural).\nTe paso precio pronto.");
    expect(draft("¿cuánto cobras?", "collaboration", mine)).toBe(
      "¡Hola Maya!\nTe paso precio pronto.",
    );
    expect(draft("can u draw my charcter i pay with paypal", "collaboration", mine)).toBe(
      "Tell me more (scope and timeline).",
    );
  });
});
