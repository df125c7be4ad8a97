import { describe, expect, it } from "vitest";
import { statesConcern } from "../src/responder/concern.ts";
import { askBrief, describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails, isConcrete } from "../src/responder/details.ts";
import { offersService } from "../src/responder/offer.ts";
import { adviceQuestion } from "../src/responder/reading.ts";
import { FORMAL_LANGUAGES, writesFormally } from "../src/responder/register.ts";
import { sentWork } from "../src/responder/sent.ts";
import { namesWorkAtHand, saysWhereItIs } from "../src/responder/shown.ts";
import { fill, parseTemplates, templateDraft } from "../src/responder/templates.ts";
import { asOneMessage } from "../src/triage.ts";
import { costRatio, describeRatio, growth, LINEAR_GROWTH, repeated } from "./helpers/growth.ts";
import { CONCRETE_COLLAB, dm, VAGUE_COLLAB } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({
  ownerAbout: "I produce electronic music and mix records for indie artists.",
});

describe("the template responder", () => {
  it("answers a vague collaboration with one question, and a concrete one with a next step", () => {
    const vague = templateDraft(options, dm(VAGUE_COLLAB), { label: "collaboration" });
    const concrete = templateDraft(options, dm(CONCRETE_COLLAB), { label: "collaboration" });
    expect(vague.kind).toBe("collab_vague");
    expect(concrete.kind).toBe("collab_concrete");
    expect(vague.text).not.toEqual(concrete.text);
    expect(vague.text?.match(/\?/g)).toHaveLength(1);
    expect(vague.text).toContain("What do you have in mind?");
    expect(concrete.text).toMatch(/quick call/);
    expect(concrete.text).toContain("the EP");
    expect(concrete.text).toContain("the budget");
    for (const draft of [vague, concrete]) {
      expect(draft.text).toMatch(/^Hi Maya,/);
      expect(draft.text).toContain("- Alex");
      expect(draft.text).toContain(options.ownerAbout);
    }
  });

  it("asks in the brief only for what a concrete offer did not name, and what they need", () => {
    const concrete = templateDraft(options, dm(CONCRETE_COLLAB), { label: "collaboration" });
    // The EP, April and $1,800 were named: only what they need is left to ask.
    expect(concrete.text).toContain("the EP, the timing and the budget");
    // "Would you mix it?" says what they need: nothing is left to ask.
    expect(concrete.text).toContain("I'll check it against my schedule and get back to you");
    expect(concrete.text).not.toContain("brief");
    expect(concrete.text).not.toMatch(/scope|timeline, budget/);
    const roleOnly = templateDraft(options, dm("We need a mixing engineer in April, budget $500"), {
      label: "collaboration",
    });
    expect(roleOnly.text).toContain("a short brief (scope)?");
    expect(askBrief({ role: "vocalist" }, "en")).toBe("scope, timeline, and budget");
    expect(askBrief({ project: "EP" }, "en")).toBe("timeline, budget, and what you need from me");
  });

  it("sends no reply to spam by default, and a short decline when asked to", () => {
    const spam = dm("check out my new single!! open.spotify.com/track/1");
    expect(templateDraft(options, spam, { label: "spam" })).toEqual({
      kind: "spam_none",
      text: null,
      source: "template",
    });
    const decline = templateDraft({ ...options, spamReply: "decline" }, spam, { label: "spam" });
    expect(decline.kind).toBe("spam_decline");
    expect(decline.text).toMatch(/pass/);
  });

  it("tells a feedback request clearly yes and how to send it, or clearly no", () => {
    const ask = dm("what do you think of my mix? soundcloud.com/x/mix");
    const yes = templateDraft(options, ask, { label: "feedback_request" });
    const no = templateDraft({ ...options, feedbackPolicy: "no" }, ask, {
      label: "feedback_request",
    });
    expect(yes.text).toMatch(/Yes, I'm happy to take a look/);
    // The mix came with the ask: the reply does not ask for it again.
    expect(yes.text).toMatch(/I'll go through what you sent/);
    expect(yes.text).not.toMatch(/Send one link/);
    expect(no.text).toMatch(/can't give individual feedback/);
    const unsent = templateDraft(options, dm("could you give my new mix a listen?"), {
      label: "feedback_request",
    });
    expect(unsent.text).toMatch(/Send one link/);
  });

  it("counts a file as sent work, in any message of a conversation", () => {
    const ask = dm("could you give my new mix a listen?");
    const file = { ...dm("here it is"), note: "with 1 attachment: mix-v2.wav" };
    const reply = templateDraft(options, asOneMessage([file, ask]), { label: "feedback_request" });
    expect(reply.text).toMatch(/I'll go through what you sent/);
  });

  it("drops lines whose placeholder is empty", () => {
    expect(fill("Hi {sender}\nAbout: {about}\nBye", { sender: "Jo", about: "" })).toBe(
      "Hi Jo\nBye",
    );
  });

  it("lets a user override some templates and names a mistake by line", () => {
    const parsed = parseTemplates("intro\n## feedback_no\nNope, {sender}.\n", "mine.md");
    expect(parsed).toEqual({ feedback_no: "Nope, {sender}." });
    expect(() => parseTemplates("## feedback_maybe\nhm", "mine.md")).toThrow(
      'mine.md:1: unknown template "feedback_maybe"',
    );
  });

  it("names a project once when the word they used is the word for a project", () => {
    expect(describeDetails({ project: "projeto" }, "pt")).toBe("o projeto");
    expect(describeDetails({ project: "Projekt" }, "de")).toBe("das Projekt");
    expect(describeDetails({ project: "EP" }, "pt")).toBe("o projeto (EP)");
    expect(describeDetails({ project: "project" }, "en")).toBe("the project");
  });

  it("names back a person's role as a role and a task as a part", () => {
    expect(describeDetails({ role: "audio engineer" }, "en")).toBe("the audio engineer role");
    expect(describeDetails({ role: "vocalist" }, "en")).toBe("the vocalist role");
    expect(describeDetails({ role: "mastering" }, "en")).toBe("the mastering part");
  });

  it("finds project, role, date and budget in several languages", () => {
    expect(isConcrete(collabDetails(VAGUE_COLLAB))).toBe(false);
    expect(
      collabDetails("Buscamos un diseñador para el juego, presupuesto 500€, entrega en marzo"),
    ).toMatchObject({
      project: "juego",
      role: "diseñador",
      date: "marzo",
    });
  });

  it.each([
    // An exchange spelled out is concrete, with no fee or date in it.
    ["want to do a print swap? 3 of mine for 3 of yours, I cover postage", { project: "print" }],
    ["we could do a crossover strip, 6 panels, your frog and my cat", { project: "crossover" }],
    // Terms given as a share are the pay: not asked for again.
    ["our label splits 50/50 on the remix, release in six weeks", { budget: "50/50" }],
    ["we take 35% of sales on the prints, for three weeks", { budget: "35%", date: "three weeks" }],
    ["co-host a podcast episode with me on the 22nd?", { date: "22nd" }],
  ])("reads a proposal spelled out without a fee or month as concrete (%s)", (text, expected) => {
    const details = collabDetails(text);
    expect(isConcrete(details)).toBe(true);
    expect(details).toMatchObject(expected);
  });

  it.each([
    [
      "here's my new flash: inkbysol.art. do you think my prices look too low for this level of detail?",
      true,
    ],
    ["can u check my beat? inkbysol.art", false],
    [
      "my first single: spotify.com/track/8fj2. would mean a lot if you told me whether the harmonies in the bridge work",
      true,
    ],
    [
      "queria muito sua opinião: essa caneca tá com a alça grossa demais? foto aqui: fotos.com/caneca1",
      true,
    ],
    [
      "could you review my talk proposal? I think the abstract is boring but I can't tell why.",
      true,
    ],
    ["Mógłbyś zerknąć na mój kod i powiedzieć, co robię źle? github.com/kuba/npc", true],
    ["hey can u listen to my track: sndcld.com/a", false],
    ["Wil je naar mijn ontwerp kijken? Ik twijfel of de ogen niet te groot zijn.", true],
  ])("hears a question about the work beside its link (%s)", (text, concern) => {
    expect(statesConcern(text)).toBe(concern);
  });

  it.each([
    "could you check my mix, is the kick too loud?",
    "Could you look at my pitch deck? Mostly worried the numbers slide is confusing",
    "can you check my platformer? curious if level 3 is too hard",
    "would you read my essay and say if the ending lands?",
  ])("hears what they want feedback on after a comma or as a worry (%s)", (text) => {
    expect(statesConcern(text)).toBe(true);
  });

  it.each([
    // Words that ask after the reader ("busy", "ok", "there", "minute", "tempo") also name a
    // quality of the work.
    ["is the title card too busy? imgbox.com/t1", true],
    ["new mix 🎧 is the bass ok on phone speakers? soundcloud.com/ferro/night", true],
    ["is there too much reverb on the vocal? drive.google.com/file/d/rv2", true],
    ["does the 2-minute intro lose people? youtu.be/intro2", true],
    ["klopt het tempo in het refrein? soundcloud.com/sem/refrein", true],
    // The question after an emoji, apart from the ask to look before it.
    ["KIJK EVEN 🙏 is de kick te hard? soundcloud.com/sem/kick", true],
    // Nor does a bare ask for feedback put as a question.
    ["any feedback? imgbox.com/l2", false],
    ["feedback pls? soundcloud.com/ferro/night", false],
    ["what do u guys think?? youtu.be/x1", false],
    ["how is it? imgbox.com/l2", false],
    // A bare verdict says no more than "what do you think?".
    ["is this fire? soundcloud.com/ferro/night", false],
    ["is my logo trash or nah? imgbox.com/l2", false],
    ["made a thing lol, does it slap? youtu.be/x1", false],
  ])(
    "tells a quality asked of the work from the reader's time or a bare verdict (%s)",
    (text, concern) => {
      expect(statesConcern(text)).toBe(concern);
    },
  );

  it.each([
    "soundcloud.com/tarn/loop4 lmk if the hats are too loud",
    "would you mind reading my cover letter and telling me whether the opening is too stiff? docs.google.com/document/d/cl1",
    "sketched this on the train lol is the perspective right imgbox.com/p3",
    "made a menu for my aunt's café\ncardsite.example/menu\nare the prices easy to find",
    "just want to know if the chorus comes in too late, drive.google.com/file/d/c9",
    "YO IS THE SNARE BURIED IN THE MIX 😭 soundcloud.com/tarn/snare",
  ])("hears a question asked without a question mark or indirectly (%s)", (text) => {
    expect(statesConcern(text)).toBe(true);
  });

  it.each([
    // The part to focus on.
    "could you listen to my demo? mostly the bass in the second verse. soundcloud.com/pia/demo2",
    "here's the draft, the dialogue in chapter 4 especially. docs.google.com/document/d/ch4",
    "focus on the pacing of the first scene if you can: vimeo.com/33445",
    // A doubt or a flaw they name.
    "I feel like the ending rushes, would love your eyes on it drive.google.com/file/d/end1",
    "the sleeves look off to me imgbox.com/cos2",
    "can you check my poster? the title is way too small imgbox.com/p9",
    // The same in the template languages.
    "dale una escucha, me preocupa que la voz quede tapada soundcloud.com/lu/voz",
    "dá uma olhada? principalmente na capa imgbox.com/capa",
    "jette un œil, je trouve le fond trop chargé imgbox.com/fond",
    "Kannst du reinhören? Der Refrain klingt zu dünn. soundcloud.com/jo/refrain",
    "mi dai un parere? soprattutto sul finale soundcloud.com/ale/fin",
    "kun je luisteren? de zang is wat te zacht soundcloud.com/jo/zang",
    "sprawdzisz? wokal chyba za cichy soundcloud.com/k/w",
    "lütfen dinle, özellikle nakarat kısmını soundcloud.com/e/n",
    "bisa cek? vokalnya terlalu pelan soundcloud.com/d/v",
  ])("hears what they want looked at when they name it without asking (%s)", (text) => {
    expect(statesConcern(text)).toBe(true);
  });

  it.each([
    // A choice between things they sent.
    [
      "three cover options in here, tell me which one reads best drive.google.com/drive/covers",
      true,
    ],
    ["imgbox.com/k4 torn between the serif and the rounded wordmark", true],
    ["moodboard A vs B for the zine, imgbox.com/ab", true],
    ["te mando dos versiones, dime cuál te gusta más soundcloud.com/lu/v", true],
    // A part named after the ask, or a moment in it.
    ["would love your thoughts on the bridge soundcloud.com/pia/b2", true],
    ["the fill around 1:12 youtu.be/fill12 lmk", true],
    // A doubt in a few more words.
    ["can you look at my PR? idk if my tests cover the edge cases github.com/pia/lib/pull/4", true],
    ["take a look? not sure the onboarding copy is friendly enough: figma.com/file/onb", true],
    ["quería saber si los colores combinan imgbox.com/col", true],
    ["my renders always get grainy in the shadows imgbox.com/r5 pls look", true],
    [
      "does my opening work for a thriller, or am I setting myself up for a slow start? docs.google.com/document/d/op",
      true,
    ],
    // A question the ask itself leads into.
    ["would you say the intro reads as calm or sleepy imgbox.com/in1", true],
    [
      "rewrote the parser, could you look if the errors are clearer now? github.com/pia/p/pull/2",
      true,
    ],
    [
      "pls check my synth patch 🎹 (v3!!) but is it harsh or just bright lol soundcloud.com/pia/s3",
      true,
    ],
    // A doubt about what they did, or a flaw stated plainly.
    ["I'm not sure I handled the retries right, code here: gist.github.com/pia/r1", true],
    ["soundcloud.com/pia/m4 what am i doing wrong", true],
    ["the lighting in the kitchen scene is flat, imgbox.com/k2", true],
  ])("hears a choice, a named part or a doubt (%s)", (text, concern) => {
    expect(statesConcern(text)).toBe(concern);
  });

  it.each([
    "新曲のデモです。サビが長すぎるかも soundcloud.com/mio/demo",
    "表紙を描きました。色が浮いてる気がして… imgbox.com/hyoushi",
    "ロゴです、小さいサイズでも読めるか見てもらえますか？ imgbox.com/logo",
    "AとB、どっちがいいと思いますか imgbox.com/ab",
    "特にベースの音量を聴いてほしいです soundcloud.com/mio/bass",
  ])("hears what a Japanese request wants looked at (%s)", (text) => {
    expect(statesConcern(text)).toBe(true);
  });

  it.each([
    // A flaw after a contraction, or named by its own word.
    "could you look at my flyer? everything's too crowded imgbox.com/fly",
    "would you check my poem, my friend says it's confusing",
    "can u look at my sketch, they're too stiff imgbox.com/st",
    "the trees feel muddled to me imgbox.com/tr",
    "imgbox.com/lake underexposed? lmk",
    // A fault named by its verb, or one they cannot find.
    "could you look at my game? the camera stutters when you jump",
    "my site loads fine locally but breaks once deployed, can you look? vercel.app",
    "would you review my query? agents pass and I have no idea why",
    "the bass vanishes on phones but I can't spot where, could you listen?",
    // What they mean it to do, or a question folded into the ask.
    "would you skim my launch post? I want to make sure it's not too salesy",
    "could you read my talk abstract? I want it to sound confident",
    "would you look at my deck and tell me what's unclear? drive.google.com/file/d/dk",
    "can you look at my menu design and tell me why nobody orders the specials? imgbox.com/m",
    "finished my first zine, does the cover pop enough",
    "would you try my level and say me if the jumps are fair itch.io/l",
    "pls check my essay for typos and clarity",
    "im stuck on the lettering, could you have a look? imgbox.com/le",
  ])("hears the concern stated in a shape of its own (%s)", (text) => {
    expect(statesConcern(text)).toBe(true);
  });

  it.each([
    "¿me das tu opinión? siento la voz muy lejos soundcloud.com/lu/v2",
    "pode ouvir e falar se a voz tá baixa soundcloud.com/x",
    "tô com medo de parecer amador, dá uma olhada? imgbox.com/capa",
    "dis moi si c'est bien mixé",
    "non sono convinta della palette, che ne pensi? imgbox.com/pal",
    "zeg me of de intro te lang duurt soundcloud.com/jo/intro",
    "de klant vond ze te donker imgbox.com/f",
    "sprawdzisz mój skrypt? zacina się przy starcie, nie wiem czemu",
    "logoma bakar mısın? yazı fazla mı ince imgbox.com/tr",
    "bisa cek desainku? aku bingung warnanya cocok atau nggak",
    "表紙を見てもらえますか？タイトルが読めるか不安です",
    "冒頭を読んで、わかりにくいところを教えてください",
  ])("hears the concern stated in the other template languages (%s)", (text) => {
    expect(statesConcern(text)).toBe(true);
  });

  it.each([
    "could you look at my flyer and tell me what's off? imgbox.com/fly",
    "tell me how it sounds soundcloud.com/pia/new",
    "you're probably too busy, but could you look? imgbox.com/x",
    "so… is it good? imgbox.com/x",
    "check out my drum breaks soundcloud.com/pia/breaks",
  ])("still asks what they want feedback on when they name nothing (%s)", (text) => {
    expect(statesConcern(text)).toBe(false);
  });

  it.each([
    [
      "I have no idea how to handle the CFP review. Did you use a scoring rubric for yours?",
      "Did you use a scoring rubric for yours?",
    ],
    ["what do you look for in a portfolio?", "what do you look for in a portfolio?"],
    ["could you give my new mix a listen?", null],
    ["listen to this and tell me if the kick is loud", null],
    ["can you read my first chapter?", null],
    ["would you be up for a quick 5-min listen and tell me if the low end works?", null],
    ["could you skim my artist statement before I submit it? is it too long?", null],
    ["would you glance at the chorus lyrics? the second verse feels weak to me?", null],
    ["I'd love your eyes on my zine layout. Are the margins too tight?", null],
    ["can you play my demo for a few minutes and tell me if level 2 drags?", null],
    ["would you be open to reading the first pages of my story? does it hook you?", null],
    ["what's your honest take on my cover letter?", null],
    ["I wrote a short story, can I send it to you first? is the opening slow?", null],
    ["Magst du kurz draufschauen, ob die Einstellungen verständlich sind?", null],
    ["Portfolyom için görüşünüzü almak isterim, vaka çalışmaları çok mu uzun?", null],
    // "full-time" is no question of the reader's time: the question is theirs to answer.
    [
      "Is it smart to go full-time on music with 3k monthly listeners? I'd love your opinion.",
      "Is it smart to go full-time on music with 3k monthly listeners?",
    ],
  ])("tells an advice question from a request for a look (%s)", (text, question) => {
    expect(adviceQuestion(text)).toBe(question);
  });

  it.each([
    ["I am a producer and we need a vocalist for our EP", "vocalist"],
    ["our engineer will mix it, we need a singer", "singer"],
    // "250-guest" is a count of guests, not "the guest role"; the role asked is the second shooter.
    ["second shooter for a 250-guest wedding in May", "second shooter"],
    ["Hi! I'm an illustrator, would you co-write a picture book with me?", undefined],
  ])("names back the role offered, not the sender's own trade (%s)", (text, role) => {
    expect(collabDetails(text).role).toBe(role);
  });

  it.each([
    ["want to do an art trade? your OC in my style, mine in yours, by next month", "en"],
    ["Wir würden Sie gern für unseren Stream interviewen, kostenlos, im Herbst", "de"],
    ["Te propongo un intercambio de fotos para tu marca, sin coste, en mayo", "es"],
  ] as const)("asks no budget of an exchange or an unpaid offer (%s)", (text, language) => {
    const details = collabDetails(text);
    expect(details.unpaid).toBe(true);
    expect(askBrief(details, language)).not.toMatch(/budget|Budget|presupuesto/);
  });

  it.each([
    "could you narrate our walking-tour audio on the 3rd? it's free and we'll credit you on the map",
    "I'd love to film your pottery class next week. Free, I just need footage for my reel",
    "our library can't pay but we'd love one of your bookmark designs for the summer reading club",
    "we want to interview you for the zine in March, you don't pay anything and get 20 copies",
    "doing a charity quiz stream on the 9th, would you host a round?",
    "we're putting out a compilation, all proceeds go to the shelter, would you send a track by May?",
    "in return we'll feature your shop in our newsletter: would you letter our café board in June?",
  ])("hears an unpaid ask in more words and asks no budget (%s)", (text) => {
    const details = collabDetails(text);
    expect(details.unpaid).toBe(true);
    expect(askBrief(details, "en")).not.toContain("budget");
  });

  it.each([
    "are you free on the 12th? we need a drummer for a gig, $150",
    "free Thursday for a 1h consult on our onboarding? usual rate is fine",
    "charity calendar for our rescue, we can pay a bit, would you illustrate March?",
    "we can't pay much, maybe $100, for a poster in May",
  ])("still asks the budget when pay is not ruled out (%s)", (text) => {
    expect(collabDetails(text).unpaid).toBeUndefined();
  });

  it("does not thank for a budget when they say there is none", () => {
    const details = collabDetails(
      "we'd love a crossover strip, 6 panels, no budget sadly, all for fun",
    );
    expect(details.budget).toBeUndefined();
    expect(describeDetails(details, "en")).not.toContain("budget");
    expect(collabDetails("unpaid for now, but $200 if it sells").budget).toBe("$200");
  });

  it.each([
    "want to do an art trade? your OC in my style, mine in yours, by next month",
    "we're a game jam team for the weekend jam, need a pixel artist, no money just fun",
    "Would you join our panel on 9 May? Unpaid I'm afraid, but we'll record it",
    "Could you judge our bake-off stream on the 14th? There's no pay, but lots of cake",
  ])("proposes no call for an unpaid collaboration, but the rest of the next step (%s)", (text) => {
    const d = templateDraft(options, dm(text), { label: "collaboration" });
    expect(d.kind).toBe("collab_concrete");
    // With everything given ("judge our bake-off … on the 14th"), nothing is asked.
    expect(d.text).toMatch(/Could you tell me a bit more about it \(|get back to you;/);
    expect(d.text).toContain("we can sort out the rest right here in messages");
    expect(d.text).not.toMatch(/call|budget/);
  });

  it("still proposes a call when a sum is named beside 'free'", () => {
    const d = templateDraft(
      options,
      dm("We'd feature your tileset for free, and pay $100 for a 300-word breakdown in June"),
      { label: "collaboration" },
    );
    expect(d.text).toContain("I'll suggest a quick call");
  });

  it.each([
    ["Sergiye ücretsiz giriş var, afiş için de 3.500 TL ödüyoruz, teslim ekimde", "3.500 TL"],
    ["We're all volunteers, but there's a small budget: €450 for the poster", "€450"],
  ])("reads the sum named after an unpaid word that is also a budget word (%s)", (text, sum) => {
    expect(collabDetails(text)).toMatchObject({ budget: sum, unpaid: true });
  });

  it.each([
    ["en", "Could you join our charity quiz night on the 21st as a co-host? No fee, sorry!"],
    ["en", "we'd love a short talk at our meetup in March, there's no pay but pizza"],
    ["en", "enter our logo contest by Friday 30th, no entry fee"],
    ["en", "we need a site for our animal shelter, it'd be pro bono, launch in May"],
    ["en", "we'd feature your stickers in our zine in April, just for exposure"],
    ["en", "sketch relay on the 9th, 10 artists, no prize money, just bragging rights"],
    ["fr", "On cherche une illustratrice pour l'affiche du festival en juin, non rémunéré"],
    ["de", "Wir suchen einen Sprecher für unser Hörspiel im Mai, leider ohne Honorar"],
    ["it", "Cerchiamo un fotografo per la sagra di luglio, senza compenso"],
  ] as const)("hears an unpaid ask, and thanks for no budget in it (%s: %s)", (language, text) => {
    const details = collabDetails(text);
    expect(details.unpaid).toBe(true);
    expect(details.budget).toBeUndefined();
    expect(describeDetails(details, language)).not.toMatch(/budget|Budget/);
  });

  it("proposes a call when a volunteer group names a sum after the word 'budget'", () => {
    const d = templateDraft(
      options,
      dm("our volunteer-run radio has a budget of $300 for a one-hour guest mix in June"),
      { label: "collaboration" },
    );
    expect(d.text).toContain("the timing and the budget");
    expect(d.text).toContain("I'll suggest a quick call");
  });

  it("reads a '$' before a sum as that sum's, not the day's, and still one after a sum", () => {
    expect(collabDetails("Could you DJ our opening on Nov 9. $500 plus travel").budget).toBe(
      "$500",
    );
    expect(collabDetails("shoot on June 2 $300 for the afternoon").budget).toBe("$300");
    expect(collabDetails("a 3-minute jingle, 400 $ flat").budget).toBe("400 $");
  });

  it("reads no split, no '24/7' and no price as a date, and still a day and a month", () => {
    expect(collabDetails("we'd split the sales 60/40 your way, $2k up front").date).toBeUndefined();
    expect(collabDetails("our radio runs 24/7; could you make a jingle for $100?").date).toBe(
      undefined,
    );
    expect(collabDetails("I charge $0.08/word for the subtitles").date).toBeUndefined();
    expect(collabDetails("we record on 12/03, is that ok?").date).toBe("12/03");
    expect(collabDetails("first episode target is end of month, $300").date).toBe("end of month");
    // "may" as a verb is no month; as a month it still is.
    expect(collabDetails("you may not take commissions, but may I ask about a mural?").date).toBe(
      undefined,
    );
    expect(collabDetails("a mural for our cafe, may 4, $900").date).toBe("may");
  });

  it("quotes a question whole though it has a decimal point or 'vs.' in it", () => {
    expect(adviceQuestion("should a 0.x crate bump minor or patch for this?")).toBe(
      "should a 0.x crate bump minor or patch for this?",
    );
    expect(adviceQuestion("do you price murals per wall vs. per hour? I'm new")).toBe(
      "do you price murals per wall vs. per hour?",
    );
  });

  it("hears an English question typed without its question mark", () => {
    expect(
      adviceQuestion("which strings would you put on a first classical guitar, nylon or steel"),
    ).toBe("which strings would you put on a first classical guitar, nylon or steel?");
    expect(adviceQuestion("should i learn krita or procreate first lol 😭")).toBe(
      "should i learn krita or procreate first?",
    );
    expect(adviceQuestion("what I love about your work is the colour")).toBeNull();
  });

  it("hears a chat question without its mark, and leaves its greeting out of the quote", () => {
    for (const [text, quoted] of [
      ["how u get ur lineart so smooth", "how u get ur lineart so smooth?"],
      ["what lens u shoot portraits on 👀", "what lens u shoot portraits on?"],
      ["yo which synth should i save up for", "which synth should i save up for?"],
      [
        "whats the easiest way to start with blender",
        "whats the easiest way to start with blender?",
      ],
      ["where did u learn to letter like that", "where did u learn to letter like that?"],
    ] as const)
      expect(adviceQuestion(text), text).toBe(quoted);
    expect(adviceQuestion("how u doing")).toBeNull();
  });

  it("reads work asked for by its verb as concrete, but not 'hire you for something'", () => {
    for (const text of [
      "we'd like to contract you to review our accessibility checklist",
      "could you expand the forest tileset with a snow biome?",
    ])
      expect(isConcrete(collabDetails(text)), text).toBe(true);
    expect(isConcrete(collabDetails("I'd like to hire you for something, can I DM details?"))).toBe(
      false,
    );
  });

  it("reads a weekday as a timing, and no year of study, episode count or 'of course'", () => {
    expect(collabDetails("could you shoot our market stall on saturday? $150").date).toBe(
      "saturday",
    );
    for (const text of [
      "I'm a 2nd year film student, would you score my short? $200",
      "we'd adapt your zine into a 4-episode podcast, $500",
    ])
      expect(collabDetails(text).date, text).toBeUndefined();
    expect(
      collabDetails("your art on our cafe wall? I pay of course, $700").project,
    ).toBeUndefined();
    expect(
      collabDetails("our shorts are on the festival circuit; could you score the next film?")
        .project,
    ).toBe("film");
  });

  it("asks no timeline of a sender who left it open", () => {
    const open = collabDetails("could you paint our shop sign? $300, no rush at all");
    expect(open.timingOpen).toBe(true);
    expect(askBrief(open, "en")).not.toContain("timeline");
    expect(askBrief(collabDetails("could you paint our shop sign? $300"), "en")).toContain(
      "timeline",
    );
    // Time asked of the recipient is not timing left open.
    expect(
      collabDetails("do you have any time to paint our sign? $300").timingOpen,
    ).toBeUndefined();
  });

  it("thanks no budget left open, but a sum named beside it", () => {
    expect(collabDetails("a logo for our cafe? budget is flexible").budget).toBeUndefined();
    expect(collabDetails("a logo for our cafe, name your price").budget).toBeUndefined();
    expect(collabDetails("a logo for our cafe, $500, budget flexible").budget).toBe("$500");
  });

  it("does not call an ask concrete for being unpaid alone", () => {
    expect(isConcrete(collabDetails("would love to make something together, unpaid for now"))).toBe(
      false,
    );
  });

  it.each([
    "maybe we could make something together one day?",
    "got time next month? would love to talk",
    "would love to jam on it with you sometime",
    "your work is world-class, let's do something",
  ])("keeps a vague ask vague however it is worded (%s)", (text) => {
    const details = collabDetails(text);
    expect(details.project).toBeUndefined();
    expect(details.role).toBeUndefined();
    expect(details.budget).toBeUndefined();
  });

  it.each([
    [
      "Your album Night Drive is amazing, we are making a short film and need a score",
      "short film",
    ],
    ["love ur new EP! want to feature on my single?", "single"],
    ["Curti demais teu último EP! Estamos fazendo um jogo e queria você na trilha", "jogo"],
    ["Ich liebe deinen Track, machen wir ein Lied zusammen?", "Lied"],
    ["suka banget album kamu, mau bikin lagu bareng?", "lagu"],
  ])("does not name the recipient's own work back as the project (%s)", (text, project) => {
    expect(collabDetails(text).project).toBe(project);
  });

  it("names no project when the only one is the recipient's", () => {
    expect(collabDetails("Curti demais teu último EP, bora fazer um som juntos?").project).toBe(
      undefined,
    );
    const reply = templateDraft(
      options,
      dm("Your album Night Drive is amazing, we are making a short film and need a score"),
      { label: "collaboration" },
    );
    expect(reply.text).toContain("the short film");
    expect(reply.text).not.toContain("the album");
  });

  it("elides French 'de' before a vowel in the role named back", () => {
    expect(describeDetails({ role: "illustratrice" }, "fr")).toBe("le rôle d'illustratrice");
    expect(describeDetails({ role: "chanteur" }, "fr")).toBe("le rôle de chanteur");
  });

  it.each([
    [
      "oyunumuz için müzik arıyoruz. Bütçemiz 1000 dolar, çıkış tarihi eylül",
      { project: "oyunumuz", date: "eylül", budget: "1000 dolar" },
    ],
    [
      "インディーゲームのBGMを作曲してくれる方を探しています。予算は20万円、締め切りは6月です。",
      { project: "ゲーム", role: "作曲", date: "締め切り", budget: "20万円" },
    ],
    ["Ik zoek een zanger, klaar voor 1 mei", { date: "1 mei" }],
    ["Wir brauchen eine Sängerin, Aufnahme im Mai", { date: "im Mai" }],
    ["Nagranie w maju, 2000 zł", { date: "maju", budget: "2000 zł" }],
    ["Quiero un modelo 2D, tengo como 400 dolares", { budget: "400 dolares" }],
    ["Potrzebuję okładki na singiel, premiera w kwietniu", { date: "kwietniu" }],
    ["Rilis bulan Agustus, mau bikin lagu?", { project: "lagu", date: "Agustus" }],
  ])(
    "finds the details of a concrete offer in Turkish, Japanese and more months (%s)",
    (text, found) => {
      expect(collabDetails(text)).toMatchObject(found);
    },
  );

  it("takes neither 'mai' nor 'mei' alone, nor the English 'project', for a Turkish or a month word", () => {
    expect(collabDetails("non ho mai fatto una collab, ti va?")).toEqual({});
    expect(collabDetails("Hi, I'm Mei, want to collab sometime?")).toEqual({});
    expect(collabDetails("i have an idea for a project, can i tell you about it?")).toEqual({});
    expect(collabDetails("Marta here, love your stuff")).toEqual({});
  });

  it("answers a Turkish and a Japanese offer with a next step, not one vague question", () => {
    const tr = templateDraft(
      options,
      dm("oyunumuz için müzik arıyoruz. Bütçemiz 1000 dolar, çıkış tarihi eylül"),
      { label: "collaboration" },
    );
    expect(tr.kind).toBe("collab_concrete");
    expect(tr.text).toContain("bütçe");
    const ja = templateDraft(
      options,
      dm(
        "インディーゲームのBGMを作曲してくれる方を探しています。予算は20万円、締め切りは6月です。",
      ),
      { label: "collaboration" },
    );
    expect(ja.kind).toBe("collab_concrete");
    expect(ja.text).toContain("予算");
  });

  it.each([
    [
      "Gwen, quick newsletter question: do you charge sponsors per issue or per thousand subscribers? I just got my first inquiry",
      "do you charge sponsors per issue or per thousand subscribers?",
    ],
    [
      "hey, you run a big server so maybe you know: what bot do you use for verification? we keep getting raided",
      "what bot do you use for verification?",
    ],
    [
      "your bass tone was great. what amp sim is that? and do you blend a DI under it?",
      "what amp sim is that? and do you blend a DI under it?",
    ],
    [
      "ok dumb question\nhow do u get ur line art so clean in clip studio\nstabilizer? or just redraw\nmine looks rough",
      "how do u get ur line art so clean in clip studio, stabilizer?",
    ],
    [
      "this is prob a dumb question but is Helvetica overused for a coffee brand? asking bc I respect ur taste",
      "is Helvetica overused for a coffee brand?",
    ],
    ["Any advice on pricing the docs search, Tariq?", "Any advice on pricing the docs search?"],
    [
      "it sounds better but now the vocal feels buried?? is it EQ",
      "it sounds better but now the vocal feels buried??",
    ],
    ["Ableton, FL or Bitwig?", "Ableton, FL or Bitwig?"],
    ["Hola, ¿cómo empiezo con la síntesis?", "¿cómo empiezo con la síntesis?"],
  ])("quotes the question without what was said to the reader around it (%s)", (text, quote) => {
    expect(adviceQuestion(text)).toBe(quote);
  });

  // Before: a run of 40,000 letters with no '?' took over a second in adviceQuestion, and "a-a-a…"
  // as long over a second in sentWork's link pattern. Each text is written as a function of its
  // scale: at 1 it is the text this guard always read, at 1/4 its quarter. One test a text, each
  // reading timed alone: a quadratic one is not hidden among the linear ones.
  const LONG_TEXTS: Array<(scale: number) => string> = [
    repeated("a", 40_000),
    repeated("a-", 20_000),
    repeated("a ", 20_000),
    repeated("a.", 20_000),
    repeated("a? ", 20_000),
    repeated("you ", 20_000),
    repeated("you a ", 10_000),
    repeated("Ab, a? ", 10_000),
    // The register's patterns: capitals after a comma and spaces, words before "Bey", vowels and
    // n before a z.
    repeated("Sie, \n ", 7_000),
    repeated("Ab Bey", 7_000),
    repeated("anınız", 7_000),
    // The offer's patterns: "I could" and a run of words before "for you", modals before
    // possessives and verbs.
    repeated("I could edit a ", 3_000),
    repeated("ich könnte deine a ", 3_000),
    repeated("ich kann dir a ", 3_000),
    repeated("saya bisa edit a ", 3_000),
    // A collaboration's reading: a look back over spaces before "wanna", from each space.
    repeated(" ", 40_000),
    // The budget's look back for "got" before a sum, from each space.
    repeated(" ", 40_000, "got 500"),
    // A look asked at a sentence's start: the white space after each line break, from each one.
    repeated("\n ", 20_000),
    // A long question's lead-in: the rest after each colon, read from each one.
    repeated("ab: cd ", 6_000, "?"),
    // The reader's part in a division: each party and a verb, words to a clause's end.
    repeated("i a you a ", 5_000),
    repeated("you a, i a ", 5_000),
    repeated("you on a ", 7_000),
    repeated("would you be up for aing a ", 3_000),
  ];
  const READINGS: Record<string, (text: string) => unknown> = {
    adviceQuestion,
    sentWork,
    statesConcern: (text) => statesConcern(`${text}?`),
    saysWhereItIs,
    namesWorkAtHand: (text) => {
      namesWorkAtHand(text, true, "en");
      namesWorkAtHand(text, true, "es");
    },
    offersService,
    collabDetails: (text) => collabDetails(text, "en"),
    writesFormally: (text) => {
      for (const language of FORMAL_LANGUAGES) writesFormally(text, language);
    },
  };
  for (const text of LONG_TEXTS) {
    const shown = `${JSON.stringify(text(1).slice(0, 12))}…`;
    it(`reads ${shown} in time linear in its length`, () => {
      for (const [name, read] of Object.entries(READINGS)) {
        const g = growth(read, text);
        expect(g.ratio, describeRatio(`${name} on ${shown}`, g)).toBeLessThan(LINEAR_GROWTH);
      }
    });
  }

  it("reads a long text in time linear in its length in the other languages", () => {
    // The other languages' readings of a collaboration: the look back for the address before
    // Indonesian "mau", from each space, took minutes.
    for (const language of ["id", "tr", "ja"] as const) {
      const g = growth((text) => collabDetails(text, language), repeated(" ", 40_000, "kak mau"));
      expect(g.ratio, describeRatio(`collabDetails in ${language}`, g)).toBeLessThan(LINEAR_GROWTH);
    }
  });

  it("reads a text of many line breaks in about the time it takes to cut it at them", () => {
    // Before: the concern pattern tried its 234 ways in at every break, and the questions and the
    // clauses were cut at each one: linear, but 35 times the cost of cutting the text at its
    // breaks (92 ms of CPU against 2.7 for these four). Now about 1 time (2.7 ms against 2.4).
    const breaks = "\n".repeat(40_000);
    const texts = [breaks, `${breaks}?`, "\r\n".repeat(20_000), `${breaks}is the mix ok`];
    const r = costRatio(
      () => {
        for (const text of texts) statesConcern(text);
      },
      () => {
        for (const text of texts) text.split("\n");
      },
    );
    expect(r.ratio, describeRatio("statesConcern against split", r)).toBeLessThan(8);
    // What it reads is unchanged: a question after the breaks is still one.
    expect(statesConcern(`${breaks}is the low end too muddy?`)).toBe(true);
    expect(statesConcern(`${breaks}any thoughts?`)).toBe(false);
  });
});
