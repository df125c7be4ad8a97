// The links the owner put in their own words: the about line the LLM is told (OWNER_ABOUT), their
// name, and their reply templates (REPLY_TEMPLATES over the shipped ones). A draft that carries
// one added nothing of a stranger's, so no card warns of it (added-links.ts).

import { ALSO_ENDINGS } from "./added-links.ts";
import { type Config, loadReplyTemplates } from "./config.ts";
import { linksIn } from "./responder/links.ts";

export function ownerLinks(
  config: Pick<Config, "OWNER_NAME" | "OWNER_ABOUT" | "REPLY_TEMPLATES">,
): string[] {
  const templates = loadReplyTemplates(config.REPLY_TEMPLATES);
  const texts = [config.OWNER_NAME, config.OWNER_ABOUT, ...Object.values(templates)];
  return [...new Set(texts.flatMap((text) => linksIn(text, ALSO_ENDINGS)))];
}
