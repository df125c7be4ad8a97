// The console adapter in a test app on the real Redis, its input, output and errors as streams a
// test writes to and reads. One app per test: stopped after it.
import { PassThrough } from "node:stream";
import { afterEach } from "vitest";
import { ConsoleAdapter, type ConsoleMode } from "../../adapters/console/console-adapter.ts";
import type { Classifier, Responder } from "../../src/ports.ts";
import { startTestApp, type TestApp } from "./app.ts";

function captured(stream: PassThrough): () => string {
  let text = "";
  stream.on("data", (chunk) => {
    text += String(chunk);
  });
  return () => text;
}

export function consolePerTest() {
  let running: TestApp | null = null;
  afterEach(async () => {
    await running?.stop();
    running = null;
  });
  return {
    /** The app of the console started last in this test. */
    current: () => running,
    /** `app`: drafts of the test's choosing, and core settings such as OWNER_ABOUT. */
    async start(
      mode: ConsoleMode,
      classifier?: Classifier,
      prefix?: string,
      app: { responder?: Responder; env?: Record<string, string> } = {},
    ) {
      const input = new PassThrough();
      const output = new PassThrough();
      const errors = new PassThrough();
      const adapter = new ConsoleAdapter({ mode, input, output, errors, cardTimeoutMs: 10_000 });
      const test = await startTestApp({
        name: "console",
        adapters: [adapter],
        ...(classifier ? { classifier } : {}),
        ...(prefix ? { prefix } : {}),
        ...app,
      });
      running = test;
      return { adapter, input, out: captured(output), err: captured(errors), test };
    },
  };
}
