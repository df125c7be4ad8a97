import { afterAll, beforeAll } from "vitest";
import { CascadeClassifier } from "../classifiers/cascade.ts";
import { LlmClassifier } from "../classifiers/llm.ts";
import { LocalClassifier } from "../classifiers/local.ts";
import { RulesClassifier } from "../classifiers/rules.ts";
import { type FakeChatServer, reply, startChatServer } from "./fakes/chat-server.ts";
import { classifierContract } from "./helpers/classifier-contract.ts";

let server: FakeChatServer;
let local: LocalClassifier;
beforeAll(async () => {
  server = await startChatServer();
  // Every request gets a good answer unless a test scripts otherwise.
  server.setFallback(
    reply.json({ label: "collaboration", confidence: 0.7, reasons: ["proposes paid work"] }),
  );
  local = await LocalClassifier.load();
});
afterAll(async () => {
  await server.close();
});

const llm = () =>
  new LlmClassifier({ baseURL: server.baseURL, model: "fake-model", timeoutMs: 2000 });

classifierContract("RulesClassifier", () => new RulesClassifier());
classifierContract("LocalClassifier (shipped model)", () => local);
classifierContract("LlmClassifier (fake chat server)", llm);
classifierContract(
  "CascadeClassifier (always asks the LLM)",
  () => new CascadeClassifier({ local, llm: llm(), threshold: 1 }),
);
classifierContract("CascadeClassifier (LLM down)", () => {
  const down = new LlmClassifier({
    baseURL: "http://127.0.0.1:9/v1",
    model: "none",
    timeoutMs: 300,
  });
  return new CascadeClassifier({ local, llm: down, threshold: 1 });
});
