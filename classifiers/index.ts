// The classifier registry: CLASSIFIER picks one; the cascade wraps the local model and the LLM.
import type { Logger } from "pino";
import type { Config } from "../src/config.ts";
import type { Classifier } from "../src/ports.ts";
import { CascadeClassifier } from "./cascade.ts";
import { LlmClassifier } from "./llm.ts";
import { LocalClassifier } from "./local.ts";
import { RulesClassifier } from "./rules.ts";

export async function createClassifier(config: Config, logger: Logger): Promise<Classifier> {
  const log = logger.child({ component: "classifier" });
  if (config.CLASSIFIER === "rules") return new RulesClassifier();
  const local = await LocalClassifier.load(config.MODEL_PATH);
  if (config.CLASSIFIER === "local") return local;
  // parseConfig has already refused llm/cascade without these two.
  const llm = new LlmClassifier(
    {
      baseURL: config.LLM_BASE_URL ?? "",
      model: config.LLM_MODEL ?? "",
      ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}),
      timeoutMs: config.LLM_TIMEOUT_MS,
    },
    log,
  );
  // "llm" is the cascade that always asks: on any LLM failure the local answer still stands.
  return new CascadeClassifier({
    local,
    llm,
    threshold: config.CLASSIFIER === "llm" ? 1 : config.CASCADE_THRESHOLD,
    log: (event) => log[event.event === "llm_failed" ? "warn" : "debug"](event, "cascade"),
  });
}
