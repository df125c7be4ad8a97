// A collaboration request in another template language that names its work, a right or a role
// in its own words ("çeviri hakları", "menerjemahkan", "zwei Songs") is concrete, and the draft
// names back a word that reads right in the language's phrase, or only "the scope".
import { describe, expect, it } from "vitest";
import { collabDetails, isConcrete } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

describe("work named in the sender's language", () => {
  it.each<[Language, string, string]>([
    ["tr", "Yayınevimiz Ada Kurt'un son romanının çeviri haklarını almak istiyor", "roman"],
    [
      "tr",
      "Merhaba, kitabınızın çeviri haklarıyla ilgileniyoruz, görüşebilir miyiz?",
      "çeviri hakları",
    ],
    ["id", "Halo kak, kami mau bikin terjemahan resmi untuk cerita kakak", "terjemahan"],
    ["nl", "Zou je een muurschildering voor onze bakkerij willen maken?", "muurschildering"],
    ["it", "Ti andrebbe di disegnare la copertina del mio romanzo?", "romanzo"],
    ["pl", "Cześć, robimy komiks o smokach i szukamy kogoś do tła", "komiks"],
    ["es", "Queremos grabar un episodio contigo sobre cerámica", "episodio"],
    ["fr", "On prépare une tournée en Bretagne, tu viendrais jouer ?", "tournée"],
    ["ja", "来年の写真展を一緒にやりませんか？", "写真展"],
  ])("names back the work (%s: %s)", (language, text, expected) => {
    expect(collabDetails(text, language).project).toBe(expected);
  });

  it.each<[Language, string]>([
    ["id", "Tim kami ingin menerjemahkan gim kakak secara resmi, tertarik?"],
    ["pl", "Dzień dobry, chcielibyśmy przetłumaczyć Pani reportaż na czeski"],
    ["de", "Hast du Lust, zwei Songs für unser Theaterstück zu schreiben?"],
    ["es", "¿Podrías hacer 3 ilustraciones para nuestra revista?"],
    ["pl", "Szukamy lektora do nagrania 10 odcinków słuchowiska"],
    ["ja", "アイコンを3点お願いできますか？"],
  ])("is concrete without a word to name back (%s: %s)", (language, text) => {
    const details = collabDetails(text, language);
    expect(isConcrete(details)).toBe(true);
    expect(details.project).toBeUndefined();
  });

  it.each<[Language, string, string]>([
    ["it", "Cerchiamo una traduttrice per il nostro sito, ti interessa?", "traduttrice"],
    ["tr", "Ben editörüm, yeni dergimiz için çevirmen arıyoruz", "çevirmen"],
    ["de", "Wir suchen eine Sprecherin für unser Hörspiel", "Sprecherin"],
  ])("names the role offered, not the sender's own (%s: %s)", (language, text, expected) => {
    expect(collabDetails(text, language).role).toBe(expected);
  });

  it("takes '写真家です' for the sender's trade, and the shoot for the work", () => {
    const details = collabDetails("写真家です。アクセサリーを撮影させてもらえませんか？", "ja");
    expect(details.role).toBeUndefined();
    expect(details.project).toBe("撮影");
  });

  it("thanks a Turkish publisher for naming the novel, in the language's phrase", () => {
    const { text } = templateDraft(
      templateOptions(),
      dm("Merhaba, yayınevimiz olarak son romanınızın Almanca çeviri haklarını almak istiyoruz."),
      { label: "collaboration" },
    );
    expect(text).toContain("proje (roman)");
  });
});
