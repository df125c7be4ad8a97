// The template responder's options the responder tests start from: Alex, feedback offered, no
// reply to spam, the shipped templates. Each test file overrides what it is about.
import { loadTemplates, type TemplateResponderOptions } from "../../src/responder/templates.ts";

export function templateOptions(
  overrides: Partial<TemplateResponderOptions> = {},
): TemplateResponderOptions {
  return {
    ownerName: "Alex",
    ownerAbout: "I produce electronic music.",
    feedbackPolicy: "yes",
    spamReply: "none",
    templates: loadTemplates(),
    ...overrides,
  };
}
