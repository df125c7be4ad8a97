// Work that recurs at a pace they give ("2 videos a week", "10h/week", "a monthly column") has
// its timing said: the brief does not ask a timeline. A sum per month, a count of weeks, their
// own events, an audience or billing say nothing of the work's pace.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";
import { systemPromptFor } from "./helpers/llm-prompt.ts";

const brief = (text: string, language: Language = "en") =>
  askBrief(collabDetails(text, language), language);
const TIMELINE = /timeline|plazos|prazos|calendrier|Zeitplan|tempi|zaman planı|スケジュール/;

describe("work that recurs at a pace", () => {
  it.each([
    ["en", "need an editor for my cooking channel, 3 videos a week, $50 per video"],
    ["en", "looking for a part-time illustrator, ~12 hrs/month, $40/hr"],
    ["en", "would you write a monthly column for our zine? $200 a piece"],
    ["en", "we'd keep you on retainer for 6 hours monthly at $150/hr"],
    ["es", "Busco editor para mi canal, 2 vídeos por semana, 40€ por vídeo"],
    ["pt", "Quero fechar um pacote mensal de thumbs contigo, 10 thumbs por R$500"],
    ["fr", "On cherche un monteur, 2 vidéos par semaine, 60€ la vidéo"],
    ["de", "Wir suchen eine Illustratorin, 4 Bilder pro Monat, 80€ pro Bild"],
    ["it", "Cerco un montatore, 1 video a settimana, 70€ a video"],
    ["tr", "Kanalım için kurgucu arıyorum, haftada 3 video, video başı 500 TL"],
    ["ja", "チャンネルのサムネを月4枚、1枚3,000円でお願いできますか"],
  ] as const)("asks no timeline (%s: %s)", (language, text) => {
    expect(brief(text, language), text).not.toMatch(TIMELINE);
  });

  it.each([
    "we'd pay $400/month to sponsor the newsletter's header, starting when suits",
    "a talk at our monthly meetup, $150 for speakers",
    "I've got 9k monthly listeners, want to do a feature on my EP? $300",
    "six illustrations, $450 each, invoiced monthly",
    "Inkwell Weekly would love a 4-panel strip from you, $250",
  ])("still asks the timeline of one-off work (%s)", (text) => {
    expect(brief(text)).toMatch(/timeline/);
  });
});

describe("the LLM responder told of a pace", () => {
  const PACE = "The work recurs at a pace they gave";

  it("tells it the pace is the timing, not to be asked", () => {
    const system = systemPromptFor(
      "hey, could you cut my climbing vlogs? 4 a month, $60 per vlog",
      "collab_concrete",
    );
    expect(system).toContain(`${PACE} (2 videos a week, 10h/week, a monthly column)`);
    expect(system).toContain("do not ask for a timeline or a deadline");
    expect(system).not.toMatch(/\(timeline|, timeline/);
  });

  it("tells it nothing of a pace for one-off work", () => {
    const system = systemPromptFor(
      "hey, could you cut my climbing vlog? $60 for the one",
      "collab_concrete",
    );
    expect(system).not.toContain(PACE);
    expect(system).toMatch(/timeline/);
  });
});
