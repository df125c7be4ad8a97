// Price asks in chat shapes and in the other languages: "how much u charge for a verse" and
// "quanto tu cobra?" ask the price as "what do you charge?" does, and get collab_quote.
import { describe, expect, it } from "vitest";
import { asksPrice } from "../src/responder/price-ask.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

describe("a price asked in chat or in another language", () => {
  it.each([
    "how much u charge for a verse",
    "yo what u charge for a 16",
    "hey i wnat to hire u for make my logo for my shop, how much u want",
    "is ur beat still up for lease? how much for exclusive",
    "how much 4 a beat",
    "i wanna get a headshot of my cat 🐱 how much n how long",
    "how much is a verse",
    "quanto tu cobra? pago no pix",
    "quanto você cobraria por um beat?",
    "cuánto cobrás por un logo?",
    "tu prends combien pour mixer un morceau ?",
    "c'est combien pour une pochette ?",
    "was würdest du für 5 Stunden nehmen?",
    "quanto chiederesti per un mix?",
    "Hoeveel vraagt ge daarvoor?",
    "Ile byś za to wzięła?",
    "ile by to mniej wiecej kosztowalo?",
    "ne kadara yaparsın?",
    "bang jasa mixing mastering berapaan?",
  ])("is heard in %s", (text) => {
    expect(asksPrice(text)).toBe(true);
  });

  it.each([
    "happy to pay what you charge, can send photos",
    "I know how much you want this to land",
    "I wonder how much and how often we should post",
    "c'est combien de temps, un mix ?",
    "was würdest du davon halten?",
    "ile byś potrzebował czasu?",
    "hoeveel zou je kunnen doen per week?",
  ])("is not heard where no price is asked: %s", (text) => {
    expect(asksPrice(text)).toBe(false);
  });

  it("is answered with a quote to come, in the sender's language", () => {
    const options = templateOptions({ ownerAbout: "" });
    const draft = (text: string) => templateDraft(options, dm(text), { label: "collaboration" });
    expect(draft("how much u charge for a verse").text).toContain(
      "I price each project on its own",
    );
    expect(draft("tem como fazer um exclusivo pra mim? quanto tu cobra?").text).toContain(
      "O preço depende de cada projeto",
    );
  });
});
