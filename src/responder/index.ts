// Picks the responder from the config: the owner's templates, or an LLM with the templates behind it.
import type { Logger } from "pino";
import { type Config, loadReplyTemplates } from "../config.ts";
import type { Responder } from "../ports.ts";
import { LlmResponder } from "./llm.ts";
import { createTemplateResponder } from "./templates.ts";

export function createResponder(config: Config, logger: Logger): Responder {
  const templates = createTemplateResponder({
    ownerName: config.OWNER_NAME,
    ownerAbout: config.OWNER_ABOUT,
    feedbackPolicy: config.FEEDBACK_POLICY,
    spamReply: config.SPAM_REPLY,
    ownerLanguage: config.OWNER_LANGUAGE,
    // Throws ConfigError naming REPLY_TEMPLATES when the file is missing or has unknown sections.
    templates: loadReplyTemplates(config.REPLY_TEMPLATES),
  });
  if (config.RESPONDER !== "llm" || !config.LLM_BASE_URL || !config.LLM_MODEL) return templates;
  return new LlmResponder(
    {
      baseURL: config.LLM_BASE_URL,
      model: config.LLM_MODEL,
      ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}),
      timeoutMs: config.LLM_TIMEOUT_MS,
      ...(config.OWNER_NAME ? { ownerName: config.OWNER_NAME } : {}),
      ownerAbout: config.OWNER_ABOUT,
      ownerLanguage: config.OWNER_LANGUAGE,
    },
    { fallback: templates, logger },
  );
}
