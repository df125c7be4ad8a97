// A budget or pay they stated is not asked for again, written without a currency sign or in the
// words of a split; and pay left open ("rate negotiable", "stawka do uzgodnienia", "報酬は応相談")
// is pay coming, not a budget to ask for as if nothing had been said of it.
import { describe, expect, it } from "vitest";
import { describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails, missingFromBrief } from "../src/responder/details.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

describe("a sum without a currency sign", () => {
  it.each([
    ["en", "need 6 emotes in your style, 1.5k for the set"],
    ["en", "lowkey need u on my podcast. pay's 150 per ep, u down for a 3-ep arc?"],
    ["en", "would you translate our indie game into portuguese? ~8k words, 0.06/word"],
    ["en", "could we hire u to set up our mentorship program? we have 5k from a grant"],
    ["en", "co-author the photobook with me? co-author credit, twenty percent of net sales"],
    ["es", "Buscamos una diseñadora de producto senior para una fintech (remoto, USD 4.500/mes)"],
    ["de", "Wir suchen ab Oktober eine*n Compositor für eine Serie, 12 Monate befristet, 52-58k."],
    ["de", "wir suchen eine/n Senior Rust Engineer, remote in DE, 85–100k€"],
    ["pl", "Robię teledysk i chcę, żebyś go wyreżyserował. Zdjęcia w marcu, budżet 6 tys."],
    ["pl", "robimy razem teledysk do mojego singla? zdjęcia w kwietniu, mam 5 tys. budżetu"],
    ["pl", "Szukamy Senior Rust Engineera, B2B 28-34 tys. netto, full remote"],
    ["tr", "Oyunumuz için müzik lazım, 10 bin TL"],
    ["tr", "Öykülerinizi bir kitapta toplamak istiyoruz, avans ve %12 telif teklif ediyoruz"],
    ["id", "kak, kita mau bikin web series 6 episode, butuh editor. per episode 1,2jt"],
  ] as const)("is a budget named, not asked again (%s: %s)", (language, text) => {
    const details = collabDetails(text, language);
    expect(details.budget).toBeDefined();
    expect(missingFromBrief(details)).not.toContain("budget");
  });

  it("is read where pay is meant, not in a count of followers, words or pages", () => {
    expect(collabDetails("need 6 emotes, 1.5k for the set").budget).toBe("1.5k");
    for (const text of [
      "i have 12k subs, wanna collab on a video?",
      "hey i'm an admin at Tracker Town (~8k, the renoise server), want a joint jam in june?",
      "we'd need someone for ~6k words EN>DE for our e-shop relaunch next month",
      "Czy przetłumaczy Pani całą aplikację, ok. 6 tys. słów?",
      "Ciao! Illustri il mio fumetto? consegna a metà settembre",
    ]) {
      const details = collabDetails(text);
      expect(details.budget, text).toBeUndefined();
      expect(details.paid, text).toBeUndefined();
    }
  });

  it("prefers the sum to the word before it: 'my rate is $250/song' names $250", () => {
    expect(collabDetails("My rate is $250/song, samples on my site").budget).toBe("$250");
    expect(collabDetails("I could edit your videos, my rate is 40/hour").budget).toBe("rate is 40");
  });
});

describe("a split said in words", () => {
  it.each([
    ["pt", "bora fazer um EP juntos? divide tudo meio a meio"],
    ["pt", "bora fazer um flash day juntos no meu estúdio em março? dividimos o faturamento"],
    ["es", "¿te animas a una colección conjunta para la feria? compartimos puesto y ganancias"],
    ["it", "Ti andrebbe di fare una capsule di portafogli col mio brand? Dividiamo i guadagni"],
    ["it", "Se l'editore accetta, anticipo e diritti divisi a metà. Ti va di leggere il testo?"],
    ["fr", "je cherche un dessinateur pour le dossier éditeur, on partage moitié-moitié"],
    ["pl", "chcesz zrobić razem komiks? ja piszę scenariusz, ty rysujesz, zyski pół na pół"],
    ["tr", "indie oyun stüdyomuz için pixel artist arıyoruz, gelir paylaşımlı"],
    ["tr", "jamdeki oyunumuzu bitirelim mi? sen çizimler, ben kod, steam'e koyalım yarı yarıya"],
    ["tr", "Benim senaryom var, sen çizer misin? Kickstarter açıp geliri paylaşırız"],
    ["tr", "yeni albümde bir parçaya feat atar mısın? gelirleri bölüşürüz"],
    ["de", "ich bring ein Zine raus, zeichnest du 4 Seiten mit? Erlös teilen wir"],
    ["es", "Si necesitás banda sonora, podemos ir a porcentaje de las ventas"],
    ["pl", "nagrywam album i brakuje mi producenta, dzielimy się zyskiem"],
    ["ja", "ZINE作りたい！あなたが写真、私が文章で、売上は折半でどう？"],
    ["ja", "コンピアルバム出します、売上は参加者で山分けです"],
  ] as const)("is pay said: no budget is asked (%s: %s)", (language, text) => {
    const details = collabDetails(text, language);
    expect(details.paid).toBe(true);
    expect(missingFromBrief(details)).not.toContain("budget");
  });
});

describe("no pay said in the other template languages", () => {
  it.each([
    ["de", "würdest du bei uns ein AMA machen? kein geld, aber wir pushen deinen kurs"],
    ["de", "Magst du ein Poster für unser Festival machen? Leider kein Budget"],
    ["es", "queremos que pintes la rampa, no hay mucha lana pero sale cheve y tacos"],
    ["es", "lo hacemos sin lana, puro amor al arte, ¿te sumas?"],
    ["pt", "bora gravar um clipe? não tem grana, mas divulgo muito"],
    ["fr", "Pas de budget au départ mais on partage la pige si c'est publié. T'es partante ?"],
    ["it", "Ci faresti la copertina? Nessun budget, purtroppo, ma tanta visibilità"],
    ["nl", "Wil je een poster maken voor ons buurtfeest? Geen budget helaas"],
  ] as const)("is unpaid: no budget is asked or named back (%s: %s)", (language, text) => {
    const details = collabDetails(text, language);
    expect(details.unpaid).toBe(true);
    expect(details.budget).toBeUndefined();
    expect(missingFromBrief(details)).not.toContain("budget");
  });
});

describe("pay said as a wish to pay or a way to pay", () => {
  it.each([
    "I'm going to self-publish and I want to pay an illustrator properly. would you consider it?",
    "Could I use your remix in my classes and a workout video? Happy to pay a licence",
    "hi sir, you design logo for my export company? payment via paypal",
    "うちの猫の似顔絵をお願いできますか？お支払いはPayPalで大丈夫です",
  ])("is pay said: no budget is asked (%s)", (text) => {
    const details = collabDetails(text);
    expect(details.paid).toBe(true);
    expect(missingFromBrief(details)).not.toContain("budget");
  });
});

describe("pay left open", () => {
  it.each([
    ["en", "could you mix our EP? rate negotiable"],
    ["en", "yo r u open to producing a full ep for me? got 6 songs written, budget flexible"],
    ["en", "WOULD U PLAY AT MY WEDDING?? SEPT 9, ACOUSTIC SET, NAME UR PRICE"],
    ["en", "would you paint our two cats? happy to pay whatever you charge"],
    ["en", "I need 6 character sprites in your style, can we talk rates?"],
    ["en", "could I commission you to expand the tileset? name your price"],
    ["pl", "Szukamy tłumacza gry na polski, stawka do uzgodnienia"],
    [
      "pl",
      "Chcielibyśmy zaprosić Panią do zilustrowania książki, 24 ilustracje. Honorarium do ustalenia",
    ],
    ["es", "Necesito un logo para mi cafetería, precio a combinar"],
    ["es", "Busco ilustrador para un libro infantil de 32 páginas. ¿Hablamos de tarifas?"],
    ["pt", "Preciso de um logo pra minha cafeteria, valor a combinar"],
    ["fr", "un logo pour notre café, tarif à discuter"],
    ["de", "Ein Logo für unser Café, Honorar nach Absprache"],
    ["it", "Ti andrebbe di fotografare 50 piatti a giugno? Compenso da definire"],
    ["nl", "een logo voor ons café, tarief te bespreken"],
    ["tr", "bir gün stüdyoya gelip çalar mısın, ücreti konuşuruz"],
    ["id", "mau bikin buku saku cerita kopi, sekitar 20 halaman, fee bisa nego"],
    ["ja", "うちのゲームのBGM作ってくれませんか、報酬相談させてください"],
    ["ja", "来月の住宅見学会用に、模型を作っていただけませんか？予算は相談させてください"],
  ] as const)("is pay coming: no budget asked or thanked for (%s: %s)", (language, text) => {
    const details = collabDetails(text, language);
    expect(details).toMatchObject({ paid: true, open: true });
    expect(details.budget).toBeUndefined();
    expect(missingFromBrief(details)).not.toContain("budget");
  });

  it("beside a sum, the sum is the budget", () => {
    expect(collabDetails("Rate negotiable; we've budgeted around $6k")).toMatchObject({
      budget: "$6k",
    });
    const details = collabDetails("fee per event bisa nego, biasanya kita kasih 4-6 jt", "id");
    expect(details.budget).toBe("6 jt");
    expect(details.open).toBeUndefined();
    expect(collabDetails("I'd love to work on your game, rates are flexible or rev share")).toEqual(
      expect.objectContaining({ budget: "rev share" }),
    );
  });

  it("drafts no budget question and names no budget back", () => {
    const text =
      "Hi, we'd like to bring you on as a freelance editor for our new series, 10 episodes. Rate is negotiable.";
    const d = templateDraft(templateOptions(), dm(text), { label: "collaboration" });
    expect(d.kind).toBe("collab_concrete");
    expect(d.text).toContain("(timeline)");
    expect(d.text).not.toContain("budget");
    expect(describeDetails(collabDetails(text))).not.toContain("budget");
  });
});

describe("a split", () => {
  it("of what the work earns is terms named; a split release or a split chore is not pay", () => {
    for (const text of [
      "wanna write it together? we split everything 🎤",
      "we'd split profits, and I'd handle production",
      "Looking for a co-writer on a 10-episode audio drama. Revenue split, shared credit.",
    ])
      expect(collabDetails(text).budget, text).toBeDefined();
    for (const text of [
      "let's do a split cassette? my side synthwave, yours ambient, 100 copies",
      "would you want to do a split EP with me? 3 tracks each",
      "would you want to split a table at comic con this summer?",
      "We'd co-brand the guide and split the email list.",
      "first thing i'd do is split the mega-README into a proper site",
    ])
      expect(collabDetails(text).budget, text).toBeUndefined();
  });

  it("of the revenue, said as a half, is pay said without a sum", () => {
    const details = collabDetails(
      "we're doing a split 7\" in the spring and we'd love you on side B. you'd get 50 copies and half the bandcamp revenue from your side",
    );
    expect(details.budget).toBeUndefined();
    expect(details.paid).toBe(true);
    expect(missingFromBrief(details)).not.toContain("budget");
  });
});
