// How long the work lasts, said in words ("for a month", "a fortnight-long audit", "durante un
// mes"), is its timing: the brief does not ask for a timeline again. A time gone by ("we've used
// your library for a year") is not.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails, missingFromBrief } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";

const details = (text: string, language: Language = "en") => collabDetails(text, language);

describe("a duration said in words", () => {
  it.each([
    ["en", "could we hire you for a month to port our renderer to wasm?", "for a month"],
    ["en", "would you consult for a couple of weeks? $80/h, remote", "for a couple of weeks"],
    ["en", "we'd like to sponsor your streams, $150 per stream for a month", "for a month"],
    ["en", "we'd like to book you for a week-long accessibility audit, paid", "for a week"],
    ["en", "Gold sponsor at $300/month for a year, no strings", "for a year"],
    ["es", "¿Nos asesoras durante un mes? Pagamos 800 € por semana", "durante un mes"],
    ["pt", "Você faria a mentoria do time por dois meses? R$ 3.000 por mês", "por dois meses"],
    ["fr", "On vous propose 900€ et un panier de fruits par mois pendant un an", "pendant un an"],
    ["de", "Würden Sie unser Team einen Monat lang beraten? 900 €/Tag", "einen Monat lang"],
    ["it", "Ci faresti da consulente per un mese? 600 € a settimana", "per un mese"],
  ] as const)("is the timing (%s: %s)", (language, text, timing) => {
    const read = details(text, language);
    expect(read.date).toBe(timing);
    expect(missingFromBrief(read)).not.toContain("timeline");
  });

  it.each([
    "we've been using your icon set in our app for a year, could we commission 30 more icons for $900?",
    "I've had your print on my wall for a year. Would you paint a sign for my shop? £500",
    "For a year we've kept a fork of your parser. Budget is $5,000 to upstream it, would you?",
    "could we hire you to port our renderer to wasm? we reply to everyone in a week",
  ])("is not a time gone by or an answer's delay (%s)", (text) => {
    const read = details(text);
    expect(read.date).toBeUndefined();
    expect(askBrief(read, "en")).toContain("timeline");
  });
});
