// Work asked, and work divided, in the other languages' shapes the responder did not hear yet:
// "¿te interesaría dar un taller?", "queríamos que fizesses…", "tu viendrais encadrer…", "vuoi
// suonare?", "zou je … willen doen", "wir bräuchten ein Cover", "…をお願いできないでしょうか",
// "zrobiłbyś nam…", "konuk olur musun?", "müzik lazım", "mau ngisi acara?", "sen beat, ben rap",
// "aku coding, kamu art". Each says what they need, so the brief does not ask it again.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";

const NEED: Record<string, string> = {
  es: "qué necesitas de mí",
  pt: "o que você precisa de mim",
  fr: "ce que tu attends de moi",
  it: "cosa ti serve da me",
  nl: "wat je van mij nodig hebt",
  de: "was du von mir brauchst",
  ja: "私に求めること",
  pl: "czego potrzebujesz ode mnie",
  tr: "benden ne beklediğin",
  id: "apa yang kamu butuhkan dari saya",
};
const brief = (text: string, language: Language) =>
  askBrief(collabDetails(text, language), language);

describe("work asked in more of the languages' shapes", () => {
  it.each([
    ["es", "¿Te interesaría dar un taller de cerámica en marzo? Pagamos 200 €"],
    ["pt", "queríamos que fizesses o cartaz do festival, pagamos 300 €"],
    ["pt", "topa palestrar no nosso meetup em março?"],
    ["fr", "Tu viendrais encadrer un atelier en mai ? 300 € pour la journée"],
    ["it", "vuoi suonare alla nostra festa il 12 maggio? 200€"],
    ["nl", "zou je de illustraties voor mijn boek willen doen? €500"],
    ["de", "für die neue Auflage: wir bräuchten ein neues Cover, 400 €"],
    ["ja", "タイトル画面のロゴをドット絵でお願いできないでしょうか。報酬2万円です"],
    ["ja", "来月の配信イベントに出てもらえませんか？ギャラ2万円です"],
    ["pl", "zrobiłbyś nam plakat na koncert? mamy 500 zł"],
    ["tr", "podcast'ime konuk olur musun? kayıt mayısta"],
    ["tr", "kısa filmimiz için müzik lazım, bütçe 5000 TL"],
    ["id", "Kak, mau ngisi acara musik kampus tanggal 12? fee 1 juta"],
  ] as const)("is heard (%s: %s)", (language, text) => {
    expect(brief(text, language)).not.toContain(NEED[language]);
  });

  it.each([
    ["ja", "ご検討をお願いできれば幸いです。詳細は後ほど"],
    ["tr", "Merhaba, müsait olur musunuz? Bir fikrim var"],
    ["tr", "Kontenjan için 15'ine kadar netleşmemiz gerekiyor"],
  ] as const)("does not take a reply asked for work (%s: %s)", (language, text) => {
    expect(collabDetails(text, language).verbAsked).toBeUndefined();
  });
});

describe("work divided in the languages' words", () => {
  it.each([
    ["tr", "kanka beraber şarkı yapalım mı? sen beat, ben rap"],
    ["id", "lanjutin project kita yuk? aku coding, kamu art, rilis di itch"],
    ["id", "Aku yang nulis cerita, kakak yang gambar, bagi hasil"],
  ] as const)("names the owner's part (%s: %s)", (language, text) => {
    expect(collabDetails(text, language).together).toBe(true);
    expect(brief(text, language)).not.toContain(NEED[language]);
  });

  it.each([
    ["tr", "sunucuda sen polissin ben çeteyim ya, ortak yayın yapalım mı?"],
    ["id", "Selamat siang Kak Nadia, saya editor dari platform komik"],
    ["id", "video kakak sering aku puterin di kelas"],
  ] as const)("does not take who each is for a part (%s: %s)", (language, text) => {
    expect(collabDetails(text, language).together).toBeUndefined();
  });
});
