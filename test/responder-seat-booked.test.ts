// A seat booked for the reader, said by its slot, its set or its sessions ("we have one slot left,
// want in?", "could you cover 9pm-midnight on the 3rd?", "two workshops for our members", "a
// session with you"), or a panel they are put on: that is what the sender needs of them, so the
// brief does not ask "what you need from me". A slot in the reader's own lineup, or the sender's
// own workshop, still leaves it to ask.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { asksGuestPart } from "../src/responder/guest-part.ts";

const NEED = "what you need from me";
const brief = (text: string) => askBrief(collabDetails(text, "en"), "en");

describe("a seat booked for the reader", () => {
  it.each([
    "the zine fair has one table slot left for the 9th, want it?",
    "we've got 2 spots left on the bill for friday, want in?",
    "we need someone for the closing slot at our block party, $90",
    "our host is sick, could you cover 9pm-midnight on the 3rd? £120",
    "could you cover the late shift at the gallery on sunday?",
    "we'd love two workshops for our members on risograph printing, £300",
    "looking for 3 people to run 45-min hands-on sessions at our maker day",
    "we'd love a monthly lino-cut session with you at the library, $150 each",
    "we want to invite you for a live sketching session at the fair in June",
    "any chance of a storytime session for our toddler group in March? £80",
    "would you be up for a zine-making workshop in our shop on the 21st? £150",
    "we'd like you on the panel about open hardware, remote is fine, in April",
    "I'd love to have you on a panel at our climate meetup on Oct 2, no fee",
    "would you join our panel on small presses at the book fair? $100",
  ])("%s", (text) => {
    expect(asksGuestPart(text), text).toBe(true);
    expect(brief(text), text).not.toContain(NEED);
  });

  it.each([
    "could I get a slot on your podcast in May?",
    "I'm running a workshop at my studio on the 9th, want to collab on something?",
    "we had 3 sessions with a coach last year, want to work together? $200",
    "I was on a panel with your cofounder last year, want to team up?",
  ])("leaves it to ask: %s", (text) => {
    expect(asksGuestPart(text), text).toBe(false);
  });
});
