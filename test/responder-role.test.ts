// The role a collaboration draft names back ("the vocalist role") is one offered to the
// recipient: not the sender's own trade, a greeting, a verb or a word of a name.
import { describe, expect, it } from "vitest";
import { askBrief, describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";

const role = (text: string) => collabDetails(text).role;

describe("the role a collaboration draft names back", () => {
  it.each([
    "Hi, I'm a freelance sound designer, could I score your game trailer? $300",
    "I am an Irish game composer and would like to hire you for a poster",
    "could I step in as lead maintainer of your parser? I know the codebase well",
    "I'd love to come on as a guest next month to talk about my new book",
    "we'd like to co-host a speedrun marathon with you in March, prizes on us",
    "Bang, beat-nya mantap 🔥 gue rapper dari Bandung, mau collab satu lagu?",
  ])("names back no role the sender takes themselves (%s)", (text) => {
    expect(role(text)).toBeUndefined();
  });

  it.each([
    ["we're hiring a contract UX writer for 3 months", "UX writer"],
    ["we'd love you as a guest on our podcast in May", "guest"],
    ["would you co-host our charity stream in June?", "co-host"],
    ["we'd cover your time as a contractor, 2 days in May", "contractor"],
  ])("still names the role offered to the recipient (%s)", (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it.each([
    ["got a duet in the works with a singer from Porto, your beats would fit it", undefined],
    ["tenemos un corto con una compositora de Bilbao y buscamos montaje", undefined],
    ["we're cutting an EP with a producer in Leeds and want you as a feature, paid", "feature"],
    ["i'd love to work with a producer on my first EP, $400", "producer"],
    ["a collab with an illustrator like you is my dream, 3 covers", "illustrator"],
    ["we already have a producer for the EP, now we need a singer, $200 a song", "singer"],
    ["found a translator for the book, looking for an editor next", "editor"],
  ])("skips someone they already work with, not one asked for (%s)", (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it.each([
    ["Hey, Marta Lind, audio editor at Fernway. We need a narrator for 3 chapters", "narrator"],
    ["Illustrator here! our studio needs a vocalist for the demo", "vocalist"],
    ["Hey Composer, we need a singer for a jingle", "singer"],
    ["could your editor send the files? we still need a narrator", "narrator"],
  ])("skips the sender's own trade and the recipient's people (%s)", (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it.each([
    "we would like to sponsor two of your cooking videos",
    "we sponsor a few indie podcasts each season, yours is next on our list",
    "happy to become a monthly sponsor of your library",
    "Question about sponsorship for your spring videos",
    "may we feature your poem in our anthology?",
    "we need help with feature extraction in our search engine",
    "big fan of The Morning Designer podcast, want to swap shout-outs?",
    "you'd get two spots on the guest list and a drink",
    "an illustrated map of our town, $700?",
  ])("names no role for a verb, a name or a compound (%s)", (text) => {
    expect(role(text)).toBeUndefined();
  });

  it("keeps the roles that are offered", () => {
    expect(role("would you sponsor our meetup? we need $500 for pizza")).toBe("sponsor");
    expect(role("we need a feature on the second verse")).toBe("feature");
    expect(role("I would love to feature you on my next single")).toBe("feature");
    expect(role("looking for a sound engineer at Abbey Road on May 3")).toBe("sound engineer");
    // "artist for" is read as the artist: "the artist role", not "the artist for role".
    const details = collabDetails("we need an artist for our card game");
    expect(details.role).toBe("artist");
    expect(describeDetails(details, "en")).toBe("the game and the artist role");
  });

  it("reads 'sponsor' as their money or a third party's unless the recipient is asked to be one", () => {
    for (const text of [
      "we run a quiz podcast, 20 episodes a season, and a sponsor already said yes",
      "our art server shares a sponsor with two others, join our weekly collab stream?",
      "the sponsor gave us $600 for a title card, can you animate it?",
      "we'd sponsor it as a feature, $4k, code stays under your license",
    ])
      expect(role(text), text).toBeUndefined();
    // The same word in the other languages is the sender's sponsor, not a role for the recipient.
    expect(collabDetails("Hacemos un podcast juntos? el sponsor paga la edición", "es").role).toBe(
      undefined,
    );
    expect(collabDetails("Bikin podcast bareng yuk, sponsor kita bagi dua", "id").role).toBe(
      undefined,
    );
    expect(role("could you be a sponsor for the spring jam?")).toBe("sponsor");
    expect(role("we are looking for a sponsor for the meetup, $300 covers it")).toBe("sponsor");
  });

  it("reads a job title after 'a' as a role, and 'sponsor money' as none", () => {
    expect(role("Hi! We're hiring a Staff Engineer for our billing team, remote")).toBe("engineer");
    expect(role("we split the sponsor money 50/50, you edit and I script")).toBeUndefined();
  });

  it("keeps the trade before an English role word, not the rank or the terms", () => {
    expect(role("We're hiring a senior audio engineer for our game studio")).toBe("audio engineer");
    expect(role("We are hiring a Senior Product Designer, remote")).toBe("product designer");
    expect(role("need a freelance motion designer for 2 weeks")).toBe("motion designer");
    expect(role("looking for a lead React dev for a 2-week sprint")).toBe("React dev");
    expect(role("hiring a part-time ux writer")).toBe("UX writer");
    // Half of "UX/UI" would name the wrong trade: the role alone.
    expect(role("Our agency needs a UX/UI freelancer for a dashboard")).toBe("freelancer");
    expect(role("We're hiring a Staff Engineer, remote")).toBe("engineer");
    expect(describeDetails({ role: "audio engineer" })).toBe("the audio engineer role");
  });

  it("does not take a role's trade for the project as well", () => {
    const details = collabDetails("need a video editor for my cooking channel, $45 each");
    expect(details.role).toBe("video editor");
    expect(details.project).toBeUndefined();
  });

  it("reads 'artist' as a role only when they ask for one", () => {
    expect(role("our jam team is short a hand, need a pixel artist, just for fun")).toBe(
      "pixel artist",
    );
    expect(role("we're looking for an artist, paid, starting in June")).toBe("artist");
    expect(role("hi fellow artist! want to swap sketchbooks?")).toBeUndefined();
    expect(role("I'm a pixel artist too and would love to jam sometime")).toBeUndefined();
  });

  it.each([
    ["fr", "Nous voulons vous commander six illustrations pour nos étiquettes, 900 €"],
    ["nl", "We zoeken illustraties voor onze kalender, budget 700 euro"],
    ["de", "Wir brauchen Illustrationen für ein Bilderbuch, 2.000 €"],
    ["fr", "Notre café aimerait sponsoriser deux de vos vidéos"],
    ["it", "Ti proponiamo un video sponsorizzato sulla nostra borraccia"],
    ["pt", "Estamos juntando produtores para uma coletânea, topa?"],
    ["es", "Buscamos sponsors para el festival, ¿te sumas?"],
  ] as const)("names no plural, verb or piece of work as a role in %s (%s)", (language, text) => {
    expect(collabDetails(text, language).role).toBeUndefined();
  });

  it("names a singular role noun back, in the form the phrase needs", () => {
    expect(collabDetails("Cerchiamo un'illustratrice per un albo", "it").role).toBe(
      "illustratrice",
    );
    // English reads the work as a task, singular: "the illustration part".
    expect(role("could you illustrate our card deck? $900")).toBe("illustration");
    expect(role("we need 12 spot illustrations for the app")).toBe("illustration");
    expect(role("our anthology is looking for two more illustrators, paid")).toBe("illustrator");
    // A third party sponsoring is not a role offered to the recipient.
    expect(role("two firms said they'd sponsor your library if asked")).toBeUndefined();
  });

  it("names a Turkish role without its endings, and skips the sender's own", () => {
    expect(collabDetails("Kısa filmimiz için bir ses tasarımcısı arıyoruz", "tr").role).toBe(
      "tasarımcı",
    );
    expect(
      collabDetails("Ben grafik tasarımcıyım, birlikte bir proje?", "tr").role,
    ).toBeUndefined();
  });

  it("names a Polish role asked for in the genitive in the nominative", () => {
    expect(collabDetails("Szukam wokalistki do nagrania, płacę 400 zł", "pl").role).toBe(
      "wokalistka",
    );
    expect(collabDetails("Do naszej gry brakuje nam grafika, wchodzisz?", "pl").role).toBe(
      "grafik",
    );
  });
});

describe("a role word that names something else", () => {
  it.each([
    "I'm organizing a group illustration exhibit in Porto in June, I'd love to include you",
    "I run a small developer relations consultancy and I'd love you to teach a session",
  ])("is no role (%s)", (text) => {
    expect(role(text)).toBeUndefined();
  });
});

// Drafts asked "what you need from me" of senders who had said it with a role word the reader
// did not know: a second shooter, a session bassist, a mentor, a keynote, a co-founder.
describe("a role asked for with a word of a trade, an event or a team", () => {
  it.each([
    ["need a second shooter for a wedding on the 14th, free?", "second shooter"],
    ["looking for a session bassist for my EP", "session bassist"],
    ["Would you be a mentor for our cohort this fall?", "mentor"],
    ["Would you give the keynote? We cover flights and hotel", "keynote speaker"],
    ["we'd love you as a judge for the jam, $300", "judging"],
    ["Looking for a technical co-founder, 50/50 equity", "technical co-founder"],
    ["We're looking for a freelance copywriter for our app store listing", "copywriter"],
    ["would you join as a panellist? Unpaid I'm afraid", "panellist"],
  ])("names it back (%s)", (text, expected) => {
    expect(role(text)).toBe(expected);
    expect(askBrief(collabDetails(text, "en"), "en")).not.toContain("what you need from me");
  });

  it.each([
    "hey! I'm a singer-songwriter and I write in Spanish and English. want to do a single?",
    "Hi Cilla // Sarah Adjei, food photographer in London // I'd love to pitch for the photography",
    "Hi, I'm Rhea, co-founder of Tansy. We're redesigning our cartons, budget ~£25k",
    "I'm Sienna, a senior UX researcher at a health-tech company in Boston",
    "hi Farah // Jess here, freelance QA tester (mobile, 5 yrs) // I'd love to do a pass",
    "hey dev, second shooter in Tacoma here. saw you were short a second",
    "I've been a session cellist for about fifteen years, and I want your arrangements",
    "we have a photographer booked (paid by us) and we'd love you to join as Jinx",
    "i've booked the studio for the 20th, a stylist and 2 models",
    "I'd love to do a TFP shoot in that style, I can bring a stylist friend",
    "me and the drummer wanna start a trio, u in?",
  ])("names no role that is the sender's own or someone they have (%s)", (text) => {
    expect(role(text)).toBeUndefined();
  });

  it("still reads a role after someone they have, or a role word before 'and I'd love'", () => {
    expect(role("i've booked the studio for the 20th // need you as photographer")).toBe(
      "photographer",
    );
    expect(role("our team is hiring a sound designer and i'd love to refer you")).toBe(
      "sound designer",
    );
    expect(role("looking for a co-writer for a fantasy webnovel, split 50/50")).toBe("writer");
  });
});

describe("the role the recipient is named in", () => {
  it.each([
    ["We'd love you as a featured artist: free table, $200 honorarium", "featured artist"],
    ["we'd credit you as co-director on the video too, not just DP", "co-director"],
    ["any chance you'd want to join as a contributor? no pay", "contributor"],
    [
      "Would you join as our computational designer for the fabrication phase?",
      "computational designer",
    ],
    ["I'd like to hire you as the Arabic designer on the project", "Arabic designer"],
    ["want to bring you on as a contract UI artist for 3 months", "UI artist"],
  ])("names the phrase back (%s)", (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it.each([
    "I've always seen you as a person who cares about craft",
    "we'd love to have you as well, whenever you're free",
    "we'd love you as the support act, £300/night",
  ])("names nothing that is no person's role (%s)", (text) => {
    expect(role(text)).toBeUndefined();
  });
});
