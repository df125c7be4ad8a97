// Timeouts as reviewers read them: a menu choice by its label, and an automatic moderation's
// configured span (MODERATION_AUTO_TIMEOUT_SECONDS, any number) as a duration, never raw seconds.
import { describe, expect, it } from "vitest";
import { describeTimeout } from "../adapters/discord/moderation-options.ts";

describe("describeTimeout", () => {
  it("names the menu's choices as the menu does", () => {
    expect(describeTimeout(600)).toBe("10 minutes");
    expect(describeTimeout(3600)).toBe("1 hour");
    expect(describeTimeout(86_400)).toBe("1 day");
  });

  it("writes any other span as a duration", () => {
    expect(describeTimeout(604_800)).toBe("7 days");
    expect(describeTimeout(5400)).toBe("90 minutes");
    expect(describeTimeout(9000)).toBe("2 hours 30 minutes");
    expect(describeTimeout(7200)).toBe("2 hours");
    expect(describeTimeout(60)).toBe("1 minute");
    expect(describeTimeout(45)).toBe("45 seconds");
    expect(describeTimeout(2 * 86_400 + 3600)).toBe("2 days 1 hour");
  });
});
