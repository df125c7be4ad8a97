// Work already in front of the reader is not asked for again: posted in a channel of the server
// ("it's in #crit-corner", "@Kai posted my cover in <#1234>"), or pasted into the message (a code
// block, lyrics under "verse 1" or "lyrics:"). A channel with no work put there ("lurker in
// #pricing", "your post in #help") still leaves it to ask.
import { describe, expect, it } from "vitest";
import { pastesWork, saysWhereItIs } from "../src/responder/shown.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const draft = (text: string) =>
  templateDraft(templateOptions(), dm(text), { label: "feedback_request" }).text ?? "";

describe("work posted in a channel or pasted in", () => {
  it.each([
    "heya, it's in #crit-corner whenever you have a sec, feedback welcome",
    "my zine spread is up in #wip, any feedback?",
    "@Kai posted my cover in <#1234> — is the title readable?",
    "shared my draft in #writing-circle, would you give it a read?",
  ])("in a channel: %s", (text) => {
    expect(saysWhereItIs(text), text).toBe(true);
    expect(draft(text), text).not.toContain("Send one link");
  });

  it.each([
    "could you check my hook?\n[chorus]\nwe were gold before the rust\nnow we're only dust",
    "lyrics:\nsalt on the window\nthe kettle sings alone",
    "is this idiomatic?\n```py\nfor i in range(len(xs)): print(xs[i])\n```",
  ])("pasted: %s", (text) => {
    expect(pastesWork(text), text).toBe(true);
    expect(draft(text), text).not.toContain("Send one link");
  });

  it.each([
    "long-time lurker in #pricing here, how do you set your rates for retainers?",
    "saw your post in #help about gain staging, could I send you my mix?",
    "I saw the sketch you posted in #showcase, would you look at mine?",
    "the verse 1 melody feels off to me, can I send it?",
  ])("no work there: %s", (text) => {
    expect(saysWhereItIs(text) || pastesWork(text), text).toBe(false);
  });
});
