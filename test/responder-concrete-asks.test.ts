// A concrete ask is not answered "what do you have in mind?": a maintenance or support contract,
// a retainer, work paid for by its verb ("pay you to add…"), and a duration said in the sender's
// language ("6 weken", "3 miesiące") are named back or make the ask concrete.
import { describe, expect, it } from "vitest";
import { describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const kind = (text: string) =>
  templateDraft(templateOptions(), dm(text), { label: "collaboration" }).kind;

describe("a contract for support or maintenance, or a retainer", () => {
  it.each([
    [
      "Procurement requires a maintenance contract with an SLA. Could we set up a call to scope a 2-year agreement with you?",
      "maintenance contract",
    ],
    ["Can we buy a support agreement from you directly?", "support agreement"],
    ["We'd like to keep you on retainer for architecture reviews, $180/hr", "retainer"],
  ])("is the project named back (%s)", (text, project) => {
    expect(collabDetails(text, "en").project).toBe(project);
    expect(kind(text)).toBe("collab_concrete");
  });

  it("a one-year contract is its timing", () => {
    const text = "we would like to offer you a one-year contract to lead its further development";
    expect(describeDetails(collabDetails(text, "en"))).toBe("the timing");
  });
});

describe("work paid for by its verb", () => {
  it("says what they need and makes the ask concrete", () => {
    const text =
      "hi, we'd like to pay you to add a streaming API to your CSV crate. Contract work?";
    expect(collabDetails(text, "en").asked).toBe(true);
    expect(kind(text)).toBe("collab_concrete");
  });
});

describe("a duration in the sender's language", () => {
  it.each([
    ["nl", "betaalde opdracht van 6 weken, we kennen je van je talk"],
    ["pl", "szukamy kogoś na kontrakt B2B na 3 miesiące do naszego zespołu QA"],
    ["pl", "Byłbyś otwarty na zlecenie B2B, powiedzmy 2-3 tygodnie pracy?"],
    ["de", "das ist die Ausschreibung für unsere API-Migration, bezahlt, 3 Monate"],
    ["es", "es un encargo pagado, 4 semanas, 6.000 €"],
    ["fr", "mission payée de 6 semaines, 550 €/jour"],
    ["it", "cerchiamo uno sviluppatore frontend per 6 settimane"],
    ["pt", "queremos te contratar 2 meses pra liderar o módulo"],
    ["id", "proyek berbayar 2 bulan, kami suka library kakak"],
  ] as const)("is the timing (%s: %s)", (language: Language, text) => {
    expect(collabDetails(text, language).date).toBeDefined();
  });
});
