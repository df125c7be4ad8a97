import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { statesScope } from "../src/responder/scope.ts";

describe("an amount of work in time is a scope stated", () => {
  it.each([
    ["en", "we need a part-time illustrator, 12h/week, $40/hr"],
    ["en", "could you help with our migration? about 35 hours of work at your rate"],
    ["en", "we'd love you for 2 days of filming, £500/day"],
    ["en", "four days in October for the festival stage, fee €1,200"],
    ["en", "would you DJ the launch? 3 hours, $600"],
    ["en", "run a 2-day bookbinding workshop for our members? paid"],
    ["nl", "We zoeken iemand voor 16 uur per week, €60 per uur"],
    ["de", "Hättest du Zeit für ungefähr 6 Tage Beratung?"],
    ["es", "Rodamos un anuncio, 2 días, 700€"],
    ["pt", "queremos samba ao vivo por 3h, quanto fica?"],
    ["fr", "Une mission de 5 jours sur notre appli, ça te dit ?"],
    ["tr", "Haftada 2 gün moderasyon yapar mısın? Aylık 4.000 TL"],
    ["id", "butuh MC buat acara kantor, 3 jam, fee 1jt"],
  ] as const)("%s: %s", (language, text) => {
    expect(statesScope(text, language)).toBe(true);
    expect(askBrief(collabDetails(text, language), language)).not.toMatch(
      /scope|omvang|Umfang|alcance|escopo|périmètre|kapsam|cakupan/,
    );
  });

  it.each([
    ["a 1-hour interview for our podcast?", "could you run a 1-hour lino print demo?"],
    ["a quick 2 hours call next week?", "could you film our gig, 2 hours, $300?"],
    ["our jam starts in 3 days, join us?", "join our studio for 3 days of playtesting?"],
    ["a cerimónia começa às 16h, podes fotografar?", "fotografas a cerimónia? 6h no total"],
    ["hey, I played your demo for 40 hours in my stream", "we'd pay for 40 hours of your time"],
  ])("not how long until something, a meeting or a clock time (%s / %s)", (not, is) => {
    expect(statesScope(is)).toBe(true);
    expect(statesScope(not)).toBe(false);
  });
});
