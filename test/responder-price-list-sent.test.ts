// An offer that comes with the sender's own price list has its prices said: the reply does not
// ask what the work would cost. A list only promised, or asked of the reader, says none.
import { describe, expect, it } from "vitest";
import { sendsOwnPriceList } from "../src/responder/price-list.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const draft = (text: string) => templateDraft(options, dm(text), { label: "collaboration" }).text;

describe("a price list sent", () => {
  it.each([
    "kak ini pricelist aku untuk jasa desain maskot, siapa tau butuh",
    "berikut price list jasa editing video aku kak, bisa nego",
    "pricelistku ada di highlight ig ya kak",
    "hi! I'm a mixing engineer, here's my rate card if you ever need a hand",
    "I retouch product photos, my price list is attached",
  ])("is the sender's own: %s", (text) => {
    expect(sendsOwnPriceList(text)).toBe(true);
  });

  it.each([
    "kak boleh minta pricelist nya?",
    "I can mix your next EP, happy to send my rate card",
    "could you send me your price list?",
  ])("is not one only promised or asked: %s", (text) => {
    expect(sendsOwnPriceList(text)).toBe(false);
  });

  it("is not asked what it would cost, in Indonesian", () => {
    const text = draft("kak ini pricelist aku untuk jasa desain maskot, siapa tau butuh");
    expect(text).not.toContain("berapa biayanya");
  });

  it("is not asked what it would cost, in English", () => {
    const text = draft("hi! I'm a mixing engineer, here's my rate card if you ever need a hand");
    expect(text).not.toContain("what it would cost");
  });
});
