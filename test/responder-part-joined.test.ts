// The reader's part said after joining ("would you hop on for an hour and play some songs?"), after
// a hedge ("would you maybe wanna sing the last chorus"), as a guest's topic ("have you on to talk
// about going full time") or as a field to look at ("look at accessibility"): the brief does not
// ask "what you need from me" again. Coming along to something else ("come to our show and see
// us play") says no part.
import { describe, expect, it } from "vitest";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const draft = (text: string) =>
  templateDraft(templateOptions(), dm(text), { label: "collaboration" }).text ?? "";

describe("the reader's part said after joining", () => {
  it.each([
    "yo, i'm doing a charity livestream on the 30th for a children's hospital. would you hop on for an hour and play some songs? 🙏",
    "we're launching our app next month, could you look at accessibility?",
    "we're throwing a launch party on the 12th, would you come by and DJ for an hour?",
    "we're recording an EP in april, could you come in and add some guitar?",
    "i'm making a short film, would you come to the set and help with lighting?",
    "hey! we're doing a game jam next weekend, want to join and do the music?",
    "We want to add a 2-week Rust module in spring. Would you design and teach it? Fee is $7,500",
    "my band wants to cover your song for our EP. would you maybe wanna sing the last chorus with us on it??",
    "Hi Eli! Maya from the Makers Hour podcast 🎙️\nwe'd love to have you on to talk about going full time\nguests get $125 and we record in April. want me to send a few dates?",
  ])("is not asked again (%s)", (text) => {
    expect(draft(text)).not.toContain("what you need from me");
  });
});

describe("coming along without a part", () => {
  it.each([
    "we're putting on a show in May with a $500 budget, would you like to join and make something together?",
    "we're doing a showcase in May with a $500 budget, could you come to our show and see us play?",
    "we're organising a meetup in May with a $500 budget, would you join our discord and check out the server?",
    "we're launching our app next month with a $2k budget, could you look at our deck?",
  ])("still asks what they need (%s)", (text) => {
    expect(draft(text)).toContain("what you need from me");
  });
});

describe("a livestream", () => {
  it("is the project named back, so its scope is not asked", () => {
    const text =
      "yo, i'm doing a charity livestream on the 30th for a children's hospital. would you hop on for an hour and play some songs? 🙏";
    expect(draft(text)).toContain("being specific about the livestream and the timing");
    expect(draft(text)).not.toContain("scope");
  });
});
