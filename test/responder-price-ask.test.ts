// Price asks in chat shapes and in the other languages: "how much u charge for a verse", "lmk ur
// price" and "quanto tu cobra?" ask the price as "what do you charge?" does, and get
// collab_quote; so does a booking asked ("are you available to book for 12 June?").
import { describe, expect, it } from "vitest";
import { asksToBook } from "../src/responder/booking-ask.ts";
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
    "need a sign painted like this for my shop lmk ur price",
    "yo i need someone to master my ep, 5 tracks, u available this month? send rates",
    "Kindly let me know your charges for 10 designs",
    "Please revert with your availability and rates",
    "whats the price for both",
    "are you still doing vtuber models? what's the price range",
    "Would you be able to paint it, and at what cost?",
    "Photographer needed for our vow renewal, August 9. Are you available. Please quote.",
    "We'd like a matching script weight, could you quote it?",
    "is that date open and what would 4 hours cost?",
    "Could you send your wholesale price sheet?",
    "Düğün davetiyelerimiz için 150 adet, fiyat verir misin?",
    "Fai lavori su commissione? Tempi e prezzo indicativo?",
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
    "could you quote this line from your post in my article?",
    "lmk what you think of the sketch",
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

describe("a booking asked", () => {
  const options = templateOptions({ ownerAbout: "" });
  const draft = (text: string) => templateDraft(options, dm(text), { label: "collaboration" });

  it.each([
    "are you available to book for 12 June?",
    "can I book you for my wedding on 3 May?",
    "Taking bookings for March? Need a DJ for a 40th.",
    "r u booking shows rn?",
    "my fiancé and I are eloping on September 27, is that date open?",
    "hi! are you free on the 14th? need a second violinist for a wedding",
    "we'd like to book you for a paid half-day debugging session next week",
  ])("is not asked for a budget back, but told a quote follows (%s)", (text) => {
    expect(asksToBook(text), text).toBe(true);
    const reply = draft(text).text;
    expect(reply).toContain("I price each project on its own");
    expect(reply).not.toContain("budget");
  });

  it.each([
    "are you free for a quick chat on Friday?",
    "would you be available for a podcast interview next Tuesday?",
    "can I book a call with you this week?",
    "we have the studio booked for the 20th, wanna shoot with us?",
    "we'd like to book you to speak at our meetup on 3 May, speaker fee and travel covered",
  ])("is not heard where nothing hired is booked, or its pay is set (%s)", (text) => {
    expect(asksToBook(text)).toBe(false);
  });

  it("names no booking back as a project", () => {
    expect(draft("are you available to book for 12 June?").text).not.toContain("the book");
  });
});
