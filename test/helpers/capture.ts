// What both platform harnesses need around a real client: a logger whose output a test can read,
// and the unhandled rejections that errors inside a client's event handling turn into.
import { Writable } from "node:stream";
import type { Logger } from "pino";
import { createLogger } from "../../src/logger.ts";

export interface CapturedLogger {
  logger: Logger;
  /** Everything logged so far, as text. */
  text(): string;
}

/** A trace-level logger writing into memory, message text off as in production. */
export function captureLogger(): CapturedLogger {
  const chunks: string[] = [];
  const logger = createLogger(
    { level: "trace", logMessageText: false },
    new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
  );
  return { logger, text: () => chunks.join("") };
}

export interface UnhandledTrap {
  /** Stops collecting; throws when anything was collected. */
  release(): void;
  /** Stops collecting without judging (start-up already failed). */
  dispose(): void;
}

/** Collects unhandled rejections from now on, so a test fails on errors inside a client. */
export function trapUnhandled(): UnhandledTrap {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  const dispose = () => {
    process.off("unhandledRejection", onUnhandled);
  };
  return {
    dispose,
    release() {
      dispose();
      if (unhandled.length > 0) {
        throw new Error(`unhandled rejections inside the app: ${unhandled.map(String).join("; ")}`);
      }
    },
  };
}
