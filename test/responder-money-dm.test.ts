// Money as a DM gives it: a bare number the sender has for the work ("got 500 for my record", "i
// got 200"), a price per piece or per day ("15 each", "300 each day", "45 per head"), a number
// asked about ("1200 ok?"), a platform's currency ("500 robux") and a split written "50:50".
// Each is the budget: named back, and not asked for again.
import { describe, expect, it } from "vitest";
import { collabDetails, missingFromBrief } from "../src/responder/details.ts";
import { moneyTerms } from "../src/responder/money.ts";

describe("money as a DM gives it", () => {
  it.each([
    ["en", "open for cover art? || got 500 for my record, need it in 3 weeks", "500"],
    ["en", "can u make me a full set, my colors r teal n black, i got 200", "200"],
    ["en", "need 6 sub badge emotes, 15 each, any slots this month?", "15 each"],
    ["en", "would u run the sewing station both days? 300 each day", "300 each day"],
    ["en", "tryna hire u for my roguelike, like 3 biomes. 1200 ok?", "1200"],
    ["en", "can u make me a pfp i'll give u 500 robux lol", "500 robux"],
    ["id", "cari artist buat komik baru, bagi hasil 50:50 dari pendapatan", "50:50"],
  ] as const)("is the budget (%s: %s)", (language, text, budget) => {
    const details = collabDetails(text, language);
    expect(details.budget).toBe(budget);
    expect(missingFromBrief(details)).not.toContain("budget");
  });

  it("keeps the word of a sum in euros whole", () => {
    expect(moneyTerms("300 euro for the logo?").budget).toBe("300 euro");
  });

  it.each([
    "got 2 for you if you want them",
    "we got 40k followers, collab?",
    "i need 12 pages each for the zine",
    "my band got 15 songs, want to produce the EP?",
  ])("does not take a count for money (%s)", (text) => {
    expect(moneyTerms(text).budget).toBeUndefined();
  });
});

describe("a pay word beside a count", () => {
  it.each([
    "Could we bring in your consultancy for a Kafka tuning engagement, ~40 hrs at your usual rate?",
    "hiring a mod for my server, paid, 5hrs a week, want it?",
    "they want you on the full campaign, 6 weeks, day rate as per your last invoice",
  ])("is pay said, not a budget to thank them for (%s)", (text) => {
    const details = collabDetails(text, "en");
    expect(details.budget).toBeUndefined();
    expect(details.paid).toBe(true);
    expect(missingFromBrief(details)).not.toContain("budget");
  });

  it("keeps a number beside the word that may be a sum, and reads a rate in cents", () => {
    expect(collabDetails("rate is like 50, can you mix it?", "en").budget).toBe("rate");
    expect(collabDetails("a story from you: 5,000 words, paid at 10c/word", "en").budget).toBe(
      "10c/word",
    );
  });
});
