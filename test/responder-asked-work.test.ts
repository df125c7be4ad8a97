// Work asked of the owner by its verb in the other common shapes: "you'd shoot our…", "need
// someone to restore a…", "can u port ur…". Each says what they need, so the brief does not ask it.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";

const brief = (text: string) => askBrief(collabDetails(text, "en"), "en");

describe("work asked by its verb", () => {
  it("counts 'someone to' and 'you'd' as asking the owner for the work", () => {
    expect(brief("need somebody to restore an old wedding photo, can pay $40")).toBe("timeline");
    expect(brief("We'd lend you the van for a week if you'd paint our shop sign")).not.toContain(
      "what you need from me",
    );
  });

  it("reads the owner's own work as the object: 'port ur addon'", () => {
    expect(brief("hey could u port ur blender addon to 4.2? paid")).not.toContain(
      "what you need from me",
    );
  });

  it("does not take 'can you make it?' (coming along) for work asked", () => {
    expect(
      collabDetails("Gallery opening on Friday, $200, can you make it?").asked,
    ).toBeUndefined();
  });
});
