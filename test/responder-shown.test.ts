// Feedback whose work is at hand or said to be somewhere the reader can open ("would you mind
// looking at the photos?", "it's in my bio", "link below") is not asked to send it; an offer to
// send it ("can I send you my mix?") still is.
import { describe, expect, it } from "vitest";
import { planReply } from "../src/responder/plan.ts";

const policy = { feedbackPolicy: "yes", spamReply: "none", ownerLanguage: "en" } as const;
const feedback = (text: string) => planReply({ text }, "feedback_request", policy);
const offer = (text: string) => planReply({ text }, "collaboration", policy);

describe("work named as at hand is not asked for", () => {
  it.each([
    "would you mind looking at the photos? tell me which ones are weakest",
    "hey, could you listen to the mix when you get a sec",
    "can you take a look at these sketches? trying to pick a direction",
    "would love your ears on my latest track, the drop feels weak",
    "could you skim the API design doc before friday?",
    "¿le echas un vistazo a las fotos?",
    "kannst du dir die Skizzen anschauen?",
    "puoi dare un'occhiata alle foto?",
    "この絵、どう思いますか？",
  ])("%s", (text) => {
    const plan = feedback(text);
    expect(plan.template).toBe("feedback_yes");
    expect(plan.sent).toBe(true);
  });

  it("reads a question about a piece shown as a look at it", () => {
    expect(feedback("does this render look too plasticky?")).toMatchObject({
      template: "feedback_yes",
      sent: true,
    });
  });

  it.each([
    "can I send you my mix?",
    "can I send you the mix?",
    "is it ok if i send u the first 10 pages?",
    "would you read the abstract and tell me if it's too niche? can paste it",
    "could you look at the logo once it's done?",
    "can you listen to my track? is the intro too long?",
    "my lead on the design team said to ask you: could you look at my portfolio?",
  ])("still asks for work only offered or named as theirs: %s", (text) => {
    expect(feedback(text).sent).toBe(false);
  });

  it("does not read the reader's piece or a thing received as theirs", () => {
    expect(feedback("WHAT SETTINGS U USE FOR THOSE PHOTOS").template).toBe("feedback_question");
    expect(feedback("how did you light this photo?").template).toBe("feedback_question");
    expect(feedback("ouvi o teu tema umas 50 vezes, podes ouvir? que pedal usas?").sent).toBe(
      false,
    );
    expect(feedback("契約書が届きました。これってサインしても大丈夫ですか？").template).toBe(
      "feedback_question",
    );
  });
});

describe("work said to be elsewhere is not asked for", () => {
  it.each([
    "could you give me feedback on my portfolio? it's in my bio",
    "hey! would you check my EP? link below 👇",
    "the track is pinned on my profile, would love your thoughts",
    "can you read my draft? it's in the thread",
    "mind checking the one I posted in #feedback?",
    "can you look over the onboarding mockups I put in the design channel?",
    "link in bio, would love your honest take on the cover",
    "¿podrías escuchar mi maqueta? está en mi perfil",
    "¿me das tu opinión sobre mi portada? el enlace está abajo",
    "tu peux regarder mon portfolio ? le lien est dans ma bio",
    "kannst du dir mein Demo anhören? Link ist in meiner Bio",
    "consegui dar uma olhada no meu portfólio? tá no meu perfil",
    "puoi ascoltare il mio pezzo? link in bio",
    "kun je naar mijn track luisteren? link staat hieronder",
    "możesz posłuchać mojego utworu? link poniżej",
    "şarkımı dinler misin? link aşağıda",
    "bisa cek desain aku? link di bio",
  ])("%s", (text) => {
    expect(feedback(text).sent).toBe(true);
  });

  it("not where the reader's own post is, nor a portfolio the work will go into", () => {
    expect(feedback("I saw your pinned post, could I send you my track?").sent).toBe(false);
    const mix = offer("I'd mix your next track for free if I can use it in my portfolio");
    expect(mix.template).toBe("collab_offer");
    expect(mix.sent).toBe(false);
    const shoot = offer("i'll shoot your band for free if you let me use the pics in my portfolio");
    expect(shoot.sent).toBe(false);
  });

  it("thanks an offer for examples said to be on their profile", () => {
    expect(offer("I could edit your videos, my reel is pinned on my profile").sent).toBe(true);
  });
});
