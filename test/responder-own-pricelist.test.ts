// An Indonesian sender's own price list ("ini pricelist aku", "berikut pricelist") offers their
// price: it does not ask the reader's, and it makes the message an offer.
import { describe, expect, it } from "vitest";
import { offersService } from "../src/responder/offer.ts";
import { asksPrice } from "../src/responder/price-ask.ts";

describe("an Indonesian price list", () => {
  it.each([
    "Halo kak, aku fotografer produk, ini pricelist aku ya, kalau butuh foto katalog kabarin aja",
    "berikut pricelist jasa foto produk",
    "pricelistku ada di bio ya kak",
  ])("of their own asks no price: %s", (text) => {
    expect(asksPrice(text)).toBe(false);
  });

  it("of their own is an offer", () => {
    expect(
      offersService(
        "Halo kak, aku fotografer produk, ini pricelist aku ya, kalau butuh foto katalog kabarin aja",
      ),
    ).toBe(true);
  });

  it.each(["kak boleh minta pricelist nya?", "kirimin pricelist dong kak"])(
    "asked of the reader asks it: %s",
    (text) => {
      expect(asksPrice(text)).toBe(true);
    },
  );
});
