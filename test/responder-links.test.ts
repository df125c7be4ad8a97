// The responder reads links itself: a brief on a site whose ending ingest does not know (.de,
// notion.so, a country's .co.uk or .com.au) is still a brief that came along, and words typed
// after a period without a space are still no link.
import { describe, expect, it } from "vitest";
import { briefCameAlong } from "../src/responder/brief.ts";
import { hasLink, linksIn } from "../src/responder/links.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { findLinks } from "../src/text.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

describe("the responder's own links", () => {
  it.each([
    [
      "brief is up at weinhaus-mosel.de/brief-etiketten, €700 for the label",
      "weinhaus-mosel.de/brief-etiketten",
    ],
    ["the spec: harbourlight.co.uk/jobs/motion-spec.", "harbourlight.co.uk/jobs/motion-spec"],
    ["JD here → reefworks.com.au/roles/2231", "reefworks.com.au/roles/2231"],
    ["moodboard: notion.so/kiln/board", "notion.so/kiln/board"],
    ["see tallerpino.es for the shop", "tallerpino.es"],
  ])("finds the whole link, path and all (%s)", (text, link) => {
    expect(linksIn(text)).toEqual([link]);
  });

  it.each([
    "love it.It's so good",
    "took the fast.ai course last year",
    "tried that.so now I'm stuck",
    "v2.0 is out, see section 3.4",
  ])("reads no link in words run together (%s)", (text) => {
    expect(hasLink(text)).toBe(false);
    expect(linksIn(text)).toEqual([]);
  });

  it.each([
    "We need 4 wine labels, €700. The brief: weinhaus-mosel.de/etiketten",
    "Motion designer for 3 weeks, £2k, all of it at harbourlight.co.uk/jobs/motion-7",
    "Hiring a contract sound designer, 6 weeks, $5k: reefworks.com.au/jobs/sfx-designer",
    "Cover for our zine issue 4, $150, moodboard → are.na/lumen/zine-four",
  ])("thanks for a brief linked on such a site (%s)", (text) => {
    expect(briefCameAlong(text, findLinks(text))).toBe(true);
    const draft = templateDraft(templateOptions(), dm(text, { links: findLinks(text) }), {
      label: "collaboration",
    });
    expect(draft.text).toContain("Thanks for sending the brief along");
  });
});
